import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkConnector, hasErrors } from '../../../shared/domain/naming/check-connector';
import { bundleFiles, writeBundle } from '../../services/export/bundle-service';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { buildOrExplain, formatFindings, planInputOptions, readPlanInput } from './plan';

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
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: { ...planInputOptions, out: { type: 'string' }, check: { type: 'boolean' } },
        strict: true,
        allowPositionals: true,
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    if (!parsed.values.out) throw new UsageError('Give --out DIR or --out FILE.zip.');
    const input = await readPlanInput(parsed.values, parsed.positionals, io);
    for (const note of input.notes) io.stderr.write(`note: ${note}\n`);
    const { plan, model } = buildOrExplain(input, parsed.values.module);
    const findings = checkConnector(plan, model);
    const files = await bundleFiles(plan, model);
    const bytes = await writeBundle(files, resolve(io.cwd, parsed.values.out));
    io.stderr.write(`${formatFindings(findings)}\n`);
    io.stdout.write(`Wrote ${files.length} files (${bytes} bytes) to ${parsed.values.out}\n`);
    // Exit code 1 doubles as "error findings remain" for --check, as the usage says.
    return parsed.values.check && hasErrors(findings) ? ExitCode.awsError : ExitCode.ok;
  },
};
