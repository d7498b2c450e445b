import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJsonText } from './format-json';

describe('formatJsonText', () => {
  it('indents like JSON.stringify with two spaces', () => {
    const value = { a: [1, { b: 'x, y: {z}' }], c: {}, d: [], e: null, f: 'q\\"uote' };
    expect(formatJsonText(JSON.stringify(value))).toBe(JSON.stringify(value, null, 2));
  });

  it('re-indents text that already has whitespace', () => {
    expect(formatJsonText('{ "a" :\n [ 1 ,2 ] }')).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
  });

  it('copes with a body cut off in the middle', () => {
    expect(formatJsonText('{"Voices":[{"Id":"Jo')).toBe('{\n  "Voices": [\n    {\n      "Id": "Jo');
  });

  it('handles nesting far deeper than JSON.stringify can print', () => {
    const depth = 20_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    const formatted = formatJsonText(text);
    expect(formatted.split('\n')).toHaveLength(2 * depth - 1);
    expect(formatted.replace(/\s/g, '')).toBe(text);
  });

  it('matches JSON.stringify for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(formatJsonText(text)).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });
});
