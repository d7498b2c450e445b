import { spawn } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EntityModel } from '../../../shared/domain/entity-model/types';
import { mendixScriptFiles } from '../../../shared/domain/mendix-script/render-script';
import type { ConnectorPlan } from '../../../shared/domain/plan/types';

/** Where to apply a connector; the token never leaves this process except in the child's environment. */
export interface ApplyTarget {
  appId: string;
  branch: string;
  token: string;
}

/** Runs a Node program with arguments and extra environment, streaming its output; resolves to the exit code. */
export type ScriptRunner = (options: {
  cwd: string;
  args: string[];
  env: Record<string, string>;
  onOutput: (text: string) => void;
}) => Promise<number>;

const appIdPattern = /^[A-Za-z0-9-]{1,64}$/;
const branchPattern = /^[A-Za-z0-9._/-]{1,200}$/;

/** Checks the app id and branch before anything runs; returns a message, or null when both are fine. */
export function checkApplyTarget(target: Pick<ApplyTarget, 'appId' | 'branch'>): string | null {
  if (!appIdPattern.test(target.appId))
    return 'The App ID is letters, digits and dashes (Developer Portal, General Settings).';
  if (!branchPattern.test(target.branch) || target.branch.includes('..'))
    return 'The branch name may hold letters, digits, ".", "_", "-" and "/".';
  return null;
}

/** Replaces every occurrence of the token in output text, so it can be logged and shown. */
export function redactToken(text: string, token: string): string {
  return token ? text.split(token).join('[redacted]') : text;
}

/** Resolves a package from our own node_modules, in the ESM CLI bundle and the CJS Electron main alike. */
function resolvePackage(id: string): string {
  // The Electron main is bundled as CommonJS, where import.meta is empty but __filename exists.
  const base = typeof __filename === 'string' ? __filename : import.meta.url;
  return createRequire(base).resolve(id);
}

/** Runs the script with `tsx` (resolved from our own node_modules) in plain Node. */
export const runWithTsx: ScriptRunner = ({ cwd, args, env, onOutput }) =>
  new Promise((resolveExit, reject) => {
    const child = spawn(process.execPath, [resolvePackage('tsx/cli'), ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => onOutput(chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => onOutput(chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolveExit(code ?? 1));
  });

/**
 * Applies a connector to a Mendix app by running the bundle's generated `apply-connector.ts`
 * (the same script a user runs by hand) in a temporary folder; the token is passed in the child's
 * environment only, and every line of output is redacted of it.
 */
export async function applyToMendixApp(
  input: { plan: ConnectorPlan; model: EntityModel; target: ApplyTarget },
  onOutput: (text: string) => void,
  run: ScriptRunner = runWithTsx,
): Promise<{ exitCode: number; output: string }> {
  const problem = checkApplyTarget(input.target);
  if (problem) throw new Error(problem);
  const folder = await mkdtemp(join(tmpdir(), 'connector-studio-apply-'));
  let output = '';
  try {
    for (const file of mendixScriptFiles(input.plan, input.model))
      await writeFile(join(folder, file.path.replace(/^mendix\//, '')), file.content);
    // The SDKs resolve from our own node_modules (they are the versions the script is tested with).
    const modules = dirname(dirname(resolvePackage('mendixmodelsdk/package.json')));
    await symlink(modules, join(folder, 'node_modules'), 'dir');
    const exitCode = await run({
      cwd: folder,
      args: ['apply-connector.ts', '--app-id', input.target.appId, '--branch', input.target.branch],
      env: { MENDIX_TOKEN: input.target.token },
      onOutput: (text) => {
        const safe = redactToken(text, input.target.token);
        output += safe;
        onOutput(safe);
      },
    });
    return { exitCode, output };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
