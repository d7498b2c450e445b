import { describe, expect, it } from 'vitest';
import { downloadsFrom } from './registry-downloads';

function bodyOf(bytes: Uint8Array) {
  return {
    size: bytes.byteLength,
    readRange: async (offset: number, length: number) => bytes.subarray(offset, offset + length),
  };
}

describe('downloadsFrom', () => {
  it('streams a kept body whole, across chunk boundaries', async () => {
    const bytes = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => i % 251);
    const lookup = downloadsFrom({ get: () => bodyOf(bytes) });
    const found = await lookup('r1');
    const parts: Buffer[] = [];
    for await (const chunk of found?.open() ?? []) parts.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(parts).equals(Buffer.from(bytes))).toBe(true);
  });

  it('finds nothing when the registry no longer keeps the response', async () => {
    const lookup = downloadsFrom({
      get: () => {
        throw new Error('gone');
      },
    });
    expect(await lookup('r1')).toBeUndefined();
  });
});
