import { widen } from './primitive-type';
import type { PrimitiveType, StructureElement, StructureFinding } from './types';

interface WidestValue {
  type: PrimitiveType;
  sample?: string;
}

/** The widest type of every relative path over all the values of a map (one shape, types may differ). */
function valueTypes(
  elements: readonly StructureElement[],
  map: StructureElement,
  ends: number[],
): Map<string, WidestValue> {
  const types = new Map<string, WidestValue>();
  for (const child of map.children) {
    const base = (elements[child] as StructureElement).path.length;
    for (let i = child; i < (ends[child] as number); i++) {
      const element = elements[i] as StructureElement;
      if (element.kind !== 'Value') continue;
      const rel = element.path.slice(base);
      const known = types.get(rel);
      const type = widen(known?.type ?? 'Unknown', element.primitiveType);
      // The snippet's sample must read as the widened type (`2.5`, not `1`, for a Decimal).
      let sample = type === element.primitiveType ? element.sample : known?.sample;
      // A String widened from other kinds needs a literal that reads as a plain string.
      if (type === 'String' && element.primitiveType !== 'String' && known?.type !== 'String')
        sample = '"text"';
      types.set(rel, sample === undefined ? { type } : { type, sample });
    }
  }
  return types;
}

/** Keys that can only be data: UUIDs and other dashed ids, ARNs, long hex, numbers, dates. */
const strongDataKey = [
  /^[0-9a-f]{8}-[0-9a-f]{4}-/i,
  /^(?=[^-]*\d)[0-9A-Za-z]+(-[0-9A-Za-z]+){3,}$/,
  /^arn:/,
  /^[0-9a-f]{16,}$/i,
  /^\d+$/,
  /^\d{4}-\d{2}-\d{2}/,
];

/** Keys of the XML-to-JSON form (`@_attribute`, `#text`) are names, never data. */
function isXmlKey(key: string): boolean {
  return key.startsWith('@_') || key === '#text';
}

/** How a key reads: `strong` (an id, ARN, version), `weak` (no identifier), or a name. */
export function dataKeyKind(key: string): 'strong' | 'weak' | 'name' {
  if (isXmlKey(key)) return 'name';
  if (strongDataKey.some((pattern) => pattern.test(key))) return 'strong';
  if (/^v\d+([._-]\d+)*$/i.test(key) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return 'weak';
  return 'name';
}

/** End (exclusive) of every element's subtree in the pre-order list. */
function subtreeEnds(elements: readonly StructureElement[]): number[] {
  const ends: number[] = new Array<number>(elements.length);
  for (let i = elements.length - 1; i >= 0; i--) {
    const last = (elements[i] as StructureElement).children.at(-1);
    ends[i] = last === undefined ? i + 1 : (ends[last] as number);
  }
  return ends;
}

/** The shape of a subtree: relative paths, kinds and types (numbers as one kind, as their widths vary with the data). */
function shapeOf(elements: readonly StructureElement[], root: number, end: number): string {
  const base = (elements[root] as StructureElement).path.length;
  const parts: string[] = [];
  for (let i = root; i < end; i++) {
    const element = elements[i] as StructureElement;
    const type = /^(Integer|Long|Decimal)$/.test(element.primitiveType)
      ? 'Number'
      : element.primitiveType;
    parts.push(`${element.path.slice(base)}:${element.kind}:${type}`);
  }
  return parts.join('\n');
}

/** What the AWS model says: paths that are maps (fold them) and structures (never fold them). */
export interface KnownMaps {
  maps: ReadonlySet<string>;
  structures: ReadonlySet<string>;
}

const noKnownMaps: KnownMaps = { maps: new Set(), structures: new Set() };

/** Whether an Object is a map: keys that are data, every value of one shape (or the model says so). */
function isMap(
  elements: readonly StructureElement[],
  index: number,
  ends: number[],
  known: KnownMaps,
): boolean {
  const element = elements[index] as StructureElement;
  // Only a named member can become a list in place; an array item or the root keeps its path.
  if (element.kind !== 'Object' || element.key === null || element.children.length === 0)
    return false;
  if (known.maps.has(element.path)) return true;
  if (known.structures.has(element.path)) return false;
  const kinds = element.children.map((c) => dataKeyKind(elements[c]?.key ?? ''));
  if (kinds.includes('name')) return false;
  if (element.children.length < 2 && !kinds.includes('strong')) return false;
  const shapes = new Set(element.children.map((c) => shapeOf(elements, c, ends[c] as number)));
  return shapes.size === 1;
}

interface Emit {
  path: string;
  key: string | null;
  parent: number;
}

/** Copies one element into the new list under `parent`, with a new path and key. */
function copy(out: StructureElement[], source: StructureElement, emit: Emit): StructureElement {
  const parent = emit.parent < 0 ? undefined : out[emit.parent];
  const element: StructureElement = {
    ...source,
    notes: [...source.notes],
    index: out.length,
    parent: emit.parent,
    depth: parent ? parent.depth + 1 : 0,
    children: [],
    path: emit.path,
    key: emit.key,
  };
  out.push(element);
  parent?.children.push(element.index);
  return element;
}

function mapFinding(element: StructureElement, keys: string[]): StructureFinding {
  const examples = keys
    .slice(0, 2)
    .map((k) => `"${k}"`)
    .join(', ');
  const name = element.key ?? 'This object';
  return {
    kind: 'map-keys',
    severity: 'warning',
    path: element.path,
    message: `${name} is a map: its keys are data (${examples}${keys.length > 2 ? ', ...' : ''}), not names, so no element or entity is named after them. Modelled as a list of Key/Value objects. Studio Pro's import mapping selects JSON members by name and cannot read ${name} as AWS sends it: before importing, rewrite each ${name} object into an array of {"Key": <name>, "Value": <value>} objects (a Java action on the response text, matching the snippet), or clear the ${name} checkbox in the import mapping when you do not need it.`,
  };
}

/**
 * Replaces every map in a structure (an object whose keys are data, such as Secrets Manager's
 * `SecretVersionsToStages` keyed by version ids) with a list of Key/Value items whose Value has the
 * one shape all its values share, and says so in a finding. Works on the flat pre-order list,
 * before names are assigned; findings about the replaced keys are dropped.
 */
export function foldMapKeys(
  elements: StructureElement[],
  findings: StructureFinding[],
  known: KnownMaps = noKnownMaps,
): StructureElement[] {
  // Inner maps first: once folded, the values of an outer map can share one shape.
  let current = elements;
  for (;;) {
    const next = foldOnce(current, findings, known);
    if (next === current) return current;
    current = next;
  }
}

function foldOnce(
  elements: StructureElement[],
  findings: StructureFinding[],
  known: KnownMaps,
): StructureElement[] {
  const ends = subtreeEnds(elements);
  const maps = elements.filter((e) => e.parent !== -1 && isMap(elements, e.index, ends, known));
  if (maps.length === 0) return elements;
  const stale = maps.map((m) => `${m.path}|`);
  const kept = findings.filter((f) => !stale.some((prefix) => f.path.startsWith(prefix)));
  findings.splice(0, findings.length, ...kept);
  const isMapIndex = new Set(maps.map((m) => m.index));
  const out: StructureElement[] = [];
  const mapped = new Map<number, number>();
  const renames: Array<{
    from: string;
    to: string;
    start: number;
    until: number;
    types: Map<string, WidestValue>;
  }> = [];
  const skips = new Map<number, number>();
  let i = 0;
  while (i < elements.length) {
    const jump = skips.get(i);
    if (jump !== undefined) {
      i = jump;
      continue;
    }
    const source = elements[i] as StructureElement;
    const rename = renames.findLast((r) => i >= r.start && i < r.until);
    const path = rename ? rename.to + source.path.slice(rename.from.length) : source.path;
    const parent = source.parent < 0 ? -1 : (mapped.get(source.parent) ?? -1);
    if (!isMapIndex.has(i)) {
      const isValue = rename !== undefined && i === rename.start;
      const copied = copy(out, source, { path, key: isValue ? 'Value' : source.key, parent });
      const widened = rename?.types.get(source.path.slice(rename.from.length));
      if (copied.kind === 'Value' && widened !== undefined) {
        copied.primitiveType = widened.type;
        if (widened.sample !== undefined) copied.sample = widened.sample;
      }
      // Each key was missing from the other map entries; the Value itself always comes with its Key.
      if (isValue && copied.optional) {
        delete copied.optional;
        copied.notes = copied.notes.filter((note) => !note.startsWith('Missing from some objects'));
      }
      mapped.set(i, copied.index);
      i += 1;
      continue;
    }
    const keys = source.children.map((c) => elements[c]?.key ?? '');
    findings.push(mapFinding(source, keys));
    const item = emitEntry(out, source, { path, key: source.key, parent }, keys[0] ?? '');
    const first = source.children[0] as number;
    mapped.set(i, item);
    // The first value stands for all (they share one shape); the other keys are skipped.
    renames.push({
      from: (elements[first] as StructureElement).path,
      to: `${path}|(Object)|Value`,
      start: first,
      until: ends[first] as number,
      types: valueTypes(elements, source, ends),
    });
    // A map with one key has nothing to skip: a skip from an index to itself would never end.
    if ((ends[first] as number) < (ends[i] as number))
      skips.set(ends[first] as number, ends[i] as number);
    i = first;
  }
  return out;
}

/** The Array, its item Object and the item's Key of a folded map; returns the item's index. */
function emitEntry(
  out: StructureElement[],
  source: StructureElement,
  emit: Emit,
  firstKey: string,
): number {
  const array = copy(out, source, emit);
  Object.assign(array, { kind: 'Array', primitiveType: 'Unknown' });
  const item = copy(out, source, { path: `${emit.path}|(Object)`, key: null, parent: array.index });
  Object.assign(item, { kind: 'Object', minOccurs: 0, maxOccurs: -1, nillable: false, notes: [] });
  const key = copy(out, source, {
    path: `${emit.path}|(Object)|Key`,
    key: 'Key',
    parent: item.index,
  });
  Object.assign(key, {
    kind: 'Value',
    primitiveType: 'String',
    sample: JSON.stringify(firstKey),
    notes: [],
  });
  delete key.studioProType;
  return item.index;
}
