import { Seen } from './merge-node';

const shortestDateTime = 19;
const longestDateTime = 40;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The two-digit number at `at`, or -1 when either character is not a digit. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return isDigit(a) && isDigit(b) ? (a - 48) * 10 + (b - 48) : -1;
}

/** Index after an optional zone (`Z`, `+hh:mm`, `+hhmm`) at `at`, or -1 when malformed. */
function zoneEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 90) return at + 1;
  if (c !== 43 && c !== 45) return at;
  const hours = twoDigits(text, at + 1);
  if (hours < 0 || hours > 23) return -1;
  const minutesAt = text.charCodeAt(at + 3) === 58 ? at + 4 : at + 3;
  const minutes = twoDigits(text, minutesAt);
  return minutes < 0 || minutes > 59 ? -1 : minutesAt + 2;
}

/**
 * Whether the string literal whose content spans `[start, end)` of `text` is a complete ISO-8601
 * date-time: `yyyy-mm-ddThh:mm:ss`, an optional fraction and an optional zone. Decided on char
 * codes in place, without slicing or a regular expression, as it runs for every candidate value.
 */
export function isDateTimeLiteral(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < shortestDateTime || length > longestDateTime) return false;
  if (twoDigits(text, start) < 0 || twoDigits(text, start + 2) < 0 || text.charCodeAt(start + 4) !== 45) return false;
  const month = twoDigits(text, start + 5);
  const day = twoDigits(text, start + 8);
  if (month < 1 || month > 12 || text.charCodeAt(start + 7) !== 45 || day < 1 || day > 31) return false;
  const hour = twoDigits(text, start + 11);
  if (text.charCodeAt(start + 10) !== 84 || hour < 0 || hour > 23 || text.charCodeAt(start + 13) !== 58) return false;
  const minute = twoDigits(text, start + 14);
  const second = twoDigits(text, start + 17);
  if (minute < 0 || minute > 59 || text.charCodeAt(start + 16) !== 58 || second < 0 || second > 59) return false;
  let at = start + 19;
  if (text.charCodeAt(at) === 46) {
    at += 1;
    if (!isDigit(text.charCodeAt(at))) return false;
    while (isDigit(text.charCodeAt(at))) at += 1;
  }
  return zoneEnd(text, at) === end;
}

const int32Max = '2147483647';
const int32MinAbs = '2147483648';
const int64Max = '9223372036854775807';
const int64MinAbs = '9223372036854775808';

/**
 * The Seen flag of an integer literal from its digits (without sign): 32-bit Integer, 64-bit Long,
 * and Decimal past 64 bits, compared as text so no precision is lost.
 */
export function integerFlag(text: string, digitsStart: number, digitsEnd: number, negative: boolean): number {
  const count = digitsEnd - digitsStart;
  if (count < 10) return Seen.integer;
  if (count === 10) {
    return text.slice(digitsStart, digitsEnd) <= (negative ? int32MinAbs : int32Max) ? Seen.integer : Seen.long;
  }
  if (count < 19) return Seen.long;
  if (count === 19) {
    return text.slice(digitsStart, digitsEnd) <= (negative ? int64MinAbs : int64Max) ? Seen.long : Seen.decimal;
  }
  return Seen.decimal;
}

const longestSample = 120;

/** A string literal fit to keep as a sample: long ones are cut to a valid, shorter literal. */
export function sampleStringLiteral(text: string, quoteStart: number, quoteEnd: number): string {
  const literal = text.slice(quoteStart, quoteEnd + 1);
  if (literal.length <= longestSample) return literal;
  const value = JSON.parse(literal) as string;
  return JSON.stringify(`${value.slice(0, longestSample)}…`);
}
