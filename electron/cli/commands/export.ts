import { resolve } from 'node:path';
import { checkConnector, hasErrors } from '../../../shared/domain/naming/check-connector';
import { bundleFiles, writeBundle } from '../../services/export/bundle-service';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { connectorFromArgs, formatFindings, parsePlanArgs } from './plan';

const USAGE = `Usage: connector-studio export --collection DIR --out DIR|FILE.zip [--check] [--module NAME]
       connector-studio export --request FILE.json --sample FILE.json [...] --out DIR|FILE.zip [--check]
       connector-studio export SAMPLE... --service S --method M --path P --out DIR|FILE.zip [--check]

Writes the connector skeleton bundle (manifest, README, OpenAPI, domain model, microflow plans,
snippets, mappings, naming report, requests without credentials). Byte-identical for the same input.
An --out ending in .zip writes one zip; otherwise a folder (replaced only if it holds an earlier bundle).
  --check            exit 1 when an error-level naming finding remains (for CI)
  (--collection, --request/--sample and SAMPLE inputs as for 'connector-studio plan')
Exit codes: 0 written, 1 --check found errors (the bundle is still written), 2 usage.`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write the connector skeleton bundle (folder or .zip)',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<ExitCodeValue> {
    const parsed = parsePlanArgs(argv, { out: { type: 'string' }, check: { type: 'boolean' } });
    if (!parsed.values.out) throw new UsageError('Give --out DIR or --out FILE.zip.');
    const { plan, model } = await connectorFromArgs(parsed.values, parsed.positionals, io);
    const findings = checkConnector(plan, model);
    const files = await bundleFiles(plan, model);
    const bytes = await writeBundle(files, resolve(io.cwd, parsed.values.out));
    io.stderr.write(`${formatFindings(findings)}\n`);
    io.stdout.write(`Wrote ${files.length} files (${bytes} bytes) to ${parsed.values.out}\n`);
    // Exit code 1 doubles as "error findings remain" for --check, as the usage says.
    return parsed.values.check && hasErrors(findings) ? ExitCode.awsError : ExitCode.ok;
  },
};
