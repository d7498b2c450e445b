import { create } from 'zustand';
import type {
  OperationSummary,
  RegionInfo,
  ServiceSummary,
} from '../../shared/ipc/operations/catalog';
import type { AppInfo } from '../../shared/ipc/operations/app';

interface CatalogState {
  appInfo: AppInfo | null;
  regions: RegionInfo[];
  services: ServiceSummary[];
  frozenNote: string;
  /** Operations per service id, fetched once each. */
  operations: Record<string, OperationSummary[]>;
  setAppInfo(info: AppInfo): void;
  setRegions(regions: RegionInfo[]): void;
  setServices(services: ServiceSummary[], frozenNote: string): void;
  setOperations(service: string, operations: OperationSummary[]): void;
}

/** Catalog cache: app info, regions, services and the operations of services already opened. */
export const useCatalogStore = create<CatalogState>()((set) => ({
  appInfo: null,
  regions: [],
  services: [],
  frozenNote: '',
  operations: {},
  setAppInfo: (appInfo) => set({ appInfo }),
  setRegions: (regions) => set({ regions }),
  setServices: (services, frozenNote) => set({ services, frozenNote }),
  setOperations: (service, operations) =>
    set((state) => ({ operations: { ...state.operations, [service]: operations } })),
}));
