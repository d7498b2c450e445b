import { describe, expect, it } from 'vitest';
import { BodyStore } from '../http/body-store';
import { characterBounds, readBodyRange, readModelText } from './read-range';
import type { KeptResponse } from './response-registry';

const kept = (text: string | Uint8Array, kind: KeptResponse['kind']): KeptResponse => ({
  body: BodyStore.fromBytes(typeof text === 'string' ? new TextEncoder().encode(text) : text),
  kind,
});

describe('readBodyRange', () => {
  it('pages through UTF-8 text without splitting a character, covering every byte once', async () => {
    const text = 'aé日😀b'.repeat(50);
    const body = kept(text, 'text');
    let offset = 0;
    let joined = '';
    while (offset < body.body.size) {
      const range = await readBodyRange(body, { offset, length: 7 });
      expect(range.encoding).toBe('utf8');
      expect(range.offset).toBe(offset);
      joined += range.data;
      offset += range.length;
    }
    expect(joined).toBe(text);
  });

  it('moves a start inside a character forward, and gives binary bodies as base64', async () => {
    const range = await readBodyRange(kept('日本', 'text'), { offset: 1, length: 10 });
    expect(range).toMatchObject({ data: '本', offset: 3, length: 3, total: 6 });
    const binary = await readBodyRange(kept(new Uint8Array([0, 255, 1]), 'binary'), {
      offset: 1,
      length: 5,
    });
    expect(binary).toEqual({
      data: Buffer.from([255, 1]).toString('base64'),
      encoding: 'base64',
      offset: 1,
      length: 2,
      total: 3,
    });
  });

  it('finds character bounds in a cut window', () => {
    const bytes = new TextEncoder().encode('a日');
    expect(characterBounds(bytes.subarray(0, 3), true, false)).toEqual([0, 1]);
    expect(characterBounds(bytes, true, true)).toEqual([0, 4]);
  });
});

describe('readModelText', () => {
  it('converts XML to JSON, keeps JSON, refuses binary', async () => {
    expect(JSON.parse(await readModelText(kept('<a><b>1</b><b>2</b></a>', 'xml')))).toEqual({
      a: { b: ['1', '2'] },
    });
    expect(await readModelText(kept('{"x":1}', 'json'))).toBe('{"x":1}');
    await expect(readModelText(kept(new Uint8Array([0]), 'binary'))).rejects.toThrow(/binary/);
  });

  it('refuses a body over the limit with its size and what to do instead', async () => {
    const body = kept(`[${'1,'.repeat(300_000)}1]`, 'json');
    await expect(readModelText(body, undefined, 512 * 1024)).rejects.toThrow(
      /0\.6 MB, too large to infer a structure from \(the limit is 0\.5 MB\)\. Ask for fewer items/,
    );
    await expect(readModelText(body, undefined, 1024 * 1024)).resolves.toHaveLength(body.body.size);
  });

  it('reads a JSON body past the old 64 MB cap, and refuses XML that would stall the host', async () => {
    const big = kept(`[${'1,'.repeat(36 * 1024 * 1024)}1]`, 'json');
    await expect(readModelText(big)).resolves.toHaveLength(big.body.size);
    const xml = kept(`<a>${'<b>1</b>'.repeat(1_100_000)}</a>`, 'xml');
    await expect(readModelText(xml)).rejects.toThrow(
      /XML response body is 8\.4 MB, too large to convert/,
    );
  });
});
