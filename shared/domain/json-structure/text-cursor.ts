import { Seen } from './merge-node';
import { integerFlag } from './literal-types';
import { parseErrorAt } from './parse-error';

// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings; this finds them.
const otherControl = /[\x00-\x09\x0b-\x1f]/g;

// Past any text we can hold; a small integer (unlike Infinity) keeps V8's fast field representation.
const nowhere = 0x3fffffff;

function indexOrNowhere(index: number): number {
  return index < 0 ? nowhere : index;
}

/** Token-level reading of one JSON text: strings, numbers, literals, whitespace and errors with positions. */
export class TextCursor {
  constructor(
    protected readonly text: string,
    private readonly sampleIndex: number,
  ) {}

  protected escaped = false;
  protected nextBackslash = -1;
  protected nextNewline = -1;
  protected nextControl = -1;

  /**
   * Index of the closing quote of the string opening at `i`; sets `escaped`. The quote is found with
   * `indexOf`, and cached positions of the next backslash and control characters tell whether the
   * slow, character-by-character path is needed at all.
   */
  protected stringEnd(i: number): number {
    const text = this.text;
    const close = text.indexOf('"', i + 1);
    if (close < 0) throw this.fail(i, 'Unterminated string');
    if (this.nextBackslash <= i && this.nextBackslash !== nowhere) this.nextBackslash = indexOrNowhere(text.indexOf('\\', i));
    if (this.nextNewline <= i && this.nextNewline !== nowhere) this.nextNewline = indexOrNowhere(text.indexOf('\n', i));
    if (this.nextControl <= i && this.nextControl !== nowhere) {
      otherControl.lastIndex = i;
      this.nextControl = otherControl.test(text) ? otherControl.lastIndex - 1 : nowhere;
    }
    if (close < this.nextBackslash && close < this.nextNewline && close < this.nextControl) {
      this.escaped = false;
      return close;
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
      if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(j + 2, j + 6))) throw this.fail(j, 'Invalid \\u escape');
      return j + 6;
    }
    // " \ / b f n r t
    if (c === 34 || c === 92 || c === 47 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116) return j + 2;
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
    this.numberFlag = decimal ? Seen.decimal : integerFlag(text, digitsStart, digitsEnd, negative);
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
      this.numberFlag = Seen.boolean;
      return i + 4;
    }
    if (c === 102 && text.startsWith('false', i)) {
      this.numberFlag = Seen.boolean;
      return i + 5;
    }
    if (c === 110 && text.startsWith('null', i)) {
      this.numberFlag = Seen.null;
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
