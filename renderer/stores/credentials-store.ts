import { create } from 'zustand';
import type { CredentialDescription } from '../../shared/ipc/operations/credentials';

interface CredentialsState {
  credentials: CredentialDescription[];
  loaded: boolean;
  setCredentials(credentials: CredentialDescription[]): void;
}

/** Credential descriptions (never secrets) as `credentials.list` returned them. */
export const useCredentialsStore = create<CredentialsState>()((set) => ({
  credentials: [],
  loaded: false,
  setCredentials: (credentials) => set({ credentials, loaded: true }),
}));
