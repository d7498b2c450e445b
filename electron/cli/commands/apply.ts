import { applyToMendixApp, checkApplyTarget } from '../../services/mendix/apply-service';
import type { ScriptRunner } from '../../services/mendix/apply-service';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { connectorFromArgs, parsePlanArgs } from './plan';

const USAGE = `Usage: MENDIX_TOKEN=... connector-studio apply --collection DIR --app-id ID [--branch B] [--module NAME]
       (or the --request/--sample and SAMPLE inputs of 'connector-studio plan')

Creates or updates the connector in a Mendix app with the Mendix Model SDK: runs the bundle's
mendix/apply-connector.ts on a temporary working copy of the app and commits to the branch.
Idempotent: a second run changes nothing. Stops before any change when the app lacks AWSAuthentication.
  --app-id ID        the App ID (Developer Portal, General Settings)
  --branch B         the branch to base on and commit to (default main)
  MENDIX_TOKEN       a Mendix personal access token (never written anywhere; redacted from output)
Exit codes: 0 applied, 1 the script failed (its message on stderr), 2 usage or missing token.

The same by hand, from a bundle (every bundle holds mendix/apply-connector.ts):
  connector-studio export --collection DIR --out bundle
  cd bundle/mendix && npm install
  MENDIX_TOKEN=... npx tsx apply-connector.ts --app-id ID [--branch main]`;

/** The CLI command; the runner is injectable so tests never reach Mendix's servers. */
export function createApplyCommand(run?: ScriptRunner): CliCommand {
  return {
    name: 'apply',
    summary: 'Create or update the connector in a Mendix app (Model SDK)',
    usage: USAGE,
    async run(argv: string[], io: CliIo): Promise<ExitCodeValue> {
      const parsed = parsePlanArgs(argv, {
        'app-id': { type: 'string' },
        branch: { type: 'string', default: 'main' },
      });
      const appId = parsed.values['app-id'];
      if (!appId) throw new UsageError('Give --app-id ID (Developer Portal, General Settings).');
      const branch = parsed.values.branch ?? 'main';
      const problem = checkApplyTarget({ appId, branch });
      if (problem) throw new UsageError(problem);
      const token = io.env.MENDIX_TOKEN;
      if (!token) throw new UsageError('Set MENDIX_TOKEN to a Mendix personal access token.');
      const { plan, model } = await connectorFromArgs(parsed.values, parsed.positionals, io);
      const { exitCode } = await applyToMendixApp(
        { plan, model, target: { appId, branch, token } },
        (text) => io.stdout.write(text),
        run,
      );
      return exitCode === 0 ? ExitCode.ok : ExitCode.awsError;
    },
  };
}

export const applyCommand = createApplyCommand();
