import { resolve } from 'node:path';
import { exportCurl, exportPostman } from '../../../shared/domain/collection';
import { StudioError } from '../../../shared/ipc/errors';
import { writeFileAtomic } from '../../services/storage/atomic-write';
import { loadCollection } from '../../services/storage/collection-store';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { formatNotes, parseCommandArgs } from './collection-args';

const USAGE = `Usage: connector-studio convert DIR --to postman|curl [--out FILE] [--environment NAME]

Writes the collection folder DIR as a Postman v2.1 collection (awsv4 auth, keys as {{accessKey}},
{{secretKey}}, {{sessionToken}} variables) or as curl --aws-sigv4 commands (keys from
$AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY). No secret is ever written.
  --to postman|curl     the target format
  --out FILE            write to FILE instead of standard output
  --environment NAME    the environment whose variables are used (the first by default)
A report on standard error lists what the target format cannot hold.`;

async function runConvert(argv: string[], io: CliIo): Promise<ExitCodeValue> {
  const { values, positionals } = parseCommandArgs(argv, {
    to: { type: 'string' },
    out: { type: 'string' },
    environment: { type: 'string' },
  });
  const [dir] = positionals;
  if (!dir || positionals.length > 1)
    throw new UsageError('Give exactly one collection folder DIR.');
  if (values.to !== 'postman' && values.to !== 'curl')
    throw new UsageError('--to must be postman or curl.');
  try {
    const loaded = await loadCollection(resolve(io.cwd, dir));
    for (const problem of loaded.problems)
      io.stderr.write(`Skipped ${problem.path}: ${problem.reason}\n`);
    const options =
      typeof values.environment === 'string' ? { environment: values.environment } : {};
    const result = (values.to === 'postman' ? exportPostman : exportCurl)(loaded.data, options);
    if (typeof values.out === 'string')
      await writeFileAtomic(resolve(io.cwd, values.out), result.text);
    else io.stdout.write(result.text);
    if (result.notes.length > 0) io.stderr.write(`Report:\n${formatNotes(result.notes)}`);
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    io.stderr.write(`connector-studio convert: ${error.message}\n`);
    return ExitCode.usage;
  }
}

export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'Write a collection folder as Postman v2.1 or curl commands',
  usage: USAGE,
  run: runConvert,
};
