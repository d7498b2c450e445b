import { Seen } from './merge-node';

// A complete ISO-8601 date-time (date, `T`, time with seconds, optional fraction and zone) followed
// by the closing quote. Sticky, so it is tested in place on the whole text without slicing.
const dateTimeInPlace =
  /\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?"/y;

const shortestDateTime = 19;
const longestDateTime = 40;

/** Whether the string literal whose content spans `[start, end)` of `text` is a complete ISO-8601 date-time. */
export function isDateTimeLiteral(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < shortestDateTime || length > longestDateTime) return false;
  const first = text.charCodeAt(start);
  if (first < 48 || first > 57) return false;
  dateTimeInPlace.lastIndex = start;
  return dateTimeInPlace.test(text) && dateTimeInPlace.lastIndex === end + 1;
}

const int32Max = '2147483647';
const int32MinAbs = '2147483648';
const int64Max = '9223372036854775807';
const int64MinAbs = '9223372036854775808';

/**
 * The Seen flag of an integer literal from its digits (without sign): 32-bit Integer, 64-bit Long,
 * and Decimal past 64 bits, compared as text so no precision is lost.
 */
export function integerFlag(
  text: string,
  digitsStart: number,
  digitsEnd: number,
  negative: boolean,
): number {
  const count = digitsEnd - digitsStart;
  if (count < 10) return Seen.integer;
  if (count === 10) {
    return text.slice(digitsStart, digitsEnd) <= (negative ? int32MinAbs : int32Max)
      ? Seen.integer
      : Seen.long;
  }
  if (count < 19) return Seen.long;
  if (count === 19) {
    return text.slice(digitsStart, digitsEnd) <= (negative ? int64MinAbs : int64Max)
      ? Seen.long
      : Seen.decimal;
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
