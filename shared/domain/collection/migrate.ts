import { FORMAT_VERSION } from './schema';

type Json = Record<string, unknown>;
type Migration = (file: Json) => Json;

// Version 0 is the pre-release layout: no `formatVersion`, `defaultRegion` instead of `region`.
const collectionMigrations: Record<number, Migration> = {
  0: ({ defaultRegion, ...rest }) => ({
    ...rest,
    ...(defaultRegion === undefined ? {} : { region: defaultRegion }),
    formatVersion: 1,
  }),
};
const requestMigrations: Record<number, Migration> = {
  0: (file) => ({ ...file, formatVersion: 1 }),
};

/** What a migration step reports: the file's version, or why it cannot be read. */
export type MigrationResult =
  { ok: true; value: Json; from: number } | { ok: false; reason: string };

function migrate(value: unknown, steps: Record<number, Migration>): MigrationResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, reason: 'not a JSON object' };
  let file = value as Json;
  const version = file.formatVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, reason: 'formatVersion is not a whole number' };
  if (version > FORMAT_VERSION)
    return {
      ok: false,
      reason: `formatVersion ${version} is newer than this app reads (${FORMAT_VERSION}); update Connector Studio`,
    };
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: `no migration from formatVersion ${v}` };
    file = step(file);
  }
  return { ok: true, value: file, from: version };
}

/** Brings a parsed `collection.json` up to the current format version. */
export function migrateCollectionFile(value: unknown): MigrationResult {
  return migrate(value, collectionMigrations);
}

/** Brings a parsed request file up to the current format version. */
export function migrateRequestFile(value: unknown): MigrationResult {
  return migrate(value, requestMigrations);
}
