import { resolveRef, typeOf } from '../../aws/shapes';
import type { OperationModel, ShapeRef, ShapeType } from '../../aws/shapes';
import { Seen, numberMask } from './merge-node';
import type { ModelMark, MergeNode } from './merge-node';
import { resolvePrimitive } from './primitive-type';
import type { PrimitiveType, StructureFinding } from './types';

/**
 * Model-complete structures: the operation's output shape from the AWS model is laid over the tree
 * merged from the samples, before elements are built. Members the samples never showed are added
 * (with plausible example values, so the representative snippet carries them), types come from the
 * shape where the samples cannot tell (a long holding small numbers, a timestamp, a null), lists
 * stay lists with one item, maps are marked for folding into Key/Value items, and each position
 * records whether the samples, the model or both know it. Rules and limits: docs/rules/json-structure.md.
 */

/** Levels of nesting the model alone may add below what the samples show. */
export const MAX_MODEL_DEPTH = 8;
/** Positions the model alone may add in all; past it the rest is left out with a finding. */
export const MAX_MODEL_NODES = 5000;

const xmlProtocols = new Set(['query', 'ec2', 'rest-xml']);

/** The Mendix primitive type of an AWS shape type; undefined for containers. */
export function primitiveOfShape(type: ShapeType): PrimitiveType | undefined {
  switch (type) {
    case 'string':
    case 'char':
    case 'blob':
      return 'String';
    case 'integer':
    case 'short':
    case 'byte':
      return 'Integer';
    case 'long':
    case 'biginteger':
      return 'Long';
    case 'float':
    case 'double':
    case 'bigdecimal':
      return 'Decimal';
    case 'boolean':
      return 'Boolean';
    case 'timestamp':
      return 'DateTime';
    case 'structure':
    case 'list':
    case 'map':
      return undefined;
  }
}

const seenFlagOf: Record<PrimitiveType, number> = {
  String: Seen.string,
  DateTime: Seen.dateTime,
  Integer: Seen.integer,
  Long: Seen.long,
  Decimal: Seen.decimal,
  Boolean: Seen.boolean,
  Unknown: 0,
};

const numberRank: Partial<Record<PrimitiveType, number>> = { Integer: 1, Long: 2, Decimal: 3 };

interface TypeChoice {
  type: PrimitiveType;
  /** Why the model's type was not taken as is, as a finding. */
  conflict?: string;
  /** The sample's numbers are epoch seconds of a model timestamp. */
  epoch?: boolean;
}

/**
 * The type of a value the samples saw as `sampled` and the model declares `model`: the model's where
 * it is the same or wider (or the samples cannot tell), the samples' where they hold more than the
 * model allows. XML text carries every value as a string, so there the model decides.
 */
export function chooseType(sampled: PrimitiveType, model: PrimitiveType, xml: boolean): TypeChoice {
  if (sampled === 'Unknown' || sampled === model || xml) return { type: model };
  const rs = numberRank[sampled];
  const rm = numberRank[model];
  if (rs !== undefined && rm !== undefined) return { type: rm >= rs ? model : sampled };
  if (model === 'DateTime' && rs !== undefined) return { type: 'DateTime', epoch: true };
  if (model === 'String') return { type: 'String' };
  if (model === 'DateTime' && sampled === 'String')
    return {
      type: 'String',
      conflict: 'the model says timestamp, but the samples hold text that is not an ISO 8601 date',
    };
  return {
    type: sampled === 'String' ? 'String' : widest(sampled, model),
    conflict: `the model says ${model}, but the samples hold ${sampled}`,
  };
}

function widest(a: PrimitiveType, b: PrimitiveType): PrimitiveType {
  const ra = numberRank[a];
  const rb = numberRank[b];
  if (ra !== undefined && rb !== undefined) return ra >= rb ? a : b;
  return 'String';
}

/** Example literal for a value only the model knows: a real enum value, else `sampleFor`'s fallback. */
function seedSample(
  node: MergeNode,
  type: PrimitiveType,
  enumValues: readonly string[] | undefined,
) {
  if (type === 'String' && enumValues !== undefined && enumValues.length > 0)
    node.writableSamples().string = JSON.stringify(enumValues[0]);
}

/** An ISO 8601 example for a timestamp the samples carry as epoch seconds: the same instant. */
function seedEpochDate(node: MergeNode): void {
  const literal = node.samples.decimal ?? node.samples.long ?? node.samples.integer;
  const seconds = literal === undefined ? Number.NaN : Number(literal);
  const date = new Date(seconds * 1000);
  if (Number.isFinite(date.getTime()))
    node.writableSamples().dateTime = JSON.stringify(date.toISOString());
}

/** XML carries every value as text: the sample's own text as a literal of the model's type, where it reads as one. */
function seedFromText(node: MergeNode, type: PrimitiveType): void {
  const literal = node.samples.string;
  if (literal === undefined) return;
  let text: unknown;
  try {
    text = JSON.parse(literal);
  } catch {
    return;
  }
  if (typeof text !== 'string') return;
  const slots = node.writableSamples();
  if (type === 'Boolean' && (text === 'true' || text === 'false')) slots.boolean = text;
  else if (type === 'Integer' && /^-?\d{1,9}$/.test(text)) slots.integer = text;
  else if (type === 'Long' && /^-?\d{10,18}$/.test(text) && Math.abs(Number(text)) > 2147483647)
    slots.long = text;
  else if (type === 'Decimal' && /^-?\d+\.\d+$/.test(text)) slots.decimal = text;
}

/** A chain of named shapes from the root, to notice recursion. */
interface Ancestors {
  shape: string;
  up: Ancestors | null;
}

function within(ancestors: Ancestors | null, shape: string | undefined): boolean {
  if (shape === undefined) return false;
  for (let a = ancestors; a !== null; a = a.up) if (a.shape === shape) return true;
  return false;
}

interface Visit {
  node: MergeNode;
  ref: ShapeRef;
  /** Member name in the model (for messages), null for list items and the root. */
  name: string | null;
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

/** What the overlay did, for the summary finding and tests. */
export interface OverlayResult {
  findings: StructureFinding[];
  /** Whether the model was laid over the samples (false when the body is not modelled). */
  applied: boolean;
  /** Positions the model added that no sample showed. */
  modelOnly: number;
  /** Positions both know. */
  both: number;
}

/** A readable member location: `Voices[]/Gender`. */
const memberLabel = (where: string, key: string): string =>
  where === '' ? key : `${where}/${key}`;

const finding = (
  kind: string,
  severity: StructureFinding['severity'],
  path: string,
  message: string,
): StructureFinding => ({ kind, severity, path, message });

/** The element path segment of an item of this shape (model-only maps become Key/Value lists). */
function itemSegment(
  shapes: Readonly<Record<string, ShapeRef>>,
  ref: ShapeRef,
  xml: boolean,
): string {
  const type = typeOf(resolveRef(shapes, ref));
  if (type === 'structure') return '(Object)';
  if (type === 'list' || (type === 'map' && !xml)) return '(Array)';
  return type === 'map' ? '(Object)' : '(Wrapper)';
}

/**
 * Whether a member leads back to one of its ancestors' shapes through lists and maps (a recursive
 * shape such as DynamoDB's AttributeValue), to stop before adding it.
 */
function recursesInto(
  shapes: Readonly<Record<string, ShapeRef>>,
  ref: ShapeRef,
  ancestors: Ancestors | null,
): string | undefined {
  let at: ShapeRef | undefined = ref;
  for (let hops = 0; at !== undefined && hops < 16; hops++) {
    if (at.shape !== undefined && within(ancestors, at.shape)) return at.shape;
    const resolved = resolveRef(shapes, at);
    at =
      resolved.type === 'list'
        ? resolved.member
        : resolved.type === 'map'
          ? resolved.value
          : undefined;
  }
  return undefined;
}

/** The key a member has in the samples' JSON (or XML-to-JSON) form. */
function wireKey(name: string, ref: ShapeRef, resolved: ShapeRef, xml: boolean): string {
  if (!xml) return ref.jsonName ?? ref.locationName ?? name;
  if (typeOf(resolved) === 'list' && resolved.flattened === true && resolved.member?.locationName)
    return resolved.member.locationName;
  const element = ref.locationName ?? name;
  return ref.xmlAttribute === true ? `@_${element}` : element;
}

/** A member carried outside the body (headers, status code, URI, query) is not in the samples. */
function inBody(ref: ShapeRef): boolean {
  return ref.location === undefined;
}

/**
 * Lays the operation's output model over the merged tree. `root` is the samples' root: the body of a
 * JSON response, or the content of an XML response's document element.
 */
export function overlayModel(root: MergeNode, model: OperationModel): OverlayResult {
  const xml = xmlProtocols.has(model.protocol);
  const result: OverlayResult = { findings: [], applied: false, modelOnly: 0, both: 0 };
  const label = `${model.service} ${model.operation}`;
  let body = resolveRef(model.shapes, model.root);
  const wrapper = body.resultWrapper;
  if (body.payload !== undefined) {
    const payloadRef = body.members?.[body.payload];
    const payload = payloadRef ? resolveRef(model.shapes, payloadRef) : undefined;
    if (payload === undefined || typeOf(payload) !== 'structure') {
      result.findings.push(
        finding(
          'model-not-body',
          'info',
          '(Object)',
          `The AWS model of ${label} returns its body as raw ${payload ? typeOf(payload) : 'data'} (${body.payload}), not a structure: the structure follows the samples alone.`,
        ),
      );
      return result;
    }
    body = payload;
  }
  if (root.seen !== 0 && (root.seen & Seen.object) === 0) {
    result.findings.push(
      finding(
        'model-mismatch',
        'warning',
        '(Object)',
        `The samples are not an object, but the AWS model of ${label} returns one: the structure follows the samples alone. Are these samples of ${label}?`,
      ),
    );
    return result;
  }
  let start = root;
  let path = '(Object)';
  // The envelope above the output (the document element, a query wrapper) is known to both.
  const envelope = (node: MergeNode) => {
    node.model ??= { inSamples: node.seen !== 0, shapeType: 'structure' };
  };
  const only = root.children.length === 1 ? root.children[0] : undefined;
  if (
    xml &&
    only !== undefined &&
    (only.seen & Seen.object) !== 0 &&
    !isMemberKey(body, only.key)
  ) {
    // Samples still wrapped in their document element (`{"ListBucketResult": {…}}`): lay over its content.
    envelope(start);
    start = only;
    path = `${path}|${only.key as string}`;
  }
  if (xml && wrapper !== undefined) {
    // Query services wrap the output in <OperationResult> inside the document element.
    if (start.seen === 0) markObject(start);
    envelope(start);
    start = start.find(wrapper) ?? start.child(wrapper);
    path = `${path}|${wrapper}`;
  }
  result.applied = true;
  const walker = new Walker(model, xml, result);
  walker.run({
    node: start,
    ref: model.root.payload === undefined ? model.root : body,
    name: null,
    required: true,
    ancestors: null,
    modelDepth: 0,
    where: '',
    path,
  });
  return result;
}

/** Whether `key` is the wire name of one of the body's members (XML element names). */
function isMemberKey(body: ShapeRef, key: string | null): boolean {
  if (key === null) return false;
  return Object.entries(body.members ?? {}).some(
    ([name, ref]) => (ref.locationName ?? name) === key || name === key,
  );
}

function markObject(node: MergeNode): void {
  node.seen |= Seen.object;
  node.firstSeen |= Seen.object;
  if (node.objectCount === 0) node.objectCount = 1;
}

function markArray(node: MergeNode): MergeNode {
  if ((node.seen & Seen.array) === 0) {
    if (node.seen !== 0 && (node.seen & Seen.null) !== node.seen) {
      node.demoteToItem();
    } else {
      node.seen |= Seen.array;
      node.firstSeen |= Seen.array;
    }
  }
  if (node.itemCount === 0) node.itemCount = 1;
  return node.itemNode();
}

class Walker {
  private added = 0;
  private readonly noted = new Set<string>();

  constructor(
    private readonly model: OperationModel,
    private readonly xml: boolean,
    private readonly result: OverlayResult,
  ) {}

  run(first: Visit): void {
    const stack: Visit[] = [first];
    while (stack.length > 0) this.visit(stack.pop() as Visit, stack);
  }

  private once(key: string, make: () => StructureFinding): void {
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.result.findings.push(make());
  }

  /** The child for a member, or undefined when the model may not add it here (depth, recursion, size). */
  private childFor(visit: Visit, key: string, ref: ShapeRef): MergeNode | undefined {
    const existing = visit.node.find(key);
    if (existing !== undefined) return existing;
    const target = recursesInto(this.model.shapes, ref, visit.ancestors);
    if (target !== undefined) {
      this.once(`recursive:${target}`, () =>
        finding(
          'model-recursive',
          'info',
          visit.path,
          `${memberLabel(visit.where, key)} is recursive in the AWS model (its shape contains itself, as DynamoDB's AttributeValue does). A JSON structure is a fixed tree, so the model adds one level of it and no more; deeper levels appear only as far as the samples show them. Read deeper data as text, or model the levels you need from samples.`,
        ),
      );
      return undefined;
    }
    if (visit.modelDepth >= MAX_MODEL_DEPTH) {
      this.once('depth', () =>
        finding(
          'model-depth-limit',
          'info',
          visit.path,
          `The AWS model nests deeper than ${MAX_MODEL_DEPTH} levels below what the samples show (at ${memberLabel(visit.where, key)}); deeper members are left out. Save a sample that reaches them to include them.`,
        ),
      );
      return undefined;
    }
    if (this.added >= MAX_MODEL_NODES) {
      this.once('size', () =>
        finding(
          'model-size-limit',
          'warning',
          visit.path,
          `The AWS model adds more than ${MAX_MODEL_NODES} elements the samples do not show; the rest (from ${memberLabel(visit.where, key)}) is left out.`,
        ),
      );
      return undefined;
    }
    this.added += 1;
    return visit.node.child(key);
  }

  private visit(visit: Visit, stack: Visit[]): void {
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
    if (inSamples) this.result.both += 1;
    else this.result.modelOnly += 1;
    const ancestors =
      ref.shape !== undefined ? { shape: ref.shape, up: visit.ancestors } : visit.ancestors;
    // The checks for recursion below this position include this position's own shape.
    visit.ancestors = ancestors;
    const modelDepth = inSamples ? 0 : visit.modelDepth + 1;
    const next = (
      child: MergeNode,
      childRef: ShapeRef,
      name: string | null,
      required: boolean,
      where: string,
      path: string,
    ): Visit => {
      const v: Visit = {
        node: child,
        ref: childRef,
        name,
        required,
        ancestors,
        modelDepth,
        where,
        path,
      };
      if (childRef.documentation !== undefined) v.documentation = childRef.documentation;
      return v;
    };
    switch (type) {
      case 'structure':
        this.structure(visit, ref, (child, r, n, req, w, p) =>
          stack.push(next(child, r, n, req, w, p)),
        );
        return;
      case 'list':
        this.list(visit, ref, (child, r, w, p) => stack.push(next(child, r, null, false, w, p)));
        return;
      case 'map':
        this.map(visit, ref, mark, (child, r, w, p) =>
          stack.push(next(child, r, null, false, w, p)),
        );
        return;
      case 'string':
      case 'char':
      case 'blob':
      case 'integer':
      case 'short':
      case 'byte':
      case 'long':
      case 'biginteger':
      case 'float':
      case 'double':
      case 'bigdecimal':
      case 'boolean':
      case 'timestamp':
        this.value(visit, ref, mark, type);
    }
  }

  private structure(
    visit: Visit,
    ref: ShapeRef,
    push: (
      child: MergeNode,
      ref: ShapeRef,
      name: string,
      required: boolean,
      where: string,
      path: string,
    ) => void,
  ): void {
    const { node } = visit;
    if (node.seen !== 0 && (node.seen & (Seen.object | Seen.null)) === 0) {
      // An empty XML element reads as "" where the model has a structure: nothing to lay over.
      if (!this.xml) this.conflict(visit, 'an object', node);
      return;
    }
    markObject(node);
    const required = new Set(ref.required ?? []);
    const members = Object.entries(ref.members ?? {});
    // Pushed in reverse so members are visited, and added, in the model's order.
    for (let k = members.length - 1; k >= 0; k--) {
      const [name, memberRef] = members[k] as [string, ShapeRef];
      if (!inBody(memberRef)) continue;
      const resolved = resolveRef(this.model.shapes, memberRef);
      const key = wireKey(name, memberRef, resolved, this.xml);
      const child = this.childFor(visit, key, memberRef);
      if (child !== undefined)
        push(
          child,
          memberRef,
          name,
          required.has(name),
          memberLabel(visit.where, name),
          `${visit.path}|${key}`,
        );
    }
    sortModelChildren(
      node,
      members.map(([name, memberRef]) =>
        wireKey(name, memberRef, resolveRef(this.model.shapes, memberRef), this.xml),
      ),
    );
  }

  private list(
    visit: Visit,
    ref: ShapeRef,
    push: (child: MergeNode, ref: ShapeRef, where: string, path: string) => void,
  ): void {
    const itemRef = ref.member ?? {};
    let holder = visit.node;
    let holderPath = visit.path;
    if (this.xml && ref.flattened !== true) {
      // <Users><member>…</member></Users>: the list element wraps repeated item elements.
      if (holder.seen !== 0 && (holder.seen & (Seen.object | Seen.null)) === 0) return;
      markObject(holder);
      const itemName = itemRef.locationName ?? 'member';
      const found = holder.find(itemName);
      if (found === undefined && holder.seen !== 0 && holder.children.length > 0) {
        // The samples name the items otherwise; do not invent a second item element.
        return;
      }
      holder = found ?? holder.child(itemName);
      holderPath = `${holderPath}|${itemName}`;
    } else if ((holder.seen & Seen.array) === 0 && holder.seen !== 0 && holder.seen !== Seen.null) {
      if (!this.xml) {
        this.conflict(visit, 'a list', holder);
        return;
      }
    }
    const holderInSamples = holder.seen !== 0;
    const item = markArray(holder);
    if (holder !== visit.node) holder.model = { inSamples: holderInSamples, shapeType: 'list' };
    if (item.seen === 0 && holder.seen === Seen.array) {
      // A model-only item: stop here when its shape is one of its ancestors (recursion).
      if (recursesInto(this.model.shapes, itemRef, visit.ancestors) !== undefined) return;
    }
    push(
      item,
      itemRef,
      `${visit.where || 'the response'}[]`,
      `${holderPath}|${itemSegment(this.model.shapes, itemRef, this.xml)}`,
    );
  }

  private map(
    visit: Visit,
    ref: ShapeRef,
    mark: ModelMark,
    push: (child: MergeNode, ref: ShapeRef, where: string, path: string) => void,
  ): void {
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
      this.list(visit, { type: 'list', member: entry, flattened: ref.flattened === true }, push);
      return;
    }
    const { node } = visit;
    const valuePath = `${visit.path}|(Object)|Value`;
    this.once(`map:${visit.path}`, () =>
      finding(
        'model-map',
        'warning',
        visit.path,
        `${visit.where} is a map in the AWS model: its keys are data, not names. It is modelled as a list of Key/Value objects. Studio Pro's import mapping selects JSON members by name and cannot read a map as AWS sends it: rewrite it into [{"Key": …, "Value": …}] before importing (a Java action on the response text), or leave it out of the import mapping.`,
      ),
    );
    if ((node.seen & Seen.object) !== 0 && node.children.length > 0) {
      // Folded into Key/Value items after the elements are built (map-keys.ts).
      mark.map = true;
      for (const child of node.children)
        push(child, valueRef, `${visit.where || 'the response'}{}`, valuePath);
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
    markObject(item);
    item.model = { inSamples: false, shapeType: 'structure' };
    const key = item.child('Key');
    key.seen = Seen.string;
    key.firstSeen = Seen.string;
    key.presentIn = 1;
    key.model = { inSamples: false, shapeType: 'string', type: 'String', required: true };
    const keyEnum = resolveRef(this.model.shapes, keyRef).enum;
    key.writableSamples().string = JSON.stringify(keyEnum?.[0] ?? 'key');
    const value = item.child('Value');
    value.presentIn = 1;
    push(value, valueRef, `${visit.where || 'the response'}{}`, valuePath);
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
    if (choice.conflict !== undefined)
      this.result.findings.push(
        finding(
          'model-type-conflict',
          'warning',
          visit.path,
          `${visit.where}: ${choice.conflict}; kept as ${choice.type}, which holds both.`,
        ),
      );
    else if (choice.epoch)
      this.result.findings.push(
        finding(
          'model-epoch-timestamp',
          'info',
          visit.path,
          `${visit.where} is a timestamp in the AWS model, sent as epoch seconds (a number) by this JSON-protocol service; the structure says DateTime, as the model does. Check with a real response that the import mapping reads it; if not, set the element to Decimal.`,
        ),
      );
    else if (sampled !== 'Unknown' && sampled !== choice.type && !this.xml)
      this.result.findings.push(
        finding(
          'model-type',
          'info',
          visit.path,
          `${visit.where} is ${choice.type} (AWS type ${type}${ref.timestampFormat ? `, ${ref.timestampFormat}` : ''}) though the samples show ${sampled}: the model knows the full range.`,
        ),
      );
    if (mark.enumValues !== undefined)
      this.result.findings.push(
        finding(
          'model-enum',
          'info',
          visit.path,
          `${visit.where} takes one of: ${mark.enumValues.slice(0, 20).join(', ')}${mark.enumValues.length > 20 ? `, … (${mark.enumValues.length} in all)` : ''}. An enumeration in the domain model could hold them; the JSON structure keeps a String.`,
        ),
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
    this.result.findings.push(
      finding(
        'model-type-conflict',
        'warning',
        visit.path,
        `${visit.where}: the AWS model says ${expected}, but the samples hold ${seen}; the structure follows the samples here.`,
      ),
    );
  }
}

/**
 * Orders an object's children: members in the model's order, then sample-only keys in the order
 * they were seen, so a model-complete structure reads like the API reference.
 */
function sortModelChildren(node: MergeNode, modelOrder: readonly string[]): void {
  if (node.children.length < 2) return;
  const rank = new Map<string, number>();
  modelOrder.forEach((key, index) => rank.set(key, index));
  const children = [...node.children].sort((a, b) => {
    const ra = rank.get(a.key as string) ?? modelOrder.length + a.order;
    const rb = rank.get(b.key as string) ?? modelOrder.length + b.order;
    return ra - rb;
  });
  node.reorder(children);
}
