import type { ElementKind, StructureElement, StructureFinding } from './types';
import { Seen, primitiveMask } from './merge-node';
import type { MergeNode } from './merge-node';
import { resolvePrimitive, sampleFor } from './primitive-type';
import { describeStudioProDifferences, epochNote, isEpochTimestamp } from './studio-pro-findings';

type Role = 'root' | 'key' | 'item';

export interface BuiltElements {
  elements: StructureElement[];
  findings: StructureFinding[];
  /** Paths the AWS model says are maps (fold them) and structures (never fold them). */
  modelMaps: Set<string>;
  modelStructures: Set<string>;
}

interface Pending {
  node: MergeNode;
  parent: number;
  role: Role;
  path: string;
  /** The parent merge node, to tell optional keys. */
  holder: MergeNode | null;
}

/** Turns the merged tree into flat pre-order elements (names still empty) and structural findings. */
export function buildElements(
  root: MergeNode,
  protocol: string | undefined,
  modelled = false,
): BuiltElements {
  const elements: StructureElement[] = [];
  const findings: StructureFinding[] = [];
  const modelMaps = new Set<string>();
  const modelStructures = new Set<string>();
  const epochProtocol = protocol === 'json' || protocol === 'rest-json';
  const rootPath =
    (root.seen & Seen.object) === 0 && (root.seen & Seen.array) !== 0 ? '(Array)' : '(Object)';
  const stack: Pending[] = [{ node: root, parent: -1, role: 'root', path: rootPath, holder: null }];
  // Whether Studio Pro's first-item rule reaches each element, by index.
  const visible: boolean[] = [];
  while (stack.length > 0) {
    const pending = stack.pop() as Pending;
    const { node, path } = pending;
    const kind = kindOf(node, pending.role, path, findings);
    const element = newElement(elements, pending, kind);
    if (
      pending.role === 'key' &&
      pending.holder !== null &&
      node.presentIn < pending.holder.objectCount
    )
      element.optional = true;
    if (modelled) {
      const mark = node.model;
      element.origin = mark === null ? 'sample' : mark.inSamples ? 'both' : 'model';
      if (mark?.documentation !== undefined) element.documentation = mark.documentation;
      if (mark !== null && !mark.inSamples && pending.role === 'key')
        if (mark.required === true) delete element.optional;
        else element.optional = true;
      // Required in the model and never missing from a sample: the element must occur.
      if (mark?.required === true && pending.role === 'key' && element.optional !== true)
        element.minOccurs = 1;
      if (mark?.map === true) modelMaps.add(path);
      else if (mark?.shapeType === 'structure') modelStructures.add(path);
    }
    const parentVisible = pending.parent < 0 || visible[pending.parent] === true;
    visible[element.index] = describeStudioProDifferences(
      element,
      node,
      { parentVisible, isItem: pending.role === 'item' },
      findings,
    );
    if (kind === 'Object') {
      for (let k = node.children.length - 1; k >= 0; k--) {
        const child = node.children[k] as MergeNode;
        stack.push({
          node: child,
          parent: element.index,
          role: 'key',
          path: `${path}|${child.key as string}`,
          holder: node,
        });
      }
    } else if (kind === 'Array') {
      pushItem(node, element, stack, findings);
    } else if (kind === 'Wrapper') {
      const value = addValue(elements, {
        node,
        parent: element.index,
        role: 'item',
        path: `${path}|(Value)`,
        holder: null,
      });
      visible[value.index] = describeStudioProDifferences(
        value,
        node,
        { parentVisible: visible[element.index] === true, isItem: true },
        findings,
      );
    } else {
      fillValue(element, node);
      if (epochProtocol && node.model?.type === undefined && isEpochTimestamp(element)) {
        element.notes.push(epochNote);
        findings.push({
          kind: 'epoch-timestamp',
          severity: 'info',
          path,
          message: `${node.key ?? 'This value'} looks like a timestamp sent as epoch seconds (${element.primitiveType}), as JSON-protocol services do; Studio Pro keeps it a number, not a DateTime.`,
        });
      }
    }
  }
  return { elements, findings, modelMaps, modelStructures };
}

function kindOf(
  node: MergeNode,
  role: Role,
  path: string,
  findings: StructureFinding[],
): ElementKind {
  const isObject = (node.seen & Seen.object) !== 0;
  const isArray = (node.seen & Seen.array) !== 0;
  const hasValues = (node.seen & primitiveMask) !== 0;
  if (Number(isObject) + Number(isArray) + Number(hasValues) > 1) {
    const kinds = [isObject ? 'objects' : '', isArray ? 'arrays' : '', hasValues ? 'values' : '']
      .filter(Boolean)
      .join(' and ');
    findings.push({
      kind: role === 'item' ? 'mixed-array' : 'incompatible-types',
      severity: 'warning',
      path,
      message: `Holds ${kinds} in different places; kept as ${isObject ? 'an object' : 'an array'}. Studio Pro ${role === 'item' ? 'rejects mixed arrays' : 'would follow the first one it reads'}.`,
    });
  }
  if (isObject) return 'Object';
  if (isArray) return 'Array';
  return role === 'item' ? 'Wrapper' : 'Value';
}

function newElement(
  elements: StructureElement[],
  pending: Pending,
  kind: ElementKind,
): StructureElement {
  const parent = pending.parent < 0 ? undefined : elements[pending.parent];
  const element: StructureElement = {
    index: elements.length,
    parent: pending.parent,
    depth: parent ? parent.depth + 1 : 0,
    children: [],
    kind,
    primitiveType: 'Unknown',
    path: pending.path,
    key: pending.role === 'key' ? pending.node.key : null,
    defaultName: '',
    name: '',
    minOccurs: pending.role === 'root' ? 1 : 0,
    maxOccurs: pending.role === 'item' ? -1 : 1,
    nillable: (pending.node.seen & Seen.null) !== 0,
    included: true,
    notes: [],
  };
  elements.push(element);
  parent?.children.push(element.index);
  return element;
}

function pushItem(
  node: MergeNode,
  element: StructureElement,
  stack: Pending[],
  findings: StructureFinding[],
): void {
  const item = node.item;
  if (item === null || item.seen === 0) {
    findings.push({
      kind: 'empty-array',
      severity: 'warning',
      path: element.path,
      message:
        'Every sample has this array empty, so nothing is known about its items; save a sample with at least one item.',
    });
    element.notes.push('Always empty in the samples');
    return;
  }
  const itemIsObject = (item.seen & Seen.object) !== 0;
  const itemIsArray = !itemIsObject && (item.seen & Seen.array) !== 0;
  const segment = itemIsObject ? '(Object)' : itemIsArray ? '(Array)' : '(Wrapper)';
  stack.push({
    node: item,
    parent: element.index,
    role: 'item',
    path: `${element.path}|${segment}`,
    holder: null,
  });
}

function addValue(elements: StructureElement[], pending: Pending): StructureElement {
  const value = newElement(elements, pending, 'Value');
  value.minOccurs = 1;
  value.maxOccurs = 1;
  fillValue(value, pending.node);
  return value;
}

function fillValue(element: StructureElement, node: MergeNode): void {
  const type = node.model?.type ?? resolvePrimitive(node.seen).type;
  element.primitiveType = type;
  const sample = sampleFor(type, node.samples);
  if (sample !== undefined) element.sample = sample;
}
