import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A running moto_server on 127.0.0.1 and the key to call it with. */
export interface Moto {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
}

const USER = 'connector-studio';
const ALLOW_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});
// moto 5.2 counts every backend action (not /moto-api/ calls) against INITIAL_NO_AUTH_ACTION_COUNT;
// the three IAM calls below use exactly the free ones.
const FREE_ACTIONS = 3;
const START_DEADLINE_MS = 30_000;
const running = new Set<ChildProcess>();
// On Linux the server is started through a tiny Python shim that asks the kernel to kill it when
// this process dies (PR_SET_PDEATHSIG), so a test run killed by a signal leaves no server behind.
const DIE_WITH_PARENT =
  'import ctypes, os, signal, sys; ctypes.CDLL(None).prctl(1, signal.SIGKILL); os.execvp("moto_server", ["moto_server"] + sys.argv[1:])';

process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Whether `moto_server` is on the PATH. */
export function hasMoto(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, 'moto_server'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Why moto tests must be skipped, or undefined; under CI=true a missing moto is an error, never a skip. */
export function motoSkipReason(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (hasMoto(env)) return undefined;
  if (env.CI === 'true')
    throw new Error(
      'moto_server is not installed, and CI=true forbids skipping the integration tests.',
    );
  return 'moto_server is not installed (pip install "moto[server]")';
}

/** Asks the OS for a free loopback port by binding port 0. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port assigned');
  return address.port;
}

/** Starts moto_server; with `auth` it checks signatures and returns the key of an allow-all IAM user. */
export async function startMoto(options: { auth: boolean }): Promise<Moto> {
  const port = await freePort();
  const env = { ...process.env };
  if (options.auth) env.INITIAL_NO_AUTH_ACTION_COUNT = String(FREE_ACTIONS);
  else delete env.INITIAL_NO_AUTH_ACTION_COUNT;
  const args = ['-H', '127.0.0.1', '-p', String(port)];
  const [command, argv] =
    process.platform === 'linux'
      ? ['python3', ['-c', DIE_WITH_PARENT, ...args]]
      : ['moto_server', args];
  const child = spawn(command, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(child);
  const stop = () => stopChild(child);
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(endpoint, child);
    const key = options.auth
      ? await createAllowAllKey(endpoint)
      : { accessKeyId: 'AKIDMOTONOAUTH000000', secretAccessKey: 'moto-no-auth-secret' };
    return { endpoint, ...key, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // werkzeug can take a moment to leave on SIGTERM; never leave a server behind.
  const killer = setTimeout(() => child.kill('SIGKILL'), 1_000);
  await exited;
  clearTimeout(killer);
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const started = Date.now();
  while (Date.now() - started < START_DEADLINE_MS) {
    if (child.exitCode !== null)
      throw new Error(`moto_server exited with ${child.exitCode}: ${stderr}`);
    // /moto-api/ is served outside the backends, so polling it never uses up a free action.
    const answered = await fetch(`${endpoint}/moto-api/`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (answered) return;
    await sleep(100);
  }
  throw new Error(`moto_server did not answer within ${START_DEADLINE_MS} ms: ${stderr}`);
}

async function createAllowAllKey(
  endpoint: string,
): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  await iamCall(endpoint, { Action: 'CreateUser', UserName: USER });
  const created = await iamCall(endpoint, { Action: 'CreateAccessKey', UserName: USER });
  await iamCall(endpoint, {
    Action: 'PutUserPolicy',
    UserName: USER,
    PolicyName: 'allow-all',
    PolicyDocument: ALLOW_ALL,
  });
  const accessKeyId = /<AccessKeyId>([^<]+)<\/AccessKeyId>/.exec(created)?.[1];
  const secretAccessKey = /<SecretAccessKey>([^<]+)<\/SecretAccessKey>/.exec(created)?.[1];
  if (!accessKeyId || !secretAccessKey) throw new Error('moto CreateAccessKey returned no key');
  return { accessKeyId, secretAccessKey };
}

async function iamCall(endpoint: string, params: Record<string, string>): Promise<string> {
  const body = new URLSearchParams({ ...params, Version: '2010-05-08' }).toString();
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      // Unsigned: moto routes a request without a service host by the credential scope of this
      // header, and does not check the signature during the free actions.
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIDUNSIGNEDSETUP000/20200101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0',
    },
    body,
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`moto IAM ${params.Action} failed (${response.status}): ${text.slice(0, 300)}`);
  return text;
}
