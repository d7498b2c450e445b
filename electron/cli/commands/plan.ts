import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { awsCatalog } from '../../../shared/aws/catalog';
import { StructureParseError } from '../../../shared/domain/json-structure/parse-error';
import { checkConnector } from '../../../shared/domain/naming/check-connector';
import type { NamingFinding } from '../../../shared/domain/naming/types';
import { buildConnector } from '../../../shared/domain/plan/build-connector';
import type { RecordedOperation } from '../../../shared/domain/plan/build-connector';
import { formatPlanText, operationMarkdown } from '../../../shared/domain/plan/markdown';
import { toSentRequest } from '../../../shared/domain/plan/sent-request';
import type { PlanSettings } from '../../../shared/domain/plan/types';
import { StudioError } from '../../../shared/ipc/errors';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import { readCollectionInput } from '../../services/export/collection-input';
import { ExitCode, UsageError } from '../command';
import { sampleAsJson } from './sample-text';
import { cliServiceShapes } from './operation-model';
import type { ServiceShapes } from '../../../shared/aws/shapes';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';

/** The tool version written into plans and bundles (fixed, so bundles stay reproducible). */
export const cliToolVersion = '0.1.0';

const USAGE = `Usage: connector-studio plan SAMPLE... --service S --method M --path P [--operation Op] [--region R] [--body FILE]
       connector-studio plan --request FILE.json --sample FILE.json [--request ... --sample ...]
       connector-studio plan --collection DIR
       [--module NAME] [--format text|json|markdown]

Plans the Mendix connector from the requests you sent and their response samples: module, folders,
and per operation the microflow (Get_v1_DescribeVoices), its activities, documents and exposed action,
then lists the naming findings with their quick fixes; each rule id (N03, C06) is explained, with
its public source, in docs/rules/naming.md.
  SAMPLE...          response bodies (JSON or XML) of one request given by --service/--method/--path
  --request FILE     a request spec (JSON: service, region, method, path, query, headers, body); pairs with the next --sample
  --sample FILE      a response body of the preceding --request
  --collection DIR   a collection folder (collection.json, requests/, samples/): every request with a saved 2xx sample
  --format FMT       text (default), json (plan, model, findings), markdown (the microflow plans)
  --sample-only      response structures follow the samples alone; by default an operation known to the
                     AWS catalog gets a model-complete structure (every member of its output shape) and a
                     request entity with every member of its input shape
Exit codes: 0 done, 2 usage or malformed JSON.`;

export const planInputOptions = {
  service: { type: 'string' },
  method: { type: 'string' },
  path: { type: 'string' },
  operation: { type: 'string' },
  region: { type: 'string' },
  body: { type: 'string' },
  request: { type: 'string', multiple: true },
  sample: { type: 'string', multiple: true },
  collection: { type: 'string' },
  module: { type: 'string' },
  'sample-only': { type: 'boolean' },
} as const;

export interface PlanInputValues {
  service?: string | undefined;
  method?: string | undefined;
  path?: string | undefined;
  operation?: string | undefined;
  region?: string | undefined;
  body?: string | undefined;
  request?: string[] | undefined;
  sample?: string[] | undefined;
  collection?: string | undefined;
  'sample-only'?: boolean | undefined;
}

async function readText(file: string, io: CliIo): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

async function readSpec(file: string, io: CliIo): Promise<RecordedOperation['request']> {
  let json: unknown;
  try {
    json = JSON.parse(await readText(file, io));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file} is not JSON.`);
  }
  const parsed = requestSpecSchema.safeParse(json);
  if (!parsed.success)
    throw new UsageError(
      `${file} is not a request spec: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message ?? ''}`,
    );
  return toSentRequest(parsed.data);
}

async function fromPairs(
  requests: string[],
  samples: string[],
  io: CliIo,
): Promise<RecordedOperation[]> {
  if (requests.length !== samples.length)
    throw new UsageError('Give one --sample after each --request.');
  return Promise.all(
    requests.map(async (file, i) => ({
      request: await readSpec(file, io),
      samples: [await sampleAsJson(await readText(samples[i] as string, io), samples[i] as string)],
    })),
  );
}

/** What the plan and export commands read: recorded operations, module settings, and notes on what was left out. */
export interface PlanInput {
  operations: RecordedOperation[];
  settings: PlanSettings;
  notes: string[];
}

async function fromCollection(dir: string, io: CliIo): Promise<PlanInput> {
  let input;
  try {
    input = await readCollectionInput(resolve(io.cwd, dir));
  } catch (error) {
    if (error instanceof StudioError) throw new UsageError(error.message);
    throw error;
  }
  if (input.operations.length === 0)
    throw new UsageError(
      `${dir} has no request with a saved JSON or XML sample.\n${input.notes.join('\n')}`,
    );
  return input;
}

/** Reads the input of the plan and export commands: a collection, request/sample pairs, or one request's samples. */
export async function readPlanInput(
  values: PlanInputValues,
  positionals: string[],
  io: CliIo,
): Promise<PlanInput> {
  if (values.collection !== undefined) return fromCollection(values.collection, io);
  if (values.request?.length)
    return {
      operations: await fromPairs(values.request, values.sample ?? [], io),
      settings: {},
      notes: [],
    };
  return { operations: await fromSamples(values, positionals, io), settings: {}, notes: [] };
}

async function fromSamples(
  values: PlanInputValues,
  positionals: string[],
  io: CliIo,
): Promise<RecordedOperation[]> {
  if (!values.service || !values.method || !values.path)
    throw new UsageError(
      'Give --collection, --request/--sample pairs, or SAMPLE files with --service, --method and --path.',
    );
  if (positionals.length === 0) throw new UsageError('Give at least one response SAMPLE file.');
  const spec = {
    service: values.service,
    region: values.region ?? 'us-east-1',
    method: values.method.toUpperCase(),
    path: values.path,
    ...(values.operation ? { operation: values.operation } : {}),
    ...(values.body !== undefined
      ? { body: { kind: 'text' as const, text: await readText(values.body, io) } }
      : {}),
  };
  return [
    {
      request: toSentRequest(spec),
      samples: await Promise.all(
        positionals.map(async (file) => sampleAsJson(await readText(file, io), file)),
      ),
    },
  ];
}

/** Parses the arguments of a command that reads the plan's inputs, plus its own options; bad arguments are usage errors. */
export function parsePlanArgs<const T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  extra: T,
) {
  try {
    return parseArgs({
      args: argv,
      options: { ...planInputOptions, ...extra },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Reads the plan's inputs, reports their notes on stderr and builds the plan and entity model. */
export async function connectorFromArgs(
  values: PlanInputValues & { module?: string | undefined },
  positionals: string[],
  io: CliIo,
): Promise<ReturnType<typeof buildConnector>> {
  const input = await readPlanInput(values, positionals, io);
  for (const note of input.notes)
    io.stderr.write(`note: ${note}
`);
  const shapes =
    values['sample-only'] === true
      ? undefined
      : await cliServiceShapes(input.operations.map((operation) => operation.request.service));
  return buildOrExplain(input, values.module, shapes);
}

/** Builds the plan, reporting malformed samples as a usage error with the position. */
export function buildOrExplain(
  input: PlanInput,
  moduleName: string | undefined,
  shapes?: ReadonlyMap<string, ServiceShapes>,
) {
  try {
    return buildConnector({
      operations: input.operations,
      catalog: awsCatalog,
      ...(shapes ? { shapes } : { modelComplete: false }),
      settings: {
        ...input.settings,
        toolVersion: cliToolVersion,
        ...(moduleName ? { moduleName } : {}),
      },
    });
  } catch (error) {
    if (error instanceof StructureParseError)
      throw new UsageError(`A sample is malformed JSON: ${error.message}`);
    throw error;
  }
}

/** Findings as lines: severity, rule id, element, message and quick fix. */
export function formatFindings(findings: readonly NamingFinding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const lines = findings.map(
    (f) =>
      `${f.severity.padEnd(7)} ${f.rule} ${f.element.kind} ${f.element.name}: ${f.message}${f.quickFix ? ` [fix: ${f.quickFix.label}]` : ''}`,
  );
  return [`Findings: ${errors} errors, ${findings.length - errors} warnings`, ...lines].join('\n');
}

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'Plan the connector microflows and check every name',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<ExitCodeValue> {
    const parsed = parsePlanArgs(argv, { format: { type: 'string' } });
    const format = parsed.values.format ?? 'text';
    if (format !== 'text' && format !== 'json' && format !== 'markdown')
      throw new UsageError(`--format must be text, json or markdown, not "${format}".`);
    const { plan, model } = await connectorFromArgs(parsed.values, parsed.positionals, io);
    const findings = checkConnector(plan, model);
    if (format === 'json')
      io.stdout.write(`${JSON.stringify({ plan, model, findings }, null, 2)}\n`);
    else if (format === 'markdown')
      io.stdout.write(`${plan.operations.map(operationMarkdown).join('\n')}\n`);
    else io.stdout.write(`${formatPlanText(plan)}\n\n${formatFindings(findings)}\n`);
    return ExitCode.ok;
  },
};
