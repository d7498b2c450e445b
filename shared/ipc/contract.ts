import type { z } from 'zod';
import { appOperations } from './operations/app';
import { catalogOperations } from './operations/catalog';
import { collectionOperations } from './operations/collection';
import { mendixOperations } from './operations/mendix';
import { credentialsOperations } from './operations/credentials';
import { planOperations } from './operations/plan';
import { requestOperations } from './operations/request';
import { responseOperations } from './operations/response';
import { structureOperations } from './operations/structure';

/**
 * Every operation the renderer may ask of the privileged side. The Electron preload, the main
 * process handlers, the browser host's routes and the renderer's client all derive from this map.
 */
export const contract = {
  ...appOperations,
  ...credentialsOperations,
  ...catalogOperations,
  ...requestOperations,
  ...responseOperations,
  ...structureOperations,
  ...planOperations,
  ...collectionOperations,
  ...mendixOperations,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
