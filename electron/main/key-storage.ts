import type { SafeStorage } from 'electron';
import type { Encryptor } from '../services/credentials';

/**
 * Adapts Electron's safeStorage to the credentials' Encryptor (the OS keychain). On Linux without
 * a keyring, safeStorage falls back to a hard-coded password ('basic_text'): no protection, so it
 * counts as unavailable.
 */
export function createSafeStorageEncryptor(
  safeStorage: SafeStorage,
  platform: NodeJS.Platform = process.platform,
): Encryptor {
  const isAvailable = (): boolean => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  };
  return {
    isAvailable,
    encrypt(text) {
      if (!isAvailable()) throw new Error('The OS keychain is not available.');
      return safeStorage.encryptString(text);
    },
    decrypt(data) {
      if (!isAvailable()) throw new Error('The OS keychain is not available.');
      return safeStorage.decryptString(data);
    },
  };
}
