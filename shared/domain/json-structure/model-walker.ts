import { resolveRef, typeOf } from '../../aws/shapes';
import type { OperationModel, ShapeRef, ShapeType } from '../../aws/shapes';
import { Seen, numberMask } from './merge-node';
import type { ModelMark, MergeNode } from './merge-node';
import {
  MAX_MODEL_DEPTH,
  MAX_MODEL_NODES,
  limitFinding,
  modelMapFinding,
  shapeConflictFinding,
  valueFindings,
} from './model-findings';
import {
  chooseType,
  primitiveOfShape,
  seedEpochDate,
  seedFromText,
  seedSample,
  seenFlagOf,
} from './model-types';
import { inBody, itemSegment, memberLabel, recursesInto, wireKey } from './model-wire';
import type { Ancestors } from './model-wire';
import { resolvePrimitive } from './primitive-type';
import type { StructureFinding } from './types';

// The walk of model-overlay.ts: one position of the merged tree and one shape reference at a time,
// without recursion on depth. Each position gets its ModelMark; members the samples lack are added
// within the limits (recursion, MAX_MODEL_DEPTH levels, MAX_MODEL_NODES in all).

export interface Visit {
  node: MergeNode;
  ref: ShapeRef;
  required: boolean;
  ancestors: Ancestors | null;
  /** Levels added by the model alone above this one. */
  modelDepth: number;
  /** Readable location for messages: member names joined by `/`. */
  where: string;
  /** The element path this position will have (findings name elements by path). */
  path: string;
  /** Documentation of the member reference (wins over the shape's). */
  documentation?: string;
}

/** What a visit hands its children: the named shapes above them and the model-only levels. */
interface Parent {
  ancestors: Ancestors | null;
  modelDepth: number;
}

/** A readable location for the items of a list or the values of a map. */
const itemLabel = (where: string, suffix: '[]' | '{}'): string =>
  `${where || 'the response'}${suffix}`;

export class Walker {
  private added = 0;
  private readonly noted = new Set<string>();
  private readonly stack: Visit[] = [];

  constructor(
    private readonly model: OperationModel,
    private readonly xml: boolean,
    private readonly findings: StructureFinding[],
  ) {}

  run(first: Visit): void {
    this.stack.push(first);
    while (this.stack.length > 0) this.visit(this.stack.pop() as Visit);
  }

  /** Queues a child position to visit, with the member reference that describes it. */
  private enqueue(
    parent: Parent,
    node: MergeNode,
    ref: ShapeRef,
    at: { required: boolean; where: string; path: string },
  ): void {
    const visit: Visit = { node, ref, ...parent, ...at };
    if (ref.documentation !== undefined) visit.documentation = ref.documentation;
    this.stack.push(visit);
  }

  private once(key: string, make: () => StructureFinding): void {
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.findings.push(make());
  }

  /** The child for a member, or undefined when the model may not add it here (depth, recursion, size). */
  private childFor(visit: Visit, key: string, ref: ShapeRef): MergeNode | undefined {
    const existing = visit.node.find(key);
    if (existing !== undefined) return existing;
    const target = recursesInto(this.model.shapes, ref, visit.ancestors);
    if (target !== undefined) {
      this.once(`recursive:${target}`, () =>
        limitFinding('recursive', visit.path, memberLabel(visit.where, key)),
      );
      return undefined;
    }
    if (visit.modelDepth >= MAX_MODEL_DEPTH) {
      this.once('depth', () => limitFinding('depth', visit.path, memberLabel(visit.where, key)));
      return undefined;
    }
    if (this.added >= MAX_MODEL_NODES) {
      this.once('size', () => limitFinding('size', visit.path, memberLabel(visit.where, key)));
      return undefined;
    }
    this.added += 1;
    return visit.node.child(key);
  }

  private visit(visit: Visit): void {
    const { node } = visit;
    const ref = resolveRef(this.model.shapes, visit.ref);
    const type = typeOf(ref);
    const inSamples = node.seen !== 0 || node.model?.inSamples === true;
    const mark: ModelMark = { inSamples, shapeType: type };
    if (visit.required) mark.required = true;
    const documentation = visit.documentation ?? ref.documentation;
    if (documentation !== undefined) mark.documentation = documentation;
    if (ref.enum !== undefined && ref.enum.length > 0) mark.enumValues = ref.enum;
    node.model = mark;
    // The checks for recursion below this position include this position's own shape.
    if (ref.shape !== undefined) visit.ancestors = { shape: ref.shape, up: visit.ancestors };
    const parent: Parent = {
      ancestors: visit.ancestors,
      modelDepth: inSamples ? 0 : visit.modelDepth + 1,
    };
    if (type === 'structure') this.structure(visit, ref, parent);
    else if (type === 'list') this.list(visit, ref, parent);
    else if (type === 'map') this.map(visit, ref, mark, parent);
    else this.value(visit, ref, mark, type);
  }

  private structure(visit: Visit, ref: ShapeRef, parent: Parent): void {
    const { node } = visit;
    if (node.seen !== 0 && (node.seen & (Seen.object | Seen.null)) === 0) {
      // An empty XML element reads as "" where the model has a structure: nothing to lay over.
      if (!this.xml) this.conflict(visit, 'an object', node);
      return;
    }
    node.markObject();
    const required = new Set(ref.required ?? []);
    const members = Object.entries(ref.members ?? {}).map(([name, memberRef]) => ({
      name,
      ref: memberRef,
      key: wireKey(name, memberRef, resolveRef(this.model.shapes, memberRef), this.xml),
    }));
    // Queued in reverse so members are visited, and added, in the model's order.
    for (let k = members.length - 1; k >= 0; k--) {
      const member = members[k] as (typeof members)[number];
      if (!inBody(member.ref)) continue;
      const child = this.childFor(visit, member.key, member.ref);
      if (child === undefined) continue;
      this.enqueue(parent, child, member.ref, {
        required: required.has(member.name),
        where: memberLabel(visit.where, member.name),
        path: `${visit.path}|${member.key}`,
      });
    }
    node.orderBy(members.map((member) => member.key));
  }

  private list(visit: Visit, ref: ShapeRef, parent: Parent): void {
    const itemRef = ref.member ?? {};
    let holder = visit.node;
    let holderPath = visit.path;
    if (this.xml && ref.flattened !== true) {
      // <Users><member>…</member></Users>: the list element wraps repeated item elements.
      if (holder.seen !== 0 && (holder.seen & (Seen.object | Seen.null)) === 0) return;
      holder.markObject();
      const itemName = itemRef.locationName ?? 'member';
      const found = holder.find(itemName);
      if (found === undefined && holder.seen !== 0 && holder.children.length > 0) {
        // The samples name the items otherwise; do not invent a second item element.
        return;
      }
      holder = found ?? holder.child(itemName);
      holderPath = `${holderPath}|${itemName}`;
    } else if (
      !this.xml &&
      (holder.seen & Seen.array) === 0 &&
      holder.seen !== 0 &&
      holder.seen !== Seen.null
    ) {
      // (In XML an element that occurred once is an object or a value: asArray makes it the item.)
      this.conflict(visit, 'a list', holder);
      return;
    }
    const holderInSamples = holder.seen !== 0;
    const item = holder.asArray();
    if (holder !== visit.node) holder.model = { inSamples: holderInSamples, shapeType: 'list' };
    if (item.seen === 0 && holder.seen === Seen.array) {
      // A model-only item: stop here when its shape is one of its ancestors (recursion).
      if (recursesInto(this.model.shapes, itemRef, visit.ancestors) !== undefined) return;
    }
    this.enqueue(parent, item, itemRef, {
      required: false,
      where: itemLabel(visit.where, '[]'),
      path: `${holderPath}|${itemSegment(this.model.shapes, itemRef, this.xml)}`,
    });
  }

  private map(visit: Visit, ref: ShapeRef, mark: ModelMark, parent: Parent): void {
    const keyRef = ref.key ?? {};
    const valueRef = ref.value ?? {};
    if (this.xml) {
      // XML maps are lists of <entry><key/><value/></entry> (or flattened entries).
      const entry: ShapeRef = {
        type: 'structure',
        locationName: 'entry',
        members: {
          [keyRef.locationName ?? 'key']: { ...keyRef, locationName: undefined },
          [valueRef.locationName ?? 'value']: { ...valueRef, locationName: undefined },
        },
      };
      this.list(visit, { type: 'list', member: entry, flattened: ref.flattened === true }, parent);
      return;
    }
    const { node } = visit;
    const value = {
      required: false,
      where: itemLabel(visit.where, '{}'),
      path: `${visit.path}|(Object)|Value`,
    };
    this.once(`map:${visit.path}`, () => modelMapFinding(visit.path, visit.where));
    if ((node.seen & Seen.object) !== 0 && node.children.length > 0) {
      // Folded into Key/Value items after the elements are built (map-keys.ts).
      mark.map = true;
      for (const child of node.children) this.enqueue(parent, child, valueRef, value);
      return;
    }
    if (node.seen !== 0 && (node.seen & (Seen.object | Seen.null)) === 0) {
      this.conflict(visit, 'a map', node);
      return;
    }
    // Only the model knows this map (or every sample had it empty): write the folded form directly.
    node.seen = Seen.array | (node.seen & Seen.null);
    node.firstSeen = node.seen;
    node.itemCount = 1;
    const item = node.itemNode();
    item.markObject();
    item.model = { inSamples: false, shapeType: 'structure' };
    const key = item.child('Key');
    key.seen = Seen.string;
    key.firstSeen = Seen.string;
    key.presentIn = 1;
    key.model = { inSamples: false, shapeType: 'string', type: 'String', required: true };
    const keyEnum = resolveRef(this.model.shapes, keyRef).enum;
    key.writableSamples().string = JSON.stringify(keyEnum?.[0] ?? 'key');
    const valueNode = item.child('Value');
    valueNode.presentIn = 1;
    this.enqueue(parent, valueNode, valueRef, value);
  }

  private value(visit: Visit, ref: ShapeRef, mark: ModelMark, type: ShapeType): void {
    const { node } = visit;
    const modelType = primitiveOfShape(type) ?? 'String';
    if ((node.seen & (Seen.object | Seen.array)) !== 0) {
      this.conflict(visit, `a ${type}`, node);
      return;
    }
    const sampled = resolvePrimitive(node.seen).type;
    const choice = chooseType(sampled, modelType, this.xml);
    mark.type = choice.type;
    if (choice.epoch === true) seedEpochDate(node);
    if (this.xml && sampled === 'String') seedFromText(node, choice.type);
    if (node.seen === 0 || node.seen === Seen.null) {
      node.seen |= seenFlagOf[choice.type];
      if (node.firstSeen === 0 && !mark.inSamples) node.firstSeen = node.seen;
      seedSample(node, choice.type, mark.enumValues);
    }
    this.findings.push(
      ...valueFindings(visit.path, visit.where, {
        choice,
        sampled,
        awsType: type,
        timestampFormat: ref.timestampFormat,
        enumValues: mark.enumValues,
        xml: this.xml,
      }),
    );
  }

  private conflict(visit: Visit, expected: string, node: MergeNode): void {
    const seen =
      (node.seen & Seen.object) !== 0
        ? 'an object'
        : (node.seen & Seen.array) !== 0
          ? 'a list'
          : (node.seen & numberMask) !== 0
            ? 'a number'
            : 'a value';
    this.findings.push(shapeConflictFinding(visit.path, visit.where, expected, seen));
  }
}
