import { readFile, stat } from 'node:fs/promises';
import type { z } from 'zod';
import { versionOfText } from './file-versions';

/** A file that could not be used, with the reason shown to the user. */
export interface LoadProblem {
  path: string;
  reason: string;
}

// Collection files are small; a bigger one is not ours or is damaged.
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Reads, migrates and validates one JSON file, with the version of the very bytes it parsed (for the
 * save conflict check); a problem instead of a throw when it is unusable.
 */
export async function readJsonFile<T>(
  path: string,
  schema: z.ZodType<T>,
  migrate: (value: unknown) => { ok: true; value: unknown } | { ok: false; reason: string },
): Promise<{ ok: true; value: T; version: string } | { ok: false; problem: LoadProblem }> {
  let text: string;
  let version: string;
  try {
    const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
    version = versionOfText(bytes, info.mtimeMs);
    if (bytes.byteLength > MAX_FILE_BYTES)
      return {
        ok: false,
        problem: { path, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` },
      };
    text = bytes.toString('utf8');
  } catch (error) {
    return {
      ok: false,
      problem: {
        path,
        reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      },
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { path, reason: `not valid JSON: ${(error as Error).message}` } };
  }
  const migrated = migrate(parsed);
  if (!migrated.ok) return { ok: false, problem: { path, reason: migrated.reason } };
  const result = schema.safeParse(migrated.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return {
      ok: false,
      problem: {
        path,
        reason: `does not match the format: ${where}${issue?.message ?? 'rejected'}`,
      },
    };
  }
  return { ok: true, value: result.data, version };
}

/** Reads an app-data JSON file; undefined when it is missing, not JSON, or not of the schema (the caller starts afresh). */
export async function readJsonIfValid<T>(
  path: string,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
