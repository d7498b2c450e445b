import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { StudioError } from '../../../shared/ipc/errors';
import { createCredentialService } from '../../services/credentials/credential-service';
import { MemoryKeyStore } from '../../services/credentials/key-store';
import { createEngine } from '../../services/engine/engine';
import type { CredentialResolver, Engine } from '../../services/engine/engine';
import { ExitCode } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { parseSendArgs } from './send-args';
import type { SendInvocation } from './send-args';
import {
  describeAwsError,
  dryRunJson,
  exitCodeFor,
  responseJson,
  responsePretty,
} from './send-output';

const USAGE = `Usage: connector-studio send --region R --service S [--operation Op | --method M --path P]
    [--query k=v]... [--header 'Name: value']... [--body TEXT | --body-file F]
    [--endpoint URL] [--profile NAME] [--signing-date ISO-8601] [--timeout MS]
    [--dry-run] [--format pretty|json] [--output FILE]

Signs a request with SigV4 and sends it.
  --region R            AWS region, e.g. eu-west-1 (also the signing region, except for global services)
  --service S           catalog id, signing name or endpoint prefix (s3, dynamodb, bedrock-runtime, email)
  --operation Op        fills method, path, X-Amz-Target, Content-Type and a default body from the catalog
  --method M --path P   the request line; P is the decoded path (/bucket/my key.txt), encoded once here
  --query k=v           a query parameter (repeatable; a bare k is sent as ?k)
  --header 'N: v'       a header (repeatable)
  --body TEXT           the body, sent byte for byte; --body-file F sends a file's bytes
  --endpoint URL        a custom origin (VPC endpoint, emulator); signing name and region are kept
  --profile NAME        an AWS profile; without it the default chain (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
                        AWS_SESSION_TOKEN, AWS_PROFILE, SSO, ...). A profile with mfa_serial asks for a code on a TTY.
  --signing-date D      a fixed signing time (ISO-8601 UTC, 2024-01-01T00:00:00Z)
  --timeout MS          give up after MS milliseconds without an answer (default 30000)
  --dry-run             print {method, url, headers, body, canonicalRequest, stringToSign, signedHeaders}; send nothing
  --format pretty|json  pretty (default), or json: {status, headers, timing, body} with the body parsed from
                        JSON or XML, else {base64, contentType}
  --output FILE         write the whole response body to FILE
Exit codes: 0 success; 1 the service answered with an error (code and message on stderr); 2 usage;
3 credentials; 4 network or timeout; 5 the body could not be written to --output.`;

/** Asks for an MFA code on stderr and reads one line from stdin. */
export function promptMfa(io: CliIo): (mfaSerial: string) => Promise<string> {
  return (mfaSerial) =>
    new Promise((resolve) => {
      const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
      rl.question(`MFA code for ${mfaSerial}: `, (answer) => {
        rl.close();
        resolve(answer.trim());
      });
    });
}

/** --profile, else keys in the CLI's environment, else the SDK's default chain. */
export function cliCredentials(io: CliIo, profile: string | undefined): CredentialResolver {
  const service = createCredentialService({
    keyStore: new MemoryKeyStore(),
    env: io.env,
    ...(io.isTty ? { mfaCodeProvider: promptMfa(io) } : {}),
  });
  return {
    async resolve() {
      if (profile) return service.resolve(`profile:${profile}`);
      const {
        AWS_ACCESS_KEY_ID: accessKeyId,
        AWS_SECRET_ACCESS_KEY: secretAccessKey,
        AWS_SESSION_TOKEN: sessionToken,
      } = io.env;
      if (accessKeyId && secretAccessKey) {
        return {
          credentials: sessionToken
            ? { accessKeyId, secretAccessKey, sessionToken }
            : { accessKeyId, secretAccessKey },
        };
      }
      return service.resolve('default');
    },
  };
}

async function sendAndPrint(
  engine: Engine,
  invocation: SendInvocation,
  io: CliIo,
): Promise<ExitCodeValue> {
  const summary = await engine.send(invocation.spec, { requestId: randomUUID() });
  const body = engine.body(summary.responseId);
  if (invocation.output) await body.saveTo(invocation.output);
  const print = invocation.format === 'json' ? responseJson : responsePretty;
  io.stdout.write(await print(summary, body, invocation.output));
  if (summary.clockSkewMs !== undefined) {
    io.stderr.write(
      `Clock skew: the server's clock is ${Math.round(summary.clockSkewMs / 1000)} s from the signing time.\n`,
    );
  }
  if (summary.awsError || summary.status >= 400) {
    io.stderr.write(describeAwsError(summary));
    return ExitCode.awsError;
  }
  return ExitCode.ok;
}

async function execute(invocation: SendInvocation, io: CliIo): Promise<ExitCodeValue> {
  const engine = createEngine({
    credentials: cliCredentials(io, invocation.profile),
    clock: () => new Date(),
    env: io.env,
  });
  try {
    if (!invocation.dryRun) return await sendAndPrint(engine, invocation, io);
    io.stdout.write(dryRunJson(await engine.dryRun(invocation.spec)));
    return ExitCode.ok;
  } finally {
    await engine.dispose();
  }
}

async function runSend(argv: string[], io: CliIo): Promise<ExitCodeValue> {
  try {
    return await execute(await parseSendArgs(argv, io.cwd), io);
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    io.stderr.write(`connector-studio send: ${error.message}\n`);
    return exitCodeFor(error.code);
  }
}

export const sendCommand: CliCommand = {
  name: 'send',
  summary: 'Sign an AWS request with SigV4 and send it (or --dry-run)',
  usage: USAGE,
  run: runSend,
};
