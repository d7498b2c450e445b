import type { OperationName } from './contract';

/**
 * Every contract operation's name, as plain strings: the Electron preload uses this list so its
 * bundle does not pull in zod and the schemas. operation-names.test.ts keeps it equal to the contract.
 */
export const operationNameList = [
  'app.info',
  'credentials.list',
  'credentials.add',
  'credentials.remove',
  'credentials.test',
  'catalog.services',
  'catalog.operations',
  'catalog.template',
  'catalog.regions',
  'request.send',
  'request.cancel',
  'request.dryRun',
  'response.readRange',
  'response.saveToFile',
  'structure.infer',
  'structure.progress',
  'structure.snippet',
  'plan.build',
  'plan.applyFix',
  'bundle.export',
  'collection.recent',
  'collection.create',
  'collection.open',
  'collection.save',
  'collection.rename',
  'collection.duplicate',
  'collection.delete',
  'collection.forget',
  'collection.import',
  'collection.export',
  'collection.saveSample',
  'collection.samples',
  'history.list',
  'history.add',
  'history.clear',
] as const satisfies readonly OperationName[];
