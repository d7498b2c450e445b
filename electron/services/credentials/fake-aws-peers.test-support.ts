import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Temporary credentials the fake STS and SSO hand out. */
export const ISSUED = {
  accessKeyId: 'ASIAFAKEISSUED000001',
  secretAccessKey: 'Issued5ecretKeyFromFakeSts0123456789abcd',
  sessionToken: 'IssuedSessionTokenFromFakeSts0123456789ABCDEFghijklmnop',
  expiration: '2099-01-01T00:00:00.000Z',
};

export interface SeenRequest {
  method: string;
  url: string;
  authorization: string;
  ssoToken: string;
  body: string;
}

/** A local stand-in for STS AssumeRole (query protocol) and SSO GetRoleCredentials on 127.0.0.1. */
export async function startFakeAws(): Promise<{
  endpoint: string;
  seen: SeenRequest[];
  close: () => void;
}> {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: String(req.headers.authorization ?? ''),
        ssoToken: String(req.headers['x-amz-sso_bearer_token'] ?? ''),
        body,
      });
      if (req.url?.startsWith('/federation/credentials')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            roleCredentials: { ...ISSUED, expiration: Date.parse(ISSUED.expiration) },
          }),
        );
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      res.end(
        `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>${ISSUED.accessKeyId}</AccessKeyId><SecretAccessKey>${ISSUED.secretAccessKey}</SecretAccessKey><SessionToken>${ISSUED.sessionToken}</SessionToken><Expiration>${ISSUED.expiration}</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAFAKE:s</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/dev/s</Arn></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, seen, close: () => server.close() };
}

/** A temp HOME with `.aws/config` and `.aws/credentials`, and an SSO token cached for `sessionName`. */
export function makeAwsHome(files: {
  config: string;
  credentials: string;
  ssoSession?: string;
  ssoTokenExpires?: string;
}): string {
  const home = mkdtempSync(join(tmpdir(), 'aws-home-'));
  mkdirSync(join(home, '.aws', 'sso', 'cache'), { recursive: true });
  writeFileSync(join(home, '.aws', 'config'), files.config);
  writeFileSync(join(home, '.aws', 'credentials'), files.credentials);
  if (files.ssoSession) {
    const name = createHash('sha1').update(files.ssoSession).digest('hex');
    const token = {
      accessToken: 'cachedSsoAccessToken',
      expiresAt: files.ssoTokenExpires ?? '2099-01-01T00:00:00Z',
      region: 'us-east-1',
      startUrl: 'https://corp.awsapps.com/start',
    };
    writeFileSync(join(home, '.aws', 'sso', 'cache', `${name}.json`), JSON.stringify(token));
  }
  return home;
}

/** A `credential_process` command: a node script printing `output` and exiting with `exitCode`. */
export function credentialProcess(
  dir: string,
  output: string,
  options: { exitCode?: number; stderr?: string } = {},
): string {
  const script = join(dir, `process-${Math.abs(hashCode(output + (options.stderr ?? '')))}.cjs`);
  writeFileSync(
    script,
    `process.stdout.write(${JSON.stringify(output)});process.stderr.write(${JSON.stringify(options.stderr ?? '')});process.exitCode=${options.exitCode ?? 0};`,
  );
  return `"${process.execPath}" "${script}"`;
}

function hashCode(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash;
}

/** Environment variables that would let the SDK look beyond the test's own files and peers. */
export const ISOLATED_ENV: Record<string, string | undefined> = {
  AWS_ACCESS_KEY_ID: undefined,
  AWS_SECRET_ACCESS_KEY: undefined,
  AWS_SESSION_TOKEN: undefined,
  AWS_PROFILE: undefined,
  AWS_DEFAULT_PROFILE: undefined,
  AWS_CONFIG_FILE: undefined,
  AWS_SHARED_CREDENTIALS_FILE: undefined,
  AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
  AWS_ROLE_ARN: undefined,
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
  AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_REGION: 'us-east-1',
};
