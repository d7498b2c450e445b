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
const lineBreaks = Array.from({ length: maxIndentDepth + 1 }, (_, depth) => `\n${'  '.repeat(depth)}`);

function lineBreak(depth: number): string {
  return lineBreaks[Math.min(depth, maxIndentDepth)] ?? '\n';
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Index of the quote that closes the string opened just before `from`, or the text length. */
function endOfString(text: string, from: number): number {
  let search = from;
  for (;;) {
    const quote = text.indexOf('"', search);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (quote - backslashes - 1 >= from && text.charCodeAt(quote - backslashes - 1) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    search = quote + 1;
  }
}

function nextSignificant(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isSpace(code)) return code;
  }
  return -1;
}

/**
 * Indents JSON text without parsing it: one pass, no recursion, so it copes with bodies cut off
 * mid-way (a truncated preview) and with nesting deeper than JSON.stringify can print; indentation
 * stops growing after 40 levels.
 */
export function formatJsonText(text: string): string {
  let out = '';
  let depth = 0;
  // Set between the brackets of an empty `{}` or `[]`, which stays on one line.
  let emptyOpen = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = endOfString(text, index + 1);
    } else if (isSpace(code)) {
      if (index > start) out += text.slice(start, index);
      start = index + 1;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      out += text.slice(start, index + 1);
      start = index + 1;
      emptyOpen = nextSignificant(text, index + 1) === (code === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
      if (!emptyOpen) {
        depth += 1;
        out += lineBreak(depth);
      }
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (index > start) out += text.slice(start, index);
      start = index;
      if (!emptyOpen) {
        depth = Math.max(0, depth - 1);
        out += lineBreak(depth);
      }
      emptyOpen = false;
    } else if (code === COMMA || code === COLON) {
      out += text.slice(start, index + 1) + (code === COMMA ? lineBreak(depth) : ' ');
      start = index + 1;
    }
  }
  if (text.length > start) out += text.slice(start);
  return out;
}
