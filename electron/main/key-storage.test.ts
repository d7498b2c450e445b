import { describe, expect, it } from 'vitest';
import { safeStorage } from '../../test/fake-electron';
import { createSafeStorageEncryptor } from './key-storage';

function storage(available: boolean, backend: string) {
  return {
    ...safeStorage,
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
  } as never;
}

describe('createSafeStorageEncryptor', () => {
  it('round-trips through safeStorage when a keychain is there', () => {
    const cipher = createSafeStorageEncryptor(storage(true, 'gnome_libsecret'), 'linux');
    expect(cipher.isAvailable()).toBe(true);
    const encrypted = cipher.encrypt('wJalrXUtnFEMI');
    expect(encrypted.toString()).not.toContain('wJalrXUtnFEMI');
    expect(cipher.decrypt(encrypted)).toBe('wJalrXUtnFEMI');
  });

  it("treats Linux's hard-coded-password backend and a missing keychain as unavailable", () => {
    expect(createSafeStorageEncryptor(storage(true, 'basic_text'), 'linux').isAvailable()).toBe(
      false,
    );
    expect(createSafeStorageEncryptor(storage(false, 'unknown'), 'darwin').isAvailable()).toBe(
      false,
    );
    expect(() =>
      createSafeStorageEncryptor(storage(false, 'unknown'), 'win32').encrypt('x'),
    ).toThrow(/keychain/);
  });
});
