import { Seen } from './merge-node';
import { integerFlag } from './literal-types';
import { parseErrorAt } from './parse-error';

// Module-local copies of the flags: hot loops then read constants, not imported bindings.
const seenDecimal = Seen.decimal;
const seenBoolean = Seen.boolean;
const seenNull = Seen.null;

/** Token-level reading of one JSON text: strings, numbers, literals, whitespace and errors with positions. */
export class TextCursor {
  constructor(
    protected readonly text: string,
    private readonly sampleIndex: number,
  ) {}

  protected escaped = false;

  /**
   * Index of the closing quote of the string opening at `i`; sets `escaped`. One loop over char
   * codes stops at a quote, a backslash or a control character; only the last two need the slow path.
   */
  protected stringEnd(i: number): number {
    const text = this.text;
    let j = i + 1;
    let c = text.charCodeAt(j);
    // charCodeAt past the end is NaN, which fails every test below and ends in the slow path's error.
    // Lower-case letters, the most common characters, pass with one comparison.
    while (c > 92 || (c >= 32 && c !== 34 && c !== 92)) c = text.charCodeAt(++j);
    if (c === 34) {
      this.escaped = false;
      return j;
    }
    return this.slowStringEnd(i);
  }

  protected slowStringEnd(i: number): number {
    const text = this.text;
    const n = text.length;
    let j = i + 1;
    let escaped = false;
    for (;;) {
      if (j >= n) throw this.fail(i, 'Unterminated string');
      const c = text.charCodeAt(j);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        j = this.escape(j);
      } else if (c < 32) {
        throw this.fail(j, 'Control character in a string');
      } else {
        j += 1;
      }
    }
    this.escaped = escaped;
    return j;
  }

  protected escape(j: number): number {
    const c = this.text.charCodeAt(j + 1);
    if (c === 117) {
      if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(j + 2, j + 6)))
        throw this.fail(j, 'Invalid \\u escape');
      return j + 6;
    }
    // " \ / b f n r t
    if (
      c === 34 ||
      c === 92 ||
      c === 47 ||
      c === 98 ||
      c === 102 ||
      c === 110 ||
      c === 114 ||
      c === 116
    )
      return j + 2;
    throw this.fail(j, 'Invalid escape in a string');
  }

  protected numberFlag = 0;

  /** Scans a JSON number at `i`, sets `numberFlag`, returns the index after it. */
  protected number(i: number): number {
    const text = this.text;
    const negative = text.charCodeAt(i) === 45;
    const digitsStart = negative ? i + 1 : i;
    let j = digitsStart;
    let c = text.charCodeAt(j);
    if (c === 48) {
      j += 1;
    } else if (c >= 49 && c <= 57) {
      do j += 1;
      while ((c = text.charCodeAt(j)) >= 48 && c <= 57);
    } else {
      throw this.fail(i, 'Invalid number');
    }
    const digitsEnd = j;
    c = text.charCodeAt(j);
    let decimal = false;
    if (c === 46) {
      decimal = true;
      j = this.digits(j + 1);
      c = text.charCodeAt(j);
    }
    if (c === 101 || c === 69) {
      decimal = true;
      c = text.charCodeAt(j + 1);
      j = this.digits(c === 43 || c === 45 ? j + 2 : j + 1);
    }
    this.numberFlag = decimal ? seenDecimal : integerFlag(text, digitsStart, digitsEnd, negative);
    return j;
  }

  protected digits(from: number): number {
    const text = this.text;
    let j = from;
    let c = text.charCodeAt(j);
    if (!(c >= 48 && c <= 57)) throw this.fail(j, 'Invalid number: expected a digit');
    while ((c = text.charCodeAt(j)) >= 48 && c <= 57) j += 1;
    return j;
  }

  protected literal(i: number, c: number): number {
    const text = this.text;
    if (c === 116 && text.startsWith('true', i)) {
      this.numberFlag = seenBoolean;
      return i + 4;
    }
    if (c === 102 && text.startsWith('false', i)) {
      this.numberFlag = seenBoolean;
      return i + 5;
    }
    if (c === 110 && text.startsWith('null', i)) {
      this.numberFlag = seenNull;
      return i + 4;
    }
    throw this.fail(i, i >= text.length ? 'Expected a value' : 'Unexpected character');
  }

  protected skipWs(from: number): number {
    const text = this.text;
    let i = from;
    let c = text.charCodeAt(i);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
    return i;
  }

  protected fail(offset: number, reason: string): Error {
    return parseErrorAt(this.text, offset, reason, this.sampleIndex);
  }
}
