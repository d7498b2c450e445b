import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { awsCatalog, findOperation, findService } from '../../../shared/aws/catalog';
import { layoutEntityModel } from '../../../shared/domain/diagram/layout';
import { toMermaidClassDiagram } from '../../../shared/domain/diagram/mermaid';
import { renderDiagramSvg } from '../../../shared/domain/diagram/render-svg';
import { defaultModelDecisions } from '../../../shared/domain/entity-model/decisions';
import type { ModelDecisions } from '../../../shared/domain/entity-model/decisions';
import { modelDecisionsSchema } from '../../../shared/domain/entity-model/decisions-schema';
import { deriveEntityModel } from '../../../shared/domain/entity-model/derive';
import type { EntityModel } from '../../../shared/domain/entity-model/types';
import {
  inferJsonStructure,
  StructureParseError,
} from '../../../shared/domain/json-structure/index';
import { nameXmlItems } from '../../../shared/domain/xml-schema/xml-names';
import { structureSamples } from './sample-text';
import { cliServiceShapes } from './operation-model';
import { operationModel } from '../../../shared/aws/shapes';
import { locatedInputs } from '../../../shared/domain/entity-model/request-inputs';
import { ExitCode, UsageError } from '../command';
import type { CliCommand, CliIo, ExitCodeValue } from '../command';
import { parseModelArgs } from './model-args';
import type { ModelArgs } from './model-args';

const USAGE = `Usage: connector-studio model FILE... --service S --operation Op [--format json|mermaid|svg] [--out FILE]
                              [--request FILE] [--decisions FILE] [--studio-pro 9|10] [--protocol P]

Derives the Mendix entity model of one operation from its response samples (the files 'structure'
takes; several files are merged; '-' reads standard input): the entities "Map automatically" makes,
renamed to the connector conventions, with {Op}Request generalizing AWSAuthentication.AbstractRequest.
  --service S        the AWS service (catalog id, endpoint prefix or signing name: polly, lambda)
  --operation Op     the AWS operation (DescribeVoices); --action is accepted as a synonym
  --format FMT       json (default): the model; mermaid: a classDiagram; svg: the entity diagram
  --out FILE         write there instead of standard output
  --request FILE     a request body sample: the request entity gets its attributes
  --decisions FILE   saved model decisions (JSON: names, excluded, restored, attributeTypes, documentation, conventions)
  --studio-pro N     10 (default) or 9, for the names of anonymous array items
  --protocol P       override the service's AWS protocol (json marks epoch timestamps)
  --sample-only      entities follow the samples alone; by default an operation of the AWS catalog is
                     model-complete: every member of its output shape (and, with a JSON request body,
                     of its input shape) becomes an attribute
Exit codes: 0 done, 2 usage or malformed JSON.`;

async function readText(file: string, io: CliIo): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

async function readDecisions(file: string | undefined, io: CliIo): Promise<ModelDecisions> {
  if (file === undefined) return defaultModelDecisions;
  const content = await readText(file, io);
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new UsageError(`${file} is not JSON.`);
  }
  const parsed = modelDecisionsSchema.safeParse(json);
  if (!parsed.success)
    throw new UsageError(
      `${file} is not a decisions file: ${parsed.error.issues[0]?.message ?? 'rejected'}.`,
    );
  return parsed.data;
}

async function buildModel(args: ModelArgs, io: CliIo): Promise<EntityModel> {
  if (args.files.filter((f) => f === '-').length > 1)
    throw new UsageError('Standard input (-) can be read only once.');
  const service = findService(awsCatalog, args.service);
  const action = (service && findOperation(service, args.operation)?.name) ?? args.operation;
  const protocol = args.protocol ?? service?.protocol;
  const options = { studioProVersion: args.studioProVersion, ...(protocol ? { protocol } : {}) };
  const shapes =
    service && !args.sampleOnly
      ? (await cliServiceShapes([service.id])).get(service.id)
      : undefined;
  const outputModel = shapes ? operationModel(shapes, action, 'output') : undefined;
  const fullInput = shapes ? operationModel(shapes, action, 'input') : undefined;
  const inputModel = protocol === 'json' || protocol === 'rest-json' ? fullInput : undefined;
  const requestInputs = fullInput ? locatedInputs(fullInput) : [];
  const texts = await Promise.all(args.files.map((file) => readText(file, io)));
  const { samples, document } = await structureSamples(texts, args.files, protocol);
  const inferred = inferJsonStructure(samples, {
    ...options,
    ...(outputModel ? { model: outputModel } : {}),
  });
  const structure = document ? nameXmlItems(inferred) : inferred;
  const operation = {
    action,
    serviceName: service?.fullName ?? args.service,
    ...(requestInputs.length > 0 ? { requestInputs } : {}),
  };
  const requestText = args.request
    ? await readText(args.request, io)
    : inputModel
      ? '{}'
      : undefined;
  const requestStructure =
    requestText !== undefined
      ? inferJsonStructure([requestText], {
          ...options,
          ...(inputModel ? { model: inputModel } : {}),
        })
      : undefined;
  const decisions = await readDecisions(args.decisions, io);
  return deriveEntityModel(
    structure,
    requestStructure ? { ...operation, requestStructure } : operation,
    decisions,
  );
}

/** The model in the asked format: the same text the app exports. */
export async function formatModel(
  model: EntityModel,
  format: ModelArgs['format'],
): Promise<string> {
  if (format === 'mermaid') return toMermaidClassDiagram(model);
  if (format === 'svg') return `${renderDiagramSvg(await layoutEntityModel(model))}\n`;
  return `${JSON.stringify(model, null, 2)}\n`;
}

export const modelCommand: CliCommand = {
  name: 'model',
  summary: 'Derive the Mendix entity model (json, mermaid or svg) from response samples',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<ExitCodeValue> {
    const args = parseModelArgs(argv);
    let model: EntityModel;
    try {
      model = await buildModel(args, io);
    } catch (error) {
      if (!(error instanceof StructureParseError)) throw error;
      io.stderr.write(
        `${args.files[error.sampleIndex] ?? args.request ?? '-'}:${error.line}:${error.column}: ${error.reason}\n`,
      );
      return ExitCode.usage;
    }
    const text = await formatModel(model, args.format);
    if (args.out) await writeFile(resolve(io.cwd, args.out), text, 'utf8');
    else io.stdout.write(text);
    return ExitCode.ok;
  },
};
