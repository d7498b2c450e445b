const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

// Past this depth lines stop moving right: indenting 20,000 levels would need gigabytes of spaces.
const maxIndentDepth = 40;
const lineBreaks = Array.from(
  { length: maxIndentDepth + 1 },
  (_, depth) => `\n${'  '.repeat(depth)}`,
);

function lineBreak(depth: number): string {
  return lineBreaks[Math.min(depth, maxIndentDepth)] ?? '\n';
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function closerOf(opener: number): number {
  return opener === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
}

function nextSignificant(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isSpace(code)) return code;
  }
  return -1;
}

/** Length of the run of backslashes ending just before `end`, not reaching back past `from`. */
function backslashesBefore(text: string, from: number, end: number): number {
  let count = 0;
  while (end - count - 1 >= from && text.charCodeAt(end - count - 1) === BACKSLASH) count += 1;
  return count;
}

/**
 * Indents JSON text without parsing it, a piece at a time: one pass, no recursion, state carried
 * between pieces (depth, an open string, an opener whose emptiness the next piece decides), so text
 * that grows is formatted once rather than again from its start.
 */
export class JsonTextFormatter {
  private depth = 0;
  // Set between the brackets of an empty `{}` or `[]`, which stays on one line.
  private emptyOpen = false;
  private inString = false;
  // Inside an open string, the text so far ends with an odd run of backslashes (the next char is escaped).
  private oddBackslashes = false;
  // An opener at the end of a piece: whether it is empty depends on the next significant character.
  private pendingOpen = 0;

  /** The formatted form of the next piece of text. */
  push(text: string): string {
    let out = this.resolvePending(text);
    let start = 0;
    let index = 0;
    if (this.inString) {
      index = this.closeString(text, 0, this.oddBackslashes) + 1;
      if (index > text.length) return out + text;
    }
    for (; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) {
        index = this.closeString(text, index + 1, false);
      } else if (isSpace(code)) {
        if (index > start) out += text.slice(start, index);
        start = index + 1;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        out += text.slice(start, index + 1);
        start = index + 1;
        const next = nextSignificant(text, index + 1);
        if (next < 0) this.pendingOpen = code;
        else out += this.open(code, next);
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        if (index > start) out += text.slice(start, index);
        start = index;
        if (!this.emptyOpen) {
          this.depth = Math.max(0, this.depth - 1);
          out += lineBreak(this.depth);
        }
        this.emptyOpen = false;
      } else if (code === COMMA || code === COLON) {
        out += text.slice(start, index + 1) + (code === COMMA ? lineBreak(this.depth) : ' ');
        start = index + 1;
      }
    }
    if (text.length > start) out += text.slice(start);
    return out;
  }

  /** What the end of the text adds: the line break after an opener left undecided. */
  end(): string {
    if (!this.pendingOpen) return '';
    this.pendingOpen = 0;
    return this.open(OPEN_BRACE, -1);
  }

  private open(opener: number, next: number): string {
    this.emptyOpen = next === closerOf(opener);
    if (this.emptyOpen) return '';
    this.depth += 1;
    return lineBreak(this.depth);
  }

  private resolvePending(text: string): string {
    if (!this.pendingOpen) return '';
    const next = nextSignificant(text, 0);
    if (next < 0) return '';
    const opener = this.pendingOpen;
    this.pendingOpen = 0;
    return this.open(opener, next);
  }

  /** Index of the quote closing the string whose content starts at `from`, or the text length if it runs on. */
  private closeString(text: string, from: number, escapedAtStart: boolean): number {
    for (let search = from; ;) {
      const quote = text.indexOf('"', search);
      const end = quote < 0 ? text.length : quote;
      const run = backslashesBefore(text, from, end);
      const odd = (run % 2 === 1) !== (escapedAtStart && run === end - from);
      if (quote < 0) {
        this.inString = true;
        this.oddBackslashes = odd;
        return text.length;
      }
      if (!odd) {
        this.inString = false;
        this.oddBackslashes = false;
        return quote;
      }
      search = quote + 1;
    }
  }
}

/**
 * Indents JSON text without parsing it: one pass, no recursion, so it copes with bodies cut off
 * mid-way (a truncated preview) and with nesting deeper than JSON.stringify can print; indentation
 * stops growing after 40 levels.
 */
export function formatJsonText(text: string): string {
  const formatter = new JsonTextFormatter();
  return formatter.push(text) + formatter.end();
}

/** Formats JSON text that only ever grows at its end, formatting just the part added since the last call. */
export class GrowingJsonFormat {
  private input = '';
  private output = '';
  private formatter = new JsonTextFormatter();

  /** The formatted text (without the line break a trailing opener would get once the text ends). */
  format(text: string): string {
    if (text.length < this.input.length || !text.startsWith(this.input)) {
      this.input = '';
      this.output = '';
      this.formatter = new JsonTextFormatter();
    }
    if (text.length > this.input.length) {
      this.output += this.formatter.push(text.slice(this.input.length));
      this.input = text;
    }
    return this.output;
  }
}
