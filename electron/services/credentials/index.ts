export { createCredentialService } from './credential-service';
export type {
  AddStaticKey,
  Credentials,
  CredentialService,
  CredentialServiceOptions,
  ResolvedCredentials,
} from './credential-service';
export { credentialsHandlers } from './handlers';
export type { CredentialsHandlers } from './handlers';
export { MemoryKeyStore } from './key-store';
export type { KeyStore, StoredKey, StoredKeySummary } from './key-store';
export { EncryptedFileKeyStore, createKeyStore } from './encrypted-file-key-store';
export type { Encryptor } from './encrypted-file-key-store';
export { maskKeyId } from './mask';
