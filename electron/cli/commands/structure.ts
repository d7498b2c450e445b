import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  formatStructureTree,
  inferJsonStructure,
  StructureParseError,
  toRepresentativeSnippet,
  toStructureDocument,
  MAX_JSON_NESTING,
} from '../../../shared/domain/json-structure/index';
import { nameXmlItems } from '../../../shared/domain/xml-schema/xml-names';
import { ExitCode, UsageError } from '../command';
import { cliOutputModel } from './operation-model';
import { structureSamples } from './sample-text';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';

const USAGE = `Usage: connector-studio structure FILE... [--format json|tree] [--studio-pro 9|10] [--protocol P] [--snippet]
                                  [--service S --operation Op [--sample-only]]

Infers the Mendix JSON structure of one operation from its response samples (several files are
several samples, merged). FILE '-' reads standard input. XML samples (S3, SQS, EC2...) are read in
their JSON form, rooted at the document element: the tree an XML schema and its import mapping follow.
  --format FMT       tree (default): an indented tree like Studio Pro's; json: the elements (each with
                     its path segment and parent index) and findings (by element index)
  --studio-pro N     10 (default): items named after the array (Voices → Voice); 9: JsonObject
  --protocol P       the service's AWS protocol (json, rest-json, query, ec2, rest-xml); json marks epoch timestamps
  --snippet          print the representative snippet instead: pasted into Studio Pro, it gives this structure
                     (for XML samples: the XML schema (XSD) to add in Studio Pro instead)
  --service S        the AWS service the samples come from (catalog id, endpoint prefix or signing name)
  --operation Op     with --service: the operation; the structure is model-complete: every member of
                     the operation's output shape (aws-sdk v2 models, 2024), merged with the samples,
                     each element marked sample, model or both
  --sample-only      with --operation: follow the samples alone, as without a model
Exit codes: 0 done, 2 usage, malformed JSON (with line and column) or JSON nested past ${MAX_JSON_NESTING} levels.`;

interface StructureArgs {
  files: string[];
  format: 'json' | 'tree';
  studioProVersion: 9 | 10;
  protocol?: string;
  snippet: boolean;
  service?: string;
  operation?: string;
  sampleOnly: boolean;
}

function parseStructureArgs(argv: string[]): StructureArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        'studio-pro': { type: 'string' },
        protocol: { type: 'string' },
        snippet: { type: 'boolean' },
        service: { type: 'string' },
        operation: { type: 'string' },
        'sample-only': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const {
    format = 'tree',
    'studio-pro': version = '10',
    protocol,
    snippet = false,
    service,
    operation,
    'sample-only': sampleOnly = false,
  } = parsed.values;
  if ((service === undefined) !== (operation === undefined))
    throw new UsageError('--service and --operation go together: give both, or neither.');
  if (sampleOnly && operation === undefined)
    throw new UsageError('--sample-only needs --service and --operation.');
  if (format !== 'json' && format !== 'tree')
    throw new UsageError(`--format must be json or tree, not "${format}".`);
  if (version !== '9' && version !== '10')
    throw new UsageError(`--studio-pro must be 9 or 10, not "${version}".`);
  if (parsed.positionals.length === 0)
    throw new UsageError('Give at least one FILE (or - for standard input).');
  const args: StructureArgs = {
    files: parsed.positionals,
    format,
    studioProVersion: version === '9' ? 9 : 10,
    snippet,
    sampleOnly,
  };
  if (protocol !== undefined) args.protocol = protocol;
  if (service !== undefined) args.service = service;
  if (operation !== undefined) args.operation = operation;
  return args;
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function readSamples(files: string[], io: CliIo): Promise<string[]> {
  if (files.filter((file) => file === '-').length > 1)
    throw new UsageError('Standard input (-) can be read only once.');
  return Promise.all(
    files.map(async (file) => {
      if (file === '-') return readStdin(io.stdin);
      try {
        return await readFile(resolve(io.cwd, file), 'utf8');
      } catch (error) {
        throw new UsageError(
          `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
      }
    }),
  );
}

export const structureCommand: CliCommand = {
  name: 'structure',
  summary: 'Infer the Mendix JSON structure of response samples',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<ExitCodeValue> {
    const args = parseStructureArgs(argv);
    const texts = await readSamples(args.files, io);
    const lookup =
      args.operation !== undefined && !args.sampleOnly
        ? await cliOutputModel(args.service, args.operation)
        : undefined;
    const model = lookup && 'model' in lookup ? lookup.model : undefined;
    const protocol = args.protocol ?? model?.protocol;
    const { samples, document } = await structureSamples(texts, args.files, protocol);
    let structure;
    try {
      structure = inferJsonStructure(samples, {
        studioProVersion: args.studioProVersion,
        ...(protocol ? { protocol } : {}),
        ...(model ? { model } : {}),
      });
      if (lookup && 'finding' in lookup) structure.findings.unshift(lookup.finding);
    } catch (error) {
      if (!(error instanceof StructureParseError)) throw error;
      const file = args.files[error.sampleIndex] ?? '-';
      io.stderr.write(
        `${file === '-' ? 'stdin' : file}:${error.line}:${error.column}: ${error.reason} (offset ${error.offset})\n  ${error.excerpt}\n`,
      );
      return ExitCode.usage;
    }
    if (document) structure = nameXmlItems(structure);
    if (args.snippet && document) {
      // The XML builder loads only when an XML schema is written.
      const { toXmlSchema } = await import('../../../shared/domain/xml-schema/xsd');
      io.stdout.write(toXmlSchema(structure, document));
    } else if (args.snippet) io.stdout.write(`${toRepresentativeSnippet(structure)}\n`);
    else if (args.format === 'json')
      io.stdout.write(`${JSON.stringify(toStructureDocument(structure), null, 2)}\n`);
    else io.stdout.write(`${formatStructureTree(structure)}\n`);
    return ExitCode.ok;
  },
};
