import type { PrimitiveType } from './types';

/** What the AWS model says of one position of the merged tree (see model-overlay.ts). */
export interface ModelMark {
  /** Whether the samples showed this position too (else it comes from the model alone). */
  inSamples: boolean;
  /** The type the model gives a value here. */
  type?: PrimitiveType;
  /** AWS's shape type (`long`, `timestamp`, `map`...), for notes. */
  shapeType: string;
  required?: boolean;
  documentation?: string;
  enumValues?: readonly string[];
  /** A map in the model: its keys are data, fold it into Key/Value items. */
  map?: boolean;
}

/** Bit flags for what was seen at one position of the merged tree. */
export const Seen = {
  object: 1,
  array: 2,
  string: 4,
  dateTime: 8,
  integer: 16,
  long: 32,
  decimal: 64,
  boolean: 128,
  null: 256,
} as const;

export const primitiveMask =
  Seen.string | Seen.dateTime | Seen.integer | Seen.long | Seen.decimal | Seen.boolean;
export const numberMask = Seen.integer | Seen.long | Seen.decimal;

/** Sample literal slots, one per primitive kind, so the snippet can give each merged type a fitting value. */
export interface SampleSlots {
  string?: string;
  dateTime?: string;
  integer?: string;
  long?: string;
  decimal?: string;
  boolean?: string;
}

/**
 * The slots with every field present from the start: one hidden class for all of them, so the
 * scanner's accesses stay monomorphic and no transition map dies between inferences.
 */
class Samples implements SampleSlots {
  string: string | undefined = undefined;
  dateTime: string | undefined = undefined;
  integer: string | undefined = undefined;
  long: string | undefined = undefined;
  decimal: string | undefined = undefined;
  boolean: string | undefined = undefined;
}

// Shared by every node without children or samples: most nodes are one or the other, and a
// 10,000-key object would otherwise allocate 10,000 arrays and slot objects it never fills.
const noChildren: readonly MergeNode[] = [];
const noSamples: SampleSlots = Object.freeze(new Samples());

/** Children count from which lookups by key go through a Map. */
const mapFrom = 8;

function hasQuoteOrBackslash(key: string): boolean {
  for (let k = 0; k < key.length; k += 1) {
    const c = key.charCodeAt(k);
    if (c === 34 || c === 92) return true;
  }
  return false;
}

/**
 * One position of the merged tree (a key of an object, the item of an array), accumulated over every
 * instance in every sample. Children are kept in first-seen order with a Map for lookup by raw key.
 */
export class MergeNode {
  seen = 0;
  /** What Studio Pro's first-item rule would have seen here (0 when it never reaches this position). */
  firstSeen = 0;
  /** Objects seen at this position; a key is optional when its `presentIn` is smaller. */
  objectCount = 0;
  /** Number of parent objects that held this key. */
  presentIn = 0;
  /** Serial of the last parent object that counted this key, so duplicate keys count once. */
  lastParentSerial = -1;
  /** Items seen in arrays at this position (for empty-array findings). */
  itemCount = 0;
  /** Children in first-seen order; leaves share one empty array until their first child. */
  children: readonly MergeNode[] = noChildren;
  private byKey: Map<string, MergeNode> | null = null;
  item: MergeNode | null = null;
  /** Leaves of containers only share one empty, frozen set of slots; see `writableSamples`. */
  samples: SampleSlots = noSamples;
  /** Seen flags whose sample slot is filled. */
  sampled = 0;
  /** Position among the parent's children. */
  order = 0;
  /** The key as written in the text, for matching in place; null when that is not possible. */
  rawKey: string | null = null;
  /** What the AWS model says of this position, set by `overlayModel`; null without a model. */
  model: ModelMark | null = null;

  constructor(readonly key: string | null) {}

  /** The child for `key`, created on first sight; `escaped` when the key was written with escapes. */
  child(key: string, escaped = false): MergeNode {
    const children =
      this.children === noChildren ? (this.children = []) : (this.children as MergeNode[]);
    let node: MergeNode | undefined;
    // Most objects have a few keys: a linear search then beats a Map, which costs an allocation per node.
    if (this.byKey === null) {
      for (const candidate of children) if (candidate.key === key) return candidate;
      if (children.length >= mapFrom)
        this.byKey = new Map(children.map((c) => [c.key as string, c]));
    } else {
      node = this.byKey.get(key);
      if (node !== undefined) return node;
    }
    node = new MergeNode(key);
    node.order = children.length;
    // A key written with escapes has another raw spelling, so in-place matching would miss it.
    node.rawKey = escaped || hasQuoteOrBackslash(key) ? null : key;
    this.byKey?.set(key, node);
    children.push(node);
    return node;
  }

  /** The child for `key` when there is one, without creating it. */
  find(key: string): MergeNode | undefined {
    if (this.byKey !== null) return this.byKey.get(key);
    for (const candidate of this.children) if (candidate.key === key) return candidate;
    return undefined;
  }

  /** Marks the position as holding an object (the AWS model says so; no sample may have shown it). */
  markObject(): void {
    this.seen |= Seen.object;
    this.firstSeen |= Seen.object;
    if (this.objectCount === 0) this.objectCount = 1;
  }

  /**
   * Marks the position as an array and returns its item node: an XML element that occurred once
   * (an object or a value here) becomes the item, see `demoteToItem`.
   */
  asArray(): MergeNode {
    if ((this.seen & Seen.array) === 0) {
      if (this.seen !== 0 && (this.seen & Seen.null) !== this.seen) {
        this.demoteToItem();
      } else {
        this.seen |= Seen.array;
        this.firstSeen |= Seen.array;
      }
    }
    if (this.itemCount === 0) this.itemCount = 1;
    return this.itemNode();
  }

  /**
   * Orders the children: keys in `order` first, in that order, then the others as first seen (after
   * scanning only: the scanner matches keys by position). A model-complete structure so reads like
   * the API reference.
   */
  orderBy(order: readonly string[]): void {
    if (this.children.length < 2) return;
    const rank = new Map<string, number>();
    order.forEach((key, index) => rank.set(key, index));
    const children = [...this.children].sort(
      (a, b) =>
        (rank.get(a.key as string) ?? order.length + a.order) -
        (rank.get(b.key as string) ?? order.length + b.order),
    );
    children.forEach((child, index) => (child.order = index));
    this.children = children;
  }

  /** The sample slots of this node, made its own on the first sample. */
  writableSamples(): SampleSlots {
    if (this.samples === noSamples) this.samples = new Samples();
    return this.samples;
  }

  /**
   * Turns a position that held objects or values (an XML list element that occurred once) into an
   * array whose item holds what was seen here, so one item and many give the same structure.
   */
  demoteToItem(): MergeNode {
    const item = new MergeNode(null);
    item.seen = this.seen & ~Seen.array;
    item.firstSeen = this.firstSeen & ~Seen.array;
    item.objectCount = this.objectCount;
    item.children = this.children;
    item.byKey = this.byKey;
    item.samples = this.samples;
    item.sampled = this.sampled;
    this.children = noChildren;
    this.byKey = null;
    this.samples = noSamples;
    this.sampled = 0;
    this.objectCount = 0;
    this.itemCount = Math.max(1, this.presentIn);
    this.seen = Seen.array | (this.seen & Seen.null);
    this.firstSeen = this.firstSeen === 0 ? 0 : Seen.array;
    this.item = item;
    return item;
  }

  /** The node for the items of the array at this position. */
  itemNode(): MergeNode {
    if (this.item === null) this.item = new MergeNode(null);
    return this.item;
  }
}
