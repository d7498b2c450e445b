import { create } from 'zustand';
import type { OperationOutput } from '../../shared/ipc/contract';
import type { RequestAuth } from '../../shared/ipc/operations/auth';
import { createRow } from './rows';
import type { KeyValueRow } from './rows';

export type OperationTemplate = OperationOutput<'catalog.template'>;
export type RowTable = 'query' | 'headers';

/** What the user is composing; it never holds a secret. */
export interface RequestDraft {
  region: string;
  service: string;
  operation: string;
  method: string;
  path: string;
  labels: Record<string, string>;
  labelNames: string[];
  query: KeyValueRow[];
  headers: KeyValueRow[];
  body: string;
  endpoint: string;
  credentialId: string;
  timeoutMs: number | undefined;
  /** The saved request's auth (none, bearer, basic, API key, SigV4); absent means SigV4. Holds references, never a secret. */
  auth?: RequestAuth | undefined;
}

interface RequestActions {
  setField<F extends keyof RequestDraft>(field: F, value: RequestDraft[F]): void;
  setService(service: string): void;
  applyTemplate(operation: string, template: OperationTemplate): void;
  setLabel(name: string, value: string): void;
  addRow(table: RowTable): void;
  updateRow(table: RowTable, id: number, patch: Partial<Omit<KeyValueRow, 'id'>>): void;
  removeRow(table: RowTable, id: number): void;
}

export type RequestState = RequestDraft & RequestActions;

/** The draft a new window starts with. */
export function initialDraft(): RequestDraft {
  return {
    region: 'us-east-1',
    service: '',
    operation: '',
    method: 'GET',
    path: '/',
    labels: {},
    labelNames: [],
    query: [],
    headers: [],
    body: '',
    endpoint: '',
    credentialId: '',
    timeoutMs: undefined,
  };
}

/** The request draft slice. */
export const useRequestStore = create<RequestState>()((set) => ({
  ...initialDraft(),
  setField: (field, value) => set({ [field]: value } as Partial<RequestDraft>),
  setService: (service) => set({ service, operation: '' }),
  applyTemplate: (operation, template) =>
    set((state) => ({
      operation,
      method: template.method,
      path: template.path,
      labelNames: template.labels,
      labels: Object.fromEntries(template.labels.map((name) => [name, state.labels[name] ?? ''])),
      query: template.query.map(([name, value]) => createRow(name, value ?? '', value === null)),
      headers: template.headers.map(([name, value]) => createRow(name, value)),
      body: template.body ?? '',
    })),
  setLabel: (name, value) => set((state) => ({ labels: { ...state.labels, [name]: value } })),
  addRow: (table) => set((state) => ({ [table]: [...state[table], createRow()] })),
  updateRow: (table, id, patch) =>
    set((state) => ({
      [table]: state[table].map((row) => (row.id === id ? { ...row, ...patch } : row)),
    })),
  removeRow: (table, id) =>
    set((state) => ({ [table]: state[table].filter((row) => row.id !== id) })),
}));
