/**
 * The input and output shapes of AWS operations, as aws-sdk v2's (minified) API models declare them,
 * with enum values and documentation added from the SDK's type declarations. One file per service is
 * generated at build time (build/generate-shapes.mjs, into dist/aws-shapes/) and read on the
 * privileged side only when an operation of that service is modelled, so start-up does not grow.
 *
 * The format is AWS's own: a reference is either `{ shape: "S12", ...member traits }` pointing into
 * `shapes`, or an inline shape with its traits; a reference without `type` or `shape` is a string.
 */

export type ShapeType =
  | 'structure'
  | 'list'
  | 'map'
  | 'string'
  | 'integer'
  | 'long'
  | 'float'
  | 'double'
  | 'bigdecimal'
  | 'boolean'
  | 'timestamp'
  | 'blob'
  | 'char'
  | 'biginteger'
  | 'byte'
  | 'short';

/** A member reference or an inline shape (the two are merged in aws-sdk v2's models). */
export interface ShapeRef {
  /** Name of a shape in the service's table; its traits are overridden by the reference's own. */
  shape?: string;
  /** Absent means `string` (the minified models drop it). */
  type?: ShapeType;
  members?: Record<string, ShapeRef>;
  /** structure: names of required members. */
  required?: string[];
  /** structure: the member that is the whole body (rest protocols). */
  payload?: string;
  /** list: the item. */
  member?: ShapeRef;
  /** map: key and value. */
  key?: ShapeRef;
  value?: ShapeRef;
  /** XML: a list or map whose items repeat without a wrapper element. */
  flattened?: boolean;
  /** The wire name: the XML element (or, for rest-json bodies and query, the key) when it differs from the member name. */
  locationName?: string;
  /** JSON key when it differs from the member name (a few json services). */
  jsonName?: string;
  /** query protocol (ec2): the parameter name. */
  queryName?: string;
  /** Where a rest member travels: `uri`, `querystring`, `header`, `headers`, `statusCode`; absent is the body. */
  location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';
  xmlAttribute?: boolean;
  /** timestamp: `iso8601`, `unixTimestamp` or `rfc822`; defaults depend on protocol and location. */
  timestampFormat?: string;
  /** string: the documented enum values (from the SDK's type declarations). */
  enum?: string[];
  /** Plain-text documentation of the member or shape (from the SDK's type declarations). */
  documentation?: string;
  /** query protocol: the element the output is wrapped in (`ListUsersResult`). */
  resultWrapper?: string;
  /** A structure that is an exception, a union, a streaming blob, an event stream. */
  exception?: boolean;
  union?: boolean;
  streaming?: boolean;
  eventstream?: boolean;
  sensitive?: boolean;
  /** min/max trait: string length or list size; a number range for numbers. */
  min?: number;
  max?: number;
}

/** One operation's input and output references (the output carries `resultWrapper` for query services). */
export interface OperationShapes {
  input?: ShapeRef;
  output?: ShapeRef;
}

/** One service's shapes file (`dist/aws-shapes/<catalog id>.json`). */
export interface ServiceShapes {
  /** Catalog id of the service (`polly`, `dynamodb`). */
  service: string;
  protocol: string;
  /** The service's default timestamp format, when its model sets one. */
  timestampFormat?: string;
  operations: Record<string, OperationShapes>;
  shapes: Record<string, ShapeRef>;
}

/** What the privileged side reads shapes from: undefined when the service has no shapes file. */
export interface ShapeSource {
  serviceShapes(serviceId: string): Promise<ServiceShapes | undefined>;
}

/**
 * A reference with its named shape folded in: the reference's own traits (location name,
 * documentation, timestamp format) win over the shape's, as in the AWS models.
 */
export function resolveRef(shapes: Readonly<Record<string, ShapeRef>>, ref: ShapeRef): ShapeRef {
  if (ref.shape === undefined) return ref;
  const target = shapes[ref.shape];
  if (target === undefined) return { ...ref, shape: undefined };
  const { shape, ...traits } = ref;
  return { ...target, ...traits, shape };
}

/** The type of a resolved reference (absent is `string`). */
export function typeOf(ref: ShapeRef): ShapeType {
  return ref.type ?? 'string';
}

/**
 * One operation's side (input or output) with only the shapes it reaches, so it can travel to a
 * worker or be stored with a request without the whole service.
 */
export interface OperationModel {
  service: string;
  operation: string;
  protocol: string;
  timestampFormat?: string;
  root: ShapeRef;
  shapes: Record<string, ShapeRef>;
}

/** The named shapes reachable from `root`, walked without recursion (recursive shapes appear once). */
export function reachableShapes(
  all: Readonly<Record<string, ShapeRef>>,
  root: ShapeRef,
): Record<string, ShapeRef> {
  const found: Record<string, ShapeRef> = {};
  const stack: ShapeRef[] = [root];
  while (stack.length > 0) {
    const ref = stack.pop() as ShapeRef;
    if (ref.shape !== undefined && found[ref.shape] === undefined) {
      const target = all[ref.shape];
      if (target !== undefined) {
        found[ref.shape] = target;
        stack.push(target);
      }
    }
    if (ref.members) stack.push(...Object.values(ref.members));
    if (ref.member) stack.push(ref.member);
    if (ref.key) stack.push(ref.key);
    if (ref.value) stack.push(ref.value);
  }
  return found;
}

/** The input or output model of an operation (case-insensitive name), or undefined when the model has none. */
export function operationModel(
  service: ServiceShapes,
  operationName: string,
  side: 'input' | 'output',
): OperationModel | undefined {
  const wanted = operationName.trim().toLowerCase();
  const name = Object.keys(service.operations).find((key) => key.toLowerCase() === wanted);
  if (name === undefined) return undefined;
  const root = service.operations[name]?.[side];
  if (root === undefined) return undefined;
  const model: OperationModel = {
    service: service.service,
    operation: name,
    protocol: service.protocol,
    root,
    shapes: reachableShapes(service.shapes, root),
  };
  if (service.timestampFormat !== undefined) model.timestampFormat = service.timestampFormat;
  return model;
}
