import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  importCollection,
  mergeCollections,
  replaceCredentialRefs,
} from '../../../shared/domain/collection';
import { StudioError } from '../../../shared/ipc/errors';
import { maskKeyId } from '../../services/credentials/mask';
import { loadCollection, saveCollection } from '../../services/storage/collection-store';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { formatNotes, parseCommandArgs } from './collection-args';

const USAGE = `Usage: connector-studio import FILE --into DIR [--credential ID]

Imports a Postman v2.1/v2.0 collection, an Insomnia v4 export or curl commands (the format is
recognised from the content) into the collection folder DIR, creating it or adding to it.
Keys found in the file are never written into the folder: the command line has no key store, so
they are listed (masked) and left out; give --credential to reference a credential instead.
  --into DIR          the collection folder
  --credential ID     the credential the imported requests use: profile:NAME, environment or default
A report lists what the collection could not take over.`;

async function runImport(argv: string[], io: CliIo): Promise<ExitCodeValue> {
  const { values, positionals } = parseCommandArgs(argv, {
    into: { type: 'string' },
    credential: { type: 'string' },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('Give exactly one FILE to import.');
  if (typeof values.into !== 'string') throw new UsageError('--into DIR is required.');
  const dir = resolve(io.cwd, values.into);
  try {
    const imported = importCollection(await readFile(resolve(io.cwd, file), 'utf8'));
    const credential = typeof values.credential === 'string' ? values.credential : undefined;
    const data = replaceCredentialRefs(
      imported.data,
      new Map(imported.secrets.map((s) => [s.ref, credential])),
    );
    const existing = await loadCollection(dir).catch(() => undefined);
    const merged = existing ? mergeCollections(existing.data, data, existing.reservedSlugs) : data;
    await saveCollection(dir, merged, existing ? { versions: existing.versions } : {});
    io.stdout.write(
      `Imported ${data.requests.length} request(s) from ${imported.format} into ${dir}.\n`,
    );
    for (const secret of imported.secrets)
      io.stderr.write(
        `Key ${maskKeyId(secret.accessKeyId)} found and left out of the folder${credential ? `; requests use ${credential}` : ''}.\n`,
      );
    if (imported.notes.length > 0) io.stderr.write(`Report:\n${formatNotes(imported.notes)}`);
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof StudioError) && (error as NodeJS.ErrnoException).code === undefined)
      throw error;
    io.stderr.write(`connector-studio import: ${(error as Error).message}\n`);
    return ExitCode.usage;
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a Postman, Insomnia or curl file into a collection folder',
  usage: USAGE,
  run: runImport,
};
