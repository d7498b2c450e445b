import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDateTimeLiteral } from './literal-types';

// The rule on a whole string; the scanner tests it in place on the text, between the quotes.
const reference =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;

function decide(content: string): boolean {
  const literal = `x"${content}"`;
  return isDateTimeLiteral(literal, 2, 2 + content.length);
}

describe('isDateTimeLiteral', () => {
  it.each([
    ['2024-01-01T00:00:00Z', true],
    ['2024-01-01T00:00:00.123+02:00', true],
    ['2024-12-31T23:59:59-0530', true],
    ['2024-01-01T00:00:00', true],
    ['2024-13-01T00:00:00Z', false],
    ['2024-01-01T24:00:00Z', false],
    ['2024-01-01 00:00:00Z', false],
    ['2024-01-01T00:00:00.Z', false],
    ['2024-01-01T00:00:00+2:00', false],
    ['2024-01-01', false],
    ['later', false],
  ])('%s → %s', (content, expected) => {
    expect(decide(content)).toBe(expected);
    expect(reference.test(content)).toBe(expected);
  });

  it('agrees with the regular expression on date-like and mutated text', () => {
    const digit = fc.constantFrom(...'0123456789');
    const two = fc.tuple(digit, digit).map((d) => d.join(''));
    const zone = fc.constantFrom('', 'Z', '+01:00', '-0530', '+24:00', '+1:00', 'z', '+01:60');
    const fraction = fc.constantFrom('', '.1', '.123456', '.', '.x');
    const dateLike = fc
      .tuple(
        two,
        two,
        two,
        two,
        two,
        two,
        two,
        fraction,
        zone,
        fc.constantFrom('T', ' ', 't'),
        fc.constantFrom('-', '/'),
      )
      .map(
        ([y1, y2, mo, d, h, mi, s, f, z, t, dash]) =>
          `${y1}${y2}${dash}${mo}-${d}${t}${h}:${mi}:${s}${f}${z}`,
      );
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 42 })), (content) => {
        expect(decide(content)).toBe(reference.test(content));
      }),
      { numRuns: 2000 },
    );
  });
});
