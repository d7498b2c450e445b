import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type RequestTab = 'params' | 'headers' | 'body' | 'auth' | 'settings';
export type AppView = 'requests' | 'connector';
export type ResponseTab = 'body' | 'headers' | 'signature' | 'structure' | 'diagram';

interface UiState {
  theme: ThemeChoice;
  view: AppView;
  requestTab: RequestTab;
  responseTab: ResponseTab;
  xmlAsJson: boolean;
  setTheme(theme: ThemeChoice): void;
  setView(view: AppView): void;
  setRequestTab(tab: RequestTab): void;
  setResponseTab(tab: ResponseTab): void;
  setXmlAsJson(on: boolean): void;
}

/** UI choices: the top-level view, active tabs, theme, and how XML bodies are shown. */
export const useUiStore = create<UiState>()((set) => ({
  theme: 'system',
  view: 'requests',
  requestTab: 'params',
  responseTab: 'body',
  xmlAsJson: false,
  setTheme: (theme) => set({ theme }),
  setView: (view) => set({ view }),
  setRequestTab: (requestTab) => set({ requestTab }),
  setResponseTab: (responseTab) => set({ responseTab }),
  setXmlAsJson: (xmlAsJson) => set({ xmlAsJson }),
}));
