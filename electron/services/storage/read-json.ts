import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** A file that could not be used, with the reason shown to the user. */
export interface LoadProblem {
  path: string;
  reason: string;
}

// Collection files are small; a bigger one is not ours or is damaged.
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Reads, migrates and validates one JSON file; a problem instead of a throw when it is unusable. */
export async function readJsonFile<T>(
  path: string,
  schema: z.ZodType<T>,
  migrate: (value: unknown) => { ok: true; value: unknown } | { ok: false; reason: string },
): Promise<{ ok: true; value: T } | { ok: false; problem: LoadProblem }> {
  let text: string;
  try {
    const bytes = await readFile(path);
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
  return { ok: true, value: result.data };
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
