/** Kinds of JSON structure elements, exactly as Studio Pro names them. */
export type ElementKind = 'Object' | 'Array' | 'Wrapper' | 'Value';

/** Primitive types of a Value element; containers carry Unknown. */
export type PrimitiveType =
  'String' | 'Integer' | 'Long' | 'Decimal' | 'Boolean' | 'DateTime' | 'Unknown';

/**
 * One element of the tree. The tree is stored flat in pre-order (parents before children) so no
 * step needs recursion on the depth of the input.
 */
export interface StructureElement {
  index: number;
  /** Index of the parent element, -1 for the root. */
  parent: number;
  depth: number;
  children: number[];
  kind: ElementKind;
  primitiveType: PrimitiveType;
  /** Mendix path: raw keys joined by `|`, anonymous levels `(Object)` / `(Array)`. */
  path: string;
  /** The JSON key, or null for anonymous levels (root, array items). */
  key: string | null;
  /** The exposed name Studio Pro would give (before user decisions). */
  defaultName: string;
  /** The exposed name after the user's custom name, if any. */
  name: string;
  minOccurs: 0 | 1;
  /** -1 for unbounded (array items). */
  maxOccurs: 1 | -1;
  nillable: boolean;
  /** A sample value as JSON literal text, for Value elements. */
  sample?: string;
  /** Included in the import mapping (the how-to unchecks Root and primitive wrappers). */
  included: boolean;
  /** Short notes shown on the element (epoch timestamps, widened types...). */
  notes: string[];
  /** Missing from some of the objects that hold this key, in some item or sample. */
  optional?: boolean;
  /** What Studio Pro's first-item rule derives here; absent when it never sees this element. */
  studioProType?: PrimitiveType;
  /**
   * Model-complete structures only: whether the samples, the AWS model or both know this element.
   * Absent when no model was laid over the samples.
   */
  origin?: ElementOrigin;
  /** The AWS model's documentation of the member, when known. */
  documentation?: string;
}

export type ElementOrigin = 'sample' | 'model' | 'both';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface StructureFinding {
  /** Stable id of the kind of finding, e.g. `later-item-keys`, `null-sample`, `mixed-array`, `renamed-reserved`. */
  kind: string;
  severity: FindingSeverity;
  path: string;
  message: string;
}

/** The user's decisions on a structure, kept per operation and saved in collections. */
export interface StructureDecisions {
  /** Custom exposed names by element path. */
  customNames: Record<string, string>;
  /** Paths of elements the user excluded (or re-included, see `included`). */
  excluded: string[];
  included: string[];
  /** Anonymous item naming: Studio Pro 9 (`JsonObject`) or newer (singular of the array name). */
  studioProVersion: 9 | 10;
  /** Switched off model-complete mode: the structure follows the samples alone. */
  sampleOnly?: boolean;
}

export const defaultStructureDecisions: StructureDecisions = {
  customNames: {},
  excluded: [],
  included: [],
  studioProVersion: 10,
};

export interface JsonStructure {
  elements: StructureElement[];
  findings: StructureFinding[];
  /** Protocol of the service the samples came from; `json` marks epoch-number timestamps. */
  protocol?: string;
  /** The Studio Pro version whose anonymous item names `defaultName` follows. */
  studioProVersion?: 9 | 10;
  /** The AWS operation whose output model was laid over the samples (model-complete mode). */
  model?: { service: string; operation: string };
}
