import { MergeNode, Seen } from './merge-node';
import { isDateTimeLiteral, sampleStringLiteral } from './literal-types';
import { TextCursor } from './text-cursor';
import { jsonNestingDepth, MAX_JSON_NESTING, nestingLimitReason } from './nesting';

/** Settings of one scan, shared over the samples of one inference. */
export interface ScanContext {
  /** Counts objects across samples so a key is counted once per object. */
  serial: number;
  /** Studio Pro's rule: only the first item of every array is read. */
  firstItemOnly: boolean;
  sampleIndex: number;
  onProgress?: (fraction: number) => void;
}

const progressStep = 8 * 1024 * 1024;
// Module-local copies of the flags: hot loops then read constants, not imported bindings.
const seenObject = Seen.object;
const seenArray = Seen.array;
const seenString = Seen.string;
const seenDateTime = Seen.dateTime;
const seenInteger = Seen.integer;
const seenLong = Seen.long;
const seenBoolean = Seen.boolean;
/** Whether `key` followed by a closing quote is written at `at`. */
function matchesAt(text: string, at: number, key: string): boolean {
  const length = key.length;
  if (text.charCodeAt(at + length) !== 34) return false;
  // A char loop beats startsWith here: keys are short and the call into the runtime is not free.
  for (let k = 0; k < length; k += 1)
    if (text.charCodeAt(at + k) !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * A flat copy of a slice that does not keep the whole input alive: V8 slices share their parent
 * string. Flat also matters for speed: keys are compared char by char against the text on every
 * occurrence, and a flat string reads faster than a slice. Used once per new key or sample.
 */
export function detach(slice: string): string {
  // V8 copies substrings shorter than 13 characters anyway.
  return slice.length < 13 ? slice : (JSON.parse(JSON.stringify(slice)) as string);
}

/**
 * Scans one JSON text in a single pass and merges what it holds into `root`, deciding types on the
 * literal text. No value tree is built and nothing recurses: open containers live on explicit stacks.
 */
export class Scanner extends TextCursor {
  // Open containers, one slot per level; typed arrays grow by doubling and are never popped.
  private depth = 0;
  private stackNode: MergeNode[] = [];
  private stackIsArray = new Uint8Array(64);
  private stackVisible = new Uint8Array(64);
  private stackCursor = new Int32Array(64);
  private stackSerial = new Int32Array(64);
  private serial = 0;
  private readonly skipped = new MergeNode(null);
  private keyNode: MergeNode = this.skipped;
  private nextProgress = progressStep;

  constructor(
    text: string,
    private readonly context: ScanContext,
  ) {
    super(text, context.sampleIndex);
    this.serial = context.serial;
  }

  /** Merges the whole text into `root`; `visible` says whether Studio Pro would read this sample. */
  run(root: MergeNode, visible: boolean): void {
    const text = this.text;
    let i = this.skipWs(text.charCodeAt(0) === 0xfeff ? 1 : 0);
    if (i >= text.length) throw this.fail(i, 'Empty input: no JSON value');
    let node = root;
    let vis = visible;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 123) {
        node.seen |= seenObject;
        if (vis) node.firstSeen |= seenObject;
        node.objectCount += 1;
        i = this.skipWs(i + 1);
        if (text.charCodeAt(i) !== 125) {
          this.push(node, 0, vis, i);
          i = this.key(i, node, this.depth - 1);
          node = this.keyNode;
          continue;
        }
        i += 1;
      } else if (c === 91) {
        node.seen |= seenArray;
        if (vis) node.firstSeen |= seenArray;
        i = this.skipWs(i + 1);
        if (text.charCodeAt(i) !== 93) {
          this.push(node, 1, vis, i);
          node.itemCount += 1;
          node = node.itemNode();
          continue;
        }
        i += 1;
      } else {
        i = this.primitive(i, c, node, vis);
      }
      const next = this.close(i);
      if (next < 0) {
        this.context.serial = this.serial;
        return;
      }
      i = next;
      const top = this.depth - 1;
      const parent = this.stackNode[top] as MergeNode;
      vis = this.stackVisible[top] === 1;
      if (this.stackIsArray[top] === 1) {
        parent.itemCount += 1;
        vis = false;
        node = this.context.firstItemOnly ? this.skipped : parent.itemNode();
      } else {
        i = this.key(i, parent, top);
        node = this.keyNode;
      }
    }
  }

  /** After a value: closes finished containers; returns the start of the next value or key, or -1 at the end. */
  private close(from: number): number {
    const text = this.text;
    let i = from;
    if (i >= this.nextProgress) this.progress(i);
    for (;;) {
      if (text.charCodeAt(i) <= 32) i = this.skipWs(i);
      const top = this.depth - 1;
      if (top < 0) {
        if (i < text.length) throw this.fail(i, 'Unexpected text after the JSON value');
        this.context.onProgress?.(1);
        return -1;
      }
      const c = text.charCodeAt(i);
      if (c === 44) return this.skipWs(i + 1);
      if (c !== (this.stackIsArray[top] === 1 ? 93 : 125)) {
        throw this.fail(
          i,
          this.stackIsArray[top] === 1 ? "Expected ',' or ']'" : "Expected ',' or '}'",
        );
      }
      this.depth = top;
      i += 1;
    }
  }

  private push(node: MergeNode, isArray: number, visible: boolean, offset: number): void {
    const at = this.depth;
    if (at === MAX_JSON_NESTING)
      throw this.fail(offset, nestingLimitReason(jsonNestingDepth(this.text)));
    if (at === this.stackCursor.length) this.grow();
    this.stackNode[at] = node;
    this.stackIsArray[at] = isArray;
    this.stackVisible[at] = visible ? 1 : 0;
    this.stackCursor[at] = 0;
    this.serial += 1;
    this.stackSerial[at] = this.serial;
    this.depth = at + 1;
  }

  private grow(): void {
    const size = this.stackCursor.length * 2;
    const widen = <T extends Uint8Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.stackIsArray = widen(this.stackIsArray, new Uint8Array(size));
    this.stackVisible = widen(this.stackVisible, new Uint8Array(size));
    this.stackCursor = widen(this.stackCursor, new Int32Array(size));
    this.stackSerial = widen(this.stackSerial, new Int32Array(size));
  }

  /** Reads `"key" :` at `i`, sets `keyNode`, and returns the start of the value. */
  private key(i: number, parent: MergeNode, top: number): number {
    const text = this.text;
    if (text.charCodeAt(i) !== 34) throw this.fail(i, 'Expected a key in double quotes');
    // Objects of one position usually repeat their keys in order: try the next known key in place
    // before slicing and hashing a new string.
    const cursor = this.stackCursor[top] as number;
    const expected = parent.children[cursor];
    let child: MergeNode | undefined;
    let end: number;
    if (
      expected !== undefined &&
      expected.rawKey !== null &&
      matchesAt(text, i + 1, expected.rawKey)
    ) {
      child = expected;
      end = i + 1 + expected.rawKey.length;
      this.stackCursor[top] = cursor + 1;
    } else {
      end = this.stringEnd(i);
      const hasEscape = this.escaped;
      const key = hasEscape
        ? (JSON.parse(text.slice(i, end + 1)) as string)
        : detach(text.slice(i + 1, end));
      child = parent.child(key, hasEscape);
      this.stackCursor[top] = child.order + 1;
    }
    const serial = this.stackSerial[top] as number;
    if (child.lastParentSerial !== serial) {
      child.lastParentSerial = serial;
      child.presentIn += 1;
    }
    this.keyNode = child;
    // Compact JSON, as AWS sends it, has no whitespace around ':'; test for that before looping.
    let j = end + 1;
    if (text.charCodeAt(j) !== 58) j = this.skipWs(j);
    if (text.charCodeAt(j) !== 58) throw this.fail(j, "Expected ':' after a key");
    j += 1;
    if (text.charCodeAt(j) <= 32) j = this.skipWs(j);
    if (j >= text.length) throw this.fail(j, 'Expected a value');
    return j;
  }

  /** Scans a string, number or literal at `i` and records its type; returns the index after it. */
  private primitive(i: number, c: number, node: MergeNode, vis: boolean): number {
    let flag: number;
    let end: number;
    if (c === 34) {
      end = this.stringEnd(i) + 1;
      // Once a plain string was seen here the type is String whatever follows: skip the date test.
      const known = (node.sampled & seenString) !== 0;
      flag =
        !known || vis
          ? isDateTimeLiteral(this.text, i + 1, end - 1)
            ? seenDateTime
            : seenString
          : seenString;
      if ((node.sampled & flag) === 0) this.sample(node, flag, i, end);
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      end = this.number(i);
      flag = this.numberFlag;
      if ((node.sampled & flag) === 0) this.sample(node, flag, i, end);
    } else {
      end = this.literal(i, c);
      flag = this.numberFlag;
      if (flag === seenBoolean && node.samples.boolean === undefined)
        node.writableSamples().boolean = this.text.slice(i, end);
    }
    node.seen |= flag;
    if (vis) node.firstSeen |= flag;
    return end;
  }

  private sample(node: MergeNode, flag: number, start: number, end: number): void {
    node.sampled |= flag;
    const s = node.writableSamples();
    if (flag === seenString) {
      if (s.string === undefined) s.string = detach(sampleStringLiteral(this.text, start, end - 1));
    } else if (flag === seenDateTime) {
      if (s.dateTime === undefined) s.dateTime = detach(this.text.slice(start, end));
    } else if (flag === seenInteger) {
      if (s.integer === undefined) s.integer = detach(this.text.slice(start, end));
    } else if (flag === seenLong) {
      if (s.long === undefined) s.long = detach(this.text.slice(start, end));
    } else if (s.decimal === undefined) {
      s.decimal = detach(this.text.slice(start, end));
    }
  }

  private progress(i: number): void {
    this.nextProgress = i + progressStep;
    this.context.onProgress?.(i / this.text.length);
  }
}
