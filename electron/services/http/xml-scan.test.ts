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
});
