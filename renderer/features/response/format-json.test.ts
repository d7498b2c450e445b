import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJsonText, GrowingJsonFormat, JsonTextFormatter } from './format-json';

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

function inPieces(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, index) => text.slice(from, points[index] ?? text.length));
}

describe('JsonTextFormatter', () => {
  it('formats text pushed in pieces exactly as the whole text, wherever it is cut', () => {
    const tricky = fc.oneof(
      fc.jsonValue(),
      fc.constant({ a: 'x\\"y\\\\', b: [[], {}, [{}]], c: '\\' }),
    );
    fc.assert(
      fc.property(
        tricky,
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (value, spaced, cuts) => {
          const text = JSON.stringify(value, null, spaced ? 1 : undefined);
          const formatter = new JsonTextFormatter();
          const pieces = inPieces(text, cuts).map((piece) => formatter.push(piece));
          expect(pieces.join('') + formatter.end()).toBe(formatJsonText(text));
        },
      ),
    );
  });

  it('carries an escape across a cut right after a backslash', () => {
    const formatter = new JsonTextFormatter();
    const out = formatter.push('{"a":"x\\') + formatter.push('"",') + formatter.push('"b":1}');
    expect(out).toBe(formatJsonText('{"a":"x\\"","b":1}'));
  });
});

describe('GrowingJsonFormat', () => {
  it('formats only what was added and starts again when the text is replaced', () => {
    const growing = new GrowingJsonFormat();
    expect(growing.format('{"a":[1,')).toBe('{\n  "a": [\n    1,\n    ');
    expect(growing.format('{"a":[1,2]}')).toBe(formatJsonText('{"a":[1,2]}'));
    expect(growing.format('[3]')).toBe(formatJsonText('[3]'));
  });
});
