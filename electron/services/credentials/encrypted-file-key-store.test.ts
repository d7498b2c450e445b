import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EncryptedFileKeyStore, createKeyStore } from './encrypted-file-key-store';
import type { Encryptor } from './encrypted-file-key-store';
import { MemoryKeyStore } from './key-store';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY1';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLETOKENxyz0123456789abcdef';

/** Stands in for safeStorage: reversible, and visibly not plaintext. */
function fakeEncryptor(available = true): Encryptor & { calls: number } {
  const encryptor = {
    calls: 0,
    isAvailable: () => available,
    encrypt: (text: string) => {
      encryptor.calls++;
      return Buffer.from(text, 'utf8').reverse();
    },
    decrypt: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
  };
  return encryptor;
}

const key = (id: string, sessionToken?: string) => ({
  id,
  label: `label ${id}`,
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: SECRET,
  sessionToken,
});

describe('EncryptedFileKeyStore', () => {
  it('round-trips keys with the secrets sealed in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const file = join(dir, 'nested', 'keys.json');
    const store = new EncryptedFileKeyStore(file, fakeEncryptor());
    await Promise.all([store.put(key('static:a', TOKEN)), store.put(key('static:b'))]);
    expect(await store.list()).toEqual([
      { id: 'static:a', label: 'label static:a', maskedKeyId: 'AKIA…MPLE', hasSessionToken: true },
      { id: 'static:b', label: 'label static:b', maskedKeyId: 'AKIA…MPLE', hasSessionToken: false },
    ]);
    const text = readFileSync(file, 'utf8');
    for (const secret of [SECRET, TOKEN, 'AKIAIOSFODNN7EXAMPLE'])
      expect(text).not.toContain(secret);
    expect(await new EncryptedFileKeyStore(file, fakeEncryptor()).get('static:a')).toMatchObject({
      secretAccessKey: SECRET,
      sessionToken: TOKEN,
    });
    expect(await store.remove('static:a')).toBe(true);
    expect(await store.remove('static:a')).toBe(false);
    expect((await store.list()).map((k) => k.id)).toEqual(['static:b']);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['keys.json']);
  });

  it('refuses to persist without the keychain and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const file = join(dir, 'keys.json');
    const encryptor = fakeEncryptor(false);
    await expect(
      new EncryptedFileKeyStore(file, encryptor).put(key('static:a')),
    ).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('keychain is not available'),
    });
    expect(existsSync(file)).toBe(false);
    expect(encryptor.calls).toBe(0);
  });

  it('says so when a stored secret cannot be decrypted', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'keys-')), 'keys.json');
    await new EncryptedFileKeyStore(file, fakeEncryptor()).put(key('static:a'));
    const broken = { ...fakeEncryptor(), decrypt: () => 'not json' };
    await expect(new EncryptedFileKeyStore(file, broken).get('static:a')).rejects.toMatchObject({
      code: 'credentials',
    });
  });

  it('reports a damaged key file as an io error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'keys-')), 'keys.json');
    writeFileSync(file, '{ not json');
    await expect(new EncryptedFileKeyStore(file, fakeEncryptor()).list()).rejects.toMatchObject({
      code: 'io',
    });
  });

  it('falls back to memory with a notice when the keychain is unavailable', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'keys-')), 'keys.json');
    const fallback = createKeyStore(file, fakeEncryptor(false));
    expect(fallback.store).toBeInstanceOf(MemoryKeyStore);
    expect(fallback.notice).toMatch(/memory for this session/);
    const normal = createKeyStore(file, fakeEncryptor());
    expect(normal.store.storage).toBe('keychain');
    expect(normal.notice).toBeUndefined();
  });
});
