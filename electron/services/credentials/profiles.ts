import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';
import { StudioError } from '../../../shared/ipc/errors';
import { maskKeyId } from './mask';

/** Where the shared AWS files are, honouring AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE. */
export interface AwsFileLocations {
  configFilepath: string;
  filepath: string;
}

/** A named profile, described without secrets. */
export interface ProfileSummary {
  name: string;
  /** role_arn, sso, credential_process, mfa, static keys: what the profile resolves through. */
  kind: string;
  maskedKeyId?: string;
}

/** The shared file locations for `env` (home from HOME/USERPROFILE, else the OS). */
export function awsFileLocations(env: NodeJS.ProcessEnv): AwsFileLocations {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  return {
    configFilepath: env.AWS_CONFIG_FILE ?? join(home, '.aws', 'config'),
    filepath: env.AWS_SHARED_CREDENTIALS_FILE ?? join(home, '.aws', 'credentials'),
  };
}

type Section = Record<string, string | undefined>;

/** Reads (never copies) both files and merges each profile's settings, credentials file winning. */
export async function loadProfiles(locations: AwsFileLocations): Promise<Map<string, Section>> {
  let files: Awaited<ReturnType<typeof loadSharedConfigFiles>>;
  try {
    files = await loadSharedConfigFiles({ ...locations, ignoreCache: true });
  } catch {
    throw new StudioError(
      'credentials',
      `The AWS config files (${locations.configFilepath}, ${locations.filepath}) could not be read.`,
    );
  }
  const profiles = new Map<string, Section>();
  for (const source of [files.configFile, files.credentialsFile]) {
    for (const [name, section] of Object.entries(source ?? {})) {
      // Non-profile sections come back as `sso-session.<name>` and `services.<name>`.
      if (name.startsWith('sso-session.') || name.startsWith('services.')) continue;
      profiles.set(name, { ...profiles.get(name), ...(section as Section) });
    }
  }
  return profiles;
}

/** Names each profile's route to credentials, the way a person would. */
export function summarizeProfile(name: string, section: Section): ProfileSummary {
  const kinds: string[] = [];
  if (section.role_arn)
    kinds.push(
      `role ${section.role_arn}${section.source_profile ? ` from ${section.source_profile}` : ''}`,
    );
  if (section.sso_session || section.sso_start_url)
    kinds.push(`sso${section.sso_session ? ` ${section.sso_session}` : ''}`);
  if (section.credential_process) kinds.push('credential_process');
  if (section.web_identity_token_file) kinds.push('web identity');
  if (section.mfa_serial) kinds.push('mfa');
  if (section.aws_access_key_id)
    kinds.push(section.aws_session_token ? 'static keys with session token' : 'static keys');
  if (section.login_session) kinds.push('console login');
  const summary: ProfileSummary = { name, kind: kinds.join(', ') || 'settings only' };
  if (section.aws_access_key_id) summary.maskedKeyId = maskKeyId(section.aws_access_key_id);
  return summary;
}
