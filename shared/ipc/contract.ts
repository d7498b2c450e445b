import type { z } from 'zod';
import { combineOperationGroups } from './combine';
import type { DuplicateOperationNames } from './combine';
import { appOperations } from './operations/app';
import { catalogOperations } from './operations/catalog';
import { collectionOperations } from './operations/collection';
import { mendixOperations } from './operations/mendix';
import { credentialsOperations } from './operations/credentials';
import { planOperations } from './operations/plan';
import { requestOperations } from './operations/request';
import { responseOperations } from './operations/response';
import { structureOperations } from './operations/structure';

const operationGroups = [
  appOperations,
  credentialsOperations,
  catalogOperations,
  requestOperations,
  responseOperations,
  structureOperations,
  planOperations,
  collectionOperations,
  mendixOperations,
] as const;

// A name in two groups fails here at compile time (the error names it) and at load in combineOperationGroups.
const everyNameOnce: [DuplicateOperationNames<typeof operationGroups>] extends [never]
  ? true
  : { definedTwice: DuplicateOperationNames<typeof operationGroups> } = true;
void everyNameOnce;

/**
 * Every operation the renderer may ask of the privileged side. The Electron preload, the main
 * process handlers, the browser host's routes and the renderer's client all derive from this map.
 */
export const contract = combineOperationGroups(operationGroups);

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller sends: defaults may be left out. */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
/** What a handler receives: the input after the dispatcher parsed it (defaults filled, transforms applied). */
export type ParsedOperationInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Parses a caller's input as the dispatcher does, for code that calls a handler directly (tests). */
export function parseOperationInput<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
): ParsedOperationInput<K> {
  return contract[name].input.parse(input) as ParsedOperationInput<K>;
}
