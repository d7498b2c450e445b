import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { toRequestSpec } from '../../../shared/domain/collection';
import type { CollectionData, CollectionRequest } from '../../../shared/domain/collection';
import { StudioError } from '../../../shared/ipc/errors';
import { requestSpecSchema, usesStoredSecrets } from '../../../shared/ipc/operations/request';
import type { RequestSpec, SecretVariable } from '../../../shared/ipc/operations/request';
import { createCredentialService } from '../../services/credentials/credential-service';
import type { CredentialService } from '../../services/credentials/credential-service';
import { MemoryKeyStore } from '../../services/credentials/key-store';
import { createEngine } from '../../services/engine/engine';
import type { CredentialResolver, Engine } from '../../services/engine/engine';
import type { SecretUsePlan } from '../../services/engine/secret-uses';
import { authKeyAsSecretVariable } from '../../services/engine/request-auth';
import type { SecretSource } from '../../services/engine/secret-variables';
import { loadCollection } from '../../services/storage/collection-store';
import { saveSample } from '../../services/storage/sample-store';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { parseCommandArgs } from './collection-args';
import { cliSecrets, describeSecretPlans, parseSecretFlags, refusal } from './run-secrets';
import { promptMfa } from './send';

const USAGE = `Usage: connector-studio run DIR [--request NAME]... [--environment NAME] [--endpoint URL]
    [--profile NAME] [--save-samples] [--secret NAME=ENV_VAR]... [--allow-secret-host HOST]...

Sends the requests of the collection folder DIR in order (like newman or bru run) and prints each status.
  --request NAME        only this request (its name or slug; repeatable)
  --environment NAME    the environment whose variables fill {{name}} (the first by default)
  --endpoint URL        send every request to this origin (an emulator such as moto, a VPC endpoint)
  --profile NAME        an AWS profile for every request; otherwise each request's credential reference
                        (profile:NAME), else AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, else the default chain
  --save-samples        save each successful response as a sample (samples/<request>/<time>.json)
  --secret NAME=ENV_VAR fill the secret variable {{NAME}} from the environment variable ENV_VAR (never
                        from AWS credentials; every secret use is listed on stderr before the first send)
  --allow-secret-host HOST  approve sending secret variables to HOST (host[:port]); without it a
                        request with secret variables is refused and nothing is sent (exit 3)
Exit codes: 0 all requests succeeded; 1 any request failed; 2 usage; 3 credentials.`;

interface RunOptions {
  dir: string;
  only: string[];
  environment?: string;
  endpoint?: string;
  saveSamples: boolean;
}

/** The environment the run fills variables from: the one named, else the first. */
function chosenEnvironment(data: CollectionData, options: RunOptions) {
  return (
    data.collection.environments.find((e) => e.name === options.environment) ??
    data.collection.environments[0]
  );
}

/** The request's spec for the engine, with the collection named for its secret variables. */
function buildSpec(entry: CollectionRequest, data: CollectionData, options: RunOptions) {
  const built = toRequestSpec(data.collection, entry.request, chosenEnvironment(data, options));
  if (!built.ok) return built;
  return {
    ok: true as const,
    spec: requestSpecSchema.parse({
      ...built.spec,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(usesStoredSecrets(built.spec) ? { collection: options.dir } : {}),
    }),
  };
}

function credentialService(io: CliIo): CredentialService {
  return createCredentialService({
    keyStore: new MemoryKeyStore(),
    env: io.env,
    ...(io.isTty ? { mfaCodeProvider: promptMfa(io) } : {}),
  });
}

function runCredentials(
  io: CliIo,
  service: CredentialService,
  profile: string | undefined,
): CredentialResolver {
  return {
    async resolve(id) {
      if (profile) return service.resolve(`profile:${profile}`);
      if (id?.startsWith('profile:')) return service.resolve(id);
      const {
        AWS_ACCESS_KEY_ID: accessKeyId,
        AWS_SECRET_ACCESS_KEY: secretAccessKey,
        AWS_SESSION_TOKEN: sessionToken,
      } = io.env;
      if (accessKeyId && secretAccessKey)
        return {
          credentials: sessionToken
            ? { accessKeyId, secretAccessKey, sessionToken }
            : { accessKeyId, secretAccessKey },
        };
      return service.resolve('default');
    },
  };
}

function selectRequests(data: CollectionData, only: string[]): CollectionRequest[] {
  if (only.length === 0) return data.requests;
  return only.map((wanted) => {
    const found = data.requests.find((r) => r.slug === wanted || r.request.name === wanted);
    if (!found) throw new UsageError(`No request named "${wanted}" in the collection.`);
    return found;
  });
}

async function runOne(
  entry: CollectionRequest,
  context: { data: CollectionData; engine: Engine; options: RunOptions; io: CliIo },
): Promise<boolean> {
  const { data, engine, options, io } = context;
  const label = `${entry.request.method} ${entry.request.name}`;
  let built;
  try {
    built = buildSpec(entry, data, options);
  } catch (error) {
    if (error instanceof Error && error.name === 'ZodError') {
      io.stdout.write(`FAIL ${label}: the request is not valid (${error.message.slice(0, 200)})\n`);
      return false;
    }
    throw error;
  }
  if (!built.ok) {
    io.stdout.write(
      `SKIP ${label}: unresolved variables ${built.unresolved.map((n) => `{{${n}}}`).join(', ')}\n`,
    );
    return false;
  }
  try {
    const summary = await engine.send(built.spec, { requestId: randomUUID() });
    const ok = summary.status < 400 && !summary.awsError;
    const error = summary.awsError ? ` ${summary.awsError.code}: ${summary.awsError.message}` : '';
    io.stdout.write(
      `${summary.status} ${label} (${Math.round(summary.timing.totalMs)} ms)${error}\n`,
    );
    if (ok && options.saveSamples) {
      const body = await engine.body(summary.responseId).readAll();
      const path = await saveSample(options.dir, entry.slug, {
        status: summary.status,
        headers: summary.headers,
        body,
        takenAt: new Date(),
      });
      io.stdout.write(`  sample ${path}\n`);
    }
    return ok;
  } catch (error) {
    if (error instanceof StudioError) {
      io.stdout.write(`FAIL ${label}: ${error.message}\n`);
      return false;
    }
    throw error;
  }
}

// A request that cannot be built or prepared is reported by runOne; only secret problems stop the run here.
async function planOf(
  entry: CollectionRequest,
  context: { data: CollectionData; engine: Engine; options: RunOptions },
): Promise<{ plan: SecretUsePlan; variables: SecretVariable[] } | undefined> {
  let spec: RequestSpec;
  try {
    const built = buildSpec(entry, context.data, context.options);
    if (!built.ok || !usesStoredSecrets(built.spec)) return undefined;
    spec = built.spec;
  } catch (error) {
    if (error instanceof Error && error.name === 'ZodError') return undefined;
    throw error;
  }
  try {
    const plan = await context.engine.secretPlan(spec);
    return plan && { plan, variables: authKeyAsSecretVariable(spec).secretVariables ?? [] };
  } catch (error) {
    if (error instanceof StudioError && error.code !== 'credentials') return undefined;
    throw error;
  }
}

/**
 * Lists every secret use of the selected requests on stderr before anything is sent; false (and a
 * message) when a secret would go to a host the user did not approve or has no value.
 */
async function checkSecrets(
  requests: CollectionRequest[],
  context: {
    data: CollectionData;
    engine: Engine;
    options: RunOptions;
    io: CliIo;
    secrets: SecretSource;
  },
): Promise<boolean> {
  const { options, io } = context;
  const plans: Array<[string, SecretUsePlan]> = [];
  try {
    for (const entry of requests) {
      const plan = await planOf(entry, context);
      if (!plan) continue;
      for (const variable of plan.variables) await context.secrets.value(options.dir, variable);
      plans.push([`${entry.request.method} ${entry.request.name}`, plan.plan]);
    }
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    io.stderr.write(`connector-studio run: ${error.message}\n`);
    return false;
  }
  io.stderr.write(describeSecretPlans(plans));
  const refused = refusal(plans);
  if (refused) io.stderr.write(`connector-studio run: ${refused}`);
  return refused === undefined;
}

async function runCollection(argv: string[], io: CliIo): Promise<ExitCodeValue> {
  const { values, positionals } = parseCommandArgs(argv, {
    request: { type: 'string', multiple: true },
    environment: { type: 'string' },
    endpoint: { type: 'string' },
    profile: { type: 'string' },
    'save-samples': { type: 'boolean' },
    secret: { type: 'string', multiple: true },
    'allow-secret-host': { type: 'string', multiple: true },
  });
  const [dirArg] = positionals;
  if (!dirArg || positionals.length > 1)
    throw new UsageError('Give exactly one collection folder DIR.');
  const only = (values.request as unknown as string[] | undefined) ?? [];
  const options: RunOptions = {
    dir: resolve(io.cwd, dirArg),
    only,
    saveSamples: values['save-samples'] === true,
    ...(typeof values.environment === 'string' ? { environment: values.environment } : {}),
    ...(typeof values.endpoint === 'string' ? { endpoint: values.endpoint } : {}),
  };
  let loaded;
  try {
    loaded = await loadCollection(options.dir);
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    io.stderr.write(`connector-studio run: ${error.message}\n`);
    return ExitCode.usage;
  }
  for (const problem of loaded.problems)
    io.stderr.write(`Skipped ${problem.path}: ${problem.reason}\n`);
  const requests = selectRequests(loaded.data, only);
  const service = credentialService(io);
  const secrets = cliSecrets({
    sources: parseSecretFlags((values.secret as unknown as string[] | undefined) ?? []),
    allowedHosts: (values['allow-secret-host'] as unknown as string[] | undefined) ?? [],
    env: io.env,
  });
  const engine = createEngine({
    credentials: runCredentials(
      io,
      service,
      typeof values.profile === 'string' ? values.profile : undefined,
    ),
    // The CLI has no key store: secret variables come only from the variables named with --secret.
    secrets,
    clock: () => new Date(),
    env: io.env,
  });
  let failed = 0;
  try {
    if (!(await checkSecrets(requests, { data: loaded.data, engine, options, io, secrets })))
      return ExitCode.credentials;
    for (const entry of requests)
      if (!(await runOne(entry, { data: loaded.data, engine, options, io }))) failed++;
  } finally {
    await engine.dispose();
  }
  io.stdout.write(`${requests.length - failed} of ${requests.length} request(s) succeeded.\n`);
  return failed > 0 ? ExitCode.awsError : ExitCode.ok;
}

export const runCommand: CliCommand = {
  name: 'run',
  summary: 'Send the requests of a collection folder and report each status',
  usage: USAGE,
  run: runCollection,
};
