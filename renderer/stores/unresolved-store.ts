import { create } from 'zustand';

interface UnresolvedState {
  /** Variables that kept the last send or signature preview from going out; empty when none did. */
  names: string[];
  show(names: string[]): void;
  clear(): void;
}

/** The variables that blocked the last send, for the alert under the request line. */
export const useUnresolvedStore = create<UnresolvedState>()((set) => ({
  names: [],
  show: (names) => set({ names }),
  clear: () => set({ names: [] }),
}));
