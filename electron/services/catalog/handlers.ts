import {
  awsCatalog,
  frozenNote,
  listOperations,
  requireService,
  searchServices,
} from '../../../shared/aws/catalog';
import type { CatalogOperation, CatalogService } from '../../../shared/aws/catalog';
import { operationTemplate } from '../../../shared/aws/operation-template';
import { partitionOf, regions } from '../../../shared/aws/regions';
import type { Handlers } from '../../../shared/ipc/dispatch';
import type {
  OperationSummary,
  RegionInfo,
  ServiceSummary,
} from '../../../shared/ipc/operations/catalog';

/** A service without its operation list, as the contract carries it. */
export function summarizeService(service: CatalogService): ServiceSummary {
  const { operations, ...rest } = service;
  return { ...rest, operationCount: operations.length };
}

/** An operation as the contract carries it. */
export function summarizeOperation(operation: CatalogOperation): OperationSummary {
  return { ...operation };
}

/** The regions a user can pick, with their partition's DNS suffix. */
export function listRegions(): RegionInfo[] {
  return regions.map((region) => ({ ...region, dnsSuffix: partitionOf(region.id).dnsSuffix }));
}

type CatalogOperationName =
  'catalog.services' | 'catalog.operations' | 'catalog.template' | 'catalog.regions';

/** The catalog's contract operations: pure look-ups in the committed AWS catalog. */
export const catalogHandlers: Pick<Handlers<unknown>, CatalogOperationName> = {
  'catalog.services': async ({ search }) => ({
    sdkVersion: awsCatalog.sdkVersion,
    frozenNote,
    services: searchServices(awsCatalog, search ?? '').map(summarizeService),
  }),
  'catalog.operations': async ({ service, search }) =>
    listOperations(requireService(awsCatalog, service), search).map(summarizeOperation),
  'catalog.template': async ({ service, operation }) =>
    operationTemplate(requireService(awsCatalog, service), operation),
  'catalog.regions': async () => listRegions(),
};
