import { describe, expect, it } from 'vitest';
import { scanRepeatedPaths } from './xml-scan';

const scan = (xml: string): string[] =>
  [...scanRepeatedPaths(xml, (name) => name.replace(/^\w+:/, ''))].sort();

describe('scanRepeatedPaths', () => {
  it('finds element paths repeated under one parent, wherever they are', () => {
    expect(scan('<R><A><B/><B/></A><A><B/></A><C><B/></C></R>')).toEqual(['R.A', 'R.A.B']);
  });

  it('skips declarations, comments, CDATA and quoted ">" in attributes, and strips prefixes', () => {
    const xml = `<?xml version="1.0"?><!-- <R><X/><X/></R> --><p:R xmlns:p="urn:p" a="1 > 0" b='x'>
      <p:X><![CDATA[<Y/><Y/>]]></p:X><X>text > more</X >
    </p:R>`;
    expect(scan(xml)).toEqual(['R.X']);
  });

  it.each([
    ['<a><b></a></b>', '</a> closing <b>'],
    ['<a><b>', 'never closed'],
    ['<a/><b/>', 'second root'],
    ['<a x="unterminated></a>', 'not a tag'],
    ['<a>1 < 2</a>', 'not a tag'],
    ['just text', 'no root'],
  ])('rejects %s', (xml, reason) => {
    expect(() => scanRepeatedPaths(xml, (n) => n)).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining(reason) }),
    );
  });

  describe('limits', () => {
    const limits = { maxDepth: 200, maxMembers: 1000 };
    const wide = (count: number): string =>
      `<R ${Array.from({ length: count }, (_, i) => `a${i}="v"`).join(' ')}/>`;

    it('refuses a 1 MB element with 100,000 attributes, naming the element and the limit', () => {
      const xml = wide(100_000);
      expect(xml.length).toBeGreaterThan(1_000_000);
      expect(() => scanRepeatedPaths(xml, (n) => n, limits)).toThrow(
        expect.objectContaining({
          code: 'unsupported',
          message: expect.stringMatching(/<R> has more than 1000 attributes \(line 1\)/),
        }),
      );
    });

    it('accepts exactly the limit of attributes, values holding spaces and "=" included', () => {
      expect(() => scanRepeatedPaths(wide(1000), (n) => n, limits)).not.toThrow();
      const spaced = `<R ${Array.from({ length: 1000 }, (_, i) => `a${i} = 'x = y z'`).join(' ')}/>`;
      expect(() => scanRepeatedPaths(spaced, (n) => n, limits)).not.toThrow();
    });

    it('refuses 100,000 distinct child elements under one parent but not 100,000 repeats', () => {
      const distinct = `<R>\n${Array.from({ length: 100_000 }, (_, i) => `<c${i}/>`).join('')}</R>`;
      expect(() => scanRepeatedPaths(distinct, (n) => n, limits)).toThrow(
        expect.objectContaining({
          message: expect.stringContaining(
            '<R> has more than 1000 distinct child elements (line 2)',
          ),
        }),
      );
      const repeats = `<R>${'<c a="1" b="2"/>'.repeat(100_000)}</R>`;
      expect([...scanRepeatedPaths(repeats, (n) => n, limits)]).toEqual(['R.c']);
    });

    it('refuses nesting past the depth limit before any parser recurses into it', () => {
      const at = (depth: number) => `${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`;
      expect(() => scanRepeatedPaths(at(200), (n) => n, limits)).not.toThrow();
      expect(() => scanRepeatedPaths(at(201), (n) => n, limits)).toThrow(
        expect.objectContaining({
          code: 'unsupported',
          message: expect.stringContaining('more than 200 levels deep'),
        }),
      );
    });
  });
});
