// Generates one shapes file per AWS service (dist/aws-shapes/<catalog id>.json, format in
// shared/aws/shapes.ts) from the pinned aws-sdk v2 devDependency: the operations' input and output
// references and the shape table of the newest minified model, with the enum values and member
// documentation that only the SDK's type declarations (clients/<id>.d.ts) still carry.
// build/build.mjs runs it; `node build/generate-shapes.mjs [outDir]` runs it alone.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSdkDir, listServiceModels } from './generate-catalog.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const defaultShapesDir = `${root}dist/aws-shapes`;

/** Longest documentation kept per member, so the files stay small. */
const MAX_DOCUMENTATION = 400;

/** The ShapeRef fields of shared/aws/shapes.ts that the models carry; every other trait is dropped. */
const KEPT_TRAITS = new Set([
  'shape',
  'type',
  'required',
  'payload',
  'flattened',
  'locationName',
  'jsonName',
  'queryName',
  'location',
  'xmlAttribute',
  'timestampFormat',
  'enum',
  'documentation',
  'resultWrapper',
  'exception',
  'union',
  'streaming',
  'eventstream',
  'sensitive',
  'min',
  'max',
]);

/** A copy of a model reference (or inline shape) with only the kept traits, recursively. */
function cleanRef(ref) {
  const clean = {};
  for (const [name, value] of Object.entries(ref)) {
    if (name === 'members') {
      clean.members = Object.fromEntries(
        Object.entries(value).map(([member, memberRef]) => [member, cleanRef(memberRef)]),
      );
    } else if (name === 'member' || name === 'key' || name === 'value') {
      clean[name] = cleanRef(value);
    } else if (KEPT_TRAITS.has(name) && value !== false && value !== undefined) {
      clean[name] = value;
    }
  }
  return clean;
}

/** The names of the table's shapes that `roots` reach (the rest only served errors). */
function reachableNames(shapes, roots) {
  const found = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const ref = stack.pop();
    if (ref.shape !== undefined && !found.has(ref.shape) && shapes[ref.shape] !== undefined) {
      found.add(ref.shape);
      stack.push(shapes[ref.shape]);
    }
    if (ref.members) stack.push(...Object.values(ref.members));
    if (ref.member) stack.push(ref.member);
    if (ref.key) stack.push(ref.key);
    if (ref.value) stack.push(ref.value);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The SDK's type declarations, read line by line. Their layout is generated and regular:
//   export interface Voice {          (2 spaces)    /** doc */ before members (4 spaces)
//     Gender?: Gender;
//   }
//   export type Gender = "Female"|"Male"|string;   export type VoiceList = Voice[];
//   export type TagMap = {[key: string]: TagValue};
//   describeVoices(params: Polly.Types.DescribeVoicesInput, callback?: (err: AWSError, data: Polly.Types.DescribeVoicesOutput) => void): ...
// Anything else is skipped: a declaration that does not parse only loses its enrichment.

const INTERFACE = /^ {2}export interface ([\w$]+)(?: extends [^{]*)? \{$/;
const MEMBER = /^ {4}([\w$]+)\??: ([\w$]+);$/;
const TYPE = /^ {2}export type ([\w$]+) = (.*);$/;
const ENUM = /^(?:"(?:[^"\\]|\\.)*"\|)+string$/;
const LIST = /^([\w$]+)\[\]$/;
const MAP = /^\{\[key: string\]: ([\w$]+)\}$/;
const METHOD =
  /^ {2}([\w$]+)\((?:params: [\w$.]+\.Types\.([\w$]+), )?callback\?: \(err: AWSError, data: (?:[\w$.]+\.Types\.([\w$]+)|\{\})\) => void\)/;

/** Plain text from a JSDoc block: HTML tags stripped, whitespace collapsed, length capped. */
export function cleanDocumentation(text) {
  const plain = text
    .replace(/<\/?(?:p|br|li|ul|ol|dl|dt|dd|div|note|important)\b[^<>]*>/gi, ' ')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= MAX_DOCUMENTATION) return plain || undefined;
  const cut = plain.slice(0, MAX_DOCUMENTATION - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DOCUMENTATION / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function parseEnum(rhs) {
  const values = [];
  for (const [literal] of rhs.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    try {
      values.push(JSON.parse(literal));
    } catch {
      return undefined;
    }
  }
  return values;
}

/**
 * The declarations of clients/<id>.d.ts: `types` by name (interface with documented members, enum,
 * list, map or other alias) and, by SDK method name, the input and output type of each operation.
 */
export function parseDeclarations(text) {
  const types = new Map();
  const methods = new Map();
  let doc; // the lines of the JSDoc block just read, for the next declaration
  let inDoc = false;
  let current; // the interface being read
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (inDoc) {
      const end = trimmed.endsWith('*/');
      const body = (end ? trimmed.slice(0, -2) : trimmed).replace(/^\*(?!\/) ?/, '');
      if (body) doc.push(body);
      if (end) inDoc = false;
      continue;
    }
    if (trimmed.startsWith('/**')) {
      const rest = trimmed.slice(3);
      doc = [];
      if (rest.trimEnd().endsWith('*/')) doc.push(rest.trimEnd().slice(0, -2));
      else {
        if (rest.trim()) doc.push(rest.trim());
        inDoc = true;
      }
      continue;
    }
    const documentation = doc && doc.join(' ');
    doc = undefined;
    let match;
    if (current) {
      if (line === '  }') current = undefined;
      else if ((match = MEMBER.exec(line))) {
        current.members[match[1]] = { type: match[2], documentation };
      }
    } else if ((match = INTERFACE.exec(line))) {
      current = { kind: 'interface', members: {} };
      types.set(match[1], current);
    } else if ((match = TYPE.exec(line))) {
      const [, name, rhs] = match;
      let list;
      let map;
      if (ENUM.test(rhs)) {
        const values = parseEnum(rhs);
        if (values) types.set(name, { kind: 'enum', values });
      } else if ((list = LIST.exec(rhs))) types.set(name, { kind: 'list', item: list[1] });
      else if ((map = MAP.exec(rhs))) types.set(name, { kind: 'map', value: map[1] });
      else types.set(name, { kind: 'alias', target: rhs });
    } else if ((match = METHOD.exec(line))) {
      const [, method, input, output] = match;
      const known = methods.get(method);
      // Each operation is declared twice, with and without params: keep the one naming both.
      if (!known || (input && !known.input)) methods.set(method, { input, output });
    }
  }
  return { types, methods };
}

// ---------------------------------------------------------------------------------------------
// Enrichment: the model's reference tree and the declared types are walked side by side.

/**
 * Adds enums and member documentation under `ref` from the declared type `typeName`. Named shapes
 * are shared, so an enum goes on the table's shape; member documentation goes on the member's own
 * reference. Mismatches (a declared list where the model has a string) are skipped.
 */
function enrich(shapes, types, ref, typeName, seen) {
  const declared = types.get(typeName);
  if (declared === undefined) return;
  let target = ref;
  if (ref.shape !== undefined) {
    target = shapes[ref.shape];
    if (target === undefined) return;
    const key = `${ref.shape}\0${typeName}`;
    if (seen.has(key)) return; // recursive shapes (DynamoDB AttributeValue) end here
    seen.add(key);
  }
  const type = ref.type ?? target.type ?? 'string';
  switch (declared.kind) {
    case 'enum':
      if (type === 'string' && target.enum === undefined && declared.values.length > 0)
        target.enum = [...declared.values];
      break;
    case 'interface':
      if (type !== 'structure' || !target.members) break;
      for (const [name, member] of Object.entries(target.members)) {
        const declaredMember = declared.members[name];
        if (declaredMember === undefined) continue;
        if (declaredMember.documentation && member.documentation === undefined) {
          const documentation = cleanDocumentation(declaredMember.documentation);
          if (documentation) member.documentation = documentation;
        }
        enrich(shapes, types, member, declaredMember.type, seen);
      }
      break;
    case 'list':
      if (type === 'list' && target.member)
        enrich(shapes, types, target.member, declared.item, seen);
      break;
    case 'map':
      if (type === 'map' && target.value) enrich(shapes, types, target.value, declared.value, seen);
      break;
    default:
      break;
  }
}

/** Lower-cases the first letter, as aws-sdk v2 names an operation's client method. */
const methodName = (operation) => operation.charAt(0).toLowerCase() + operation.slice(1);

/** The shapes file of one service from its minified model and (optional) type declarations. */
export function shapesFromModel(id, model, declarationsText) {
  const operations = {};
  const roots = [];
  for (const [name, operation] of Object.entries(model.operations ?? {})) {
    const sides = {};
    if (operation.input) roots.push((sides.input = cleanRef(operation.input)));
    if (operation.output) roots.push((sides.output = cleanRef(operation.output)));
    operations[name] = sides;
  }
  const modelShapes = model.shapes ?? {};
  const shapes = {};
  const reachable = reachableNames(modelShapes, roots);
  for (const [name, shape] of Object.entries(modelShapes))
    if (reachable.has(name)) shapes[name] = cleanRef(shape);

  if (declarationsText !== undefined) {
    const { types, methods } = parseDeclarations(declarationsText);
    const seen = new Set();
    for (const [name, sides] of Object.entries(operations)) {
      const method = methods.get(methodName(name));
      if (method === undefined) continue;
      if (sides.input && method.input) enrich(shapes, types, sides.input, method.input, seen);
      if (sides.output && method.output) enrich(shapes, types, sides.output, method.output, seen);
    }
  }

  const service = { service: id, protocol: model.metadata.protocol };
  if (model.metadata.timestampFormat !== undefined)
    service.timestampFormat = model.metadata.timestampFormat;
  service.operations = operations;
  service.shapes = shapes;
  return service;
}

function readDeclarations(sdkDir, id) {
  const path = `${sdkDir}/clients/${id}.d.ts`;
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The shapes file of the service with this catalog id (a key of apis/metadata.json), or undefined
 * when the service is retired (generate-catalog.mjs hides it too). Throws for an unknown id.
 */
export function buildServiceShapes(catalogId, sdkDir = defaultSdkDir) {
  const entry = listServiceModels(sdkDir).find((service) => service.id === catalogId);
  if (entry === undefined) throw new Error(`No service ${catalogId} in the SDK at ${sdkDir}.`);
  if (entry.retired) return undefined;
  return shapesFromModel(catalogId, readJson(entry.modelPath), readDeclarations(sdkDir, catalogId));
}

/**
 * Writes `<outDir>/<catalog id>.json` for every service that is not retired and returns how many
 * files and bytes were written, the largest files and the time taken.
 */
export function writeAllShapes(outDir, sdkDir = defaultSdkDir) {
  const started = performance.now();
  mkdirSync(outDir, { recursive: true });
  const sizes = [];
  for (const { id, modelPath, retired } of listServiceModels(sdkDir)) {
    if (retired) continue;
    const shapes = shapesFromModel(id, readJson(modelPath), readDeclarations(sdkDir, id));
    const text = JSON.stringify(shapes);
    writeFileSync(join(outDir, `${id}.json`), text);
    sizes.push({ id, bytes: Buffer.byteLength(text) });
  }
  return {
    files: sizes.length,
    bytes: sizes.reduce((sum, file) => sum + file.bytes, 0),
    largest: sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    milliseconds: Math.round(performance.now() - started),
  };
}

/** One line for the build log. */
export function describeSummary(outDir, summary) {
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const largest = summary.largest.map((file) => `${file.id} ${mb(file.bytes)}`).join(', ');
  return (
    `Wrote ${summary.files} AWS shapes files to ${outDir}: ${mb(summary.bytes)} ` +
    `in ${summary.milliseconds} ms (largest: ${largest}).`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outDir = process.argv[2] ?? defaultShapesDir;
  // Only the default folder is cleared: a folder given on the command line is written into.
  if (process.argv[2] === undefined) rmSync(outDir, { recursive: true, force: true });
  console.log(describeSummary(outDir, writeAllShapes(outDir)));
}
