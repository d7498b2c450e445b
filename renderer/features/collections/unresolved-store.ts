import { create } from 'zustand';

interface UnresolvedState {
  /** Variables that kept the last send or signature preview from going out; empty when none did. */
  names: string[];
  /** Those of `names` that are secret variables (only the credential store holds their values). */
  secret: string[];
  show(names: string[], secret: string[]): void;
  clear(): void;
}

/** The variables that blocked the last send, for the alert under the request line. */
export const useUnresolvedStore = create<UnresolvedState>()((set) => ({
  names: [],
  secret: [],
  show: (names, secret) => set({ names, secret }),
  clear: () => set({ names: [], secret: [] }),
}));
