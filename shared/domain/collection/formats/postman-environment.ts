import type { Variable } from '../schema';
import { ConversionReport } from '../report';
import { SecretCollector, assembleCollection } from './common';
import { str } from './json-values';
import type { Obj } from './json-values';
import type { ImportResult } from './postman-import';
import { buildEnvironment, readVariableList } from './postman-variables';

/** Reads a Postman environment file: one environment, its secret values offered to the credential store. */
export function importPostmanEnvironment(root: Obj): ImportResult {
  const report = new ConversionReport();
  const collector = new SecretCollector();
  const name = str(root.name) ?? 'Postman environment';
  const environments = buildEnvironment(
    readVariableList(root.values),
    { secretVariables: new Map<string, Variable>(), collector, report },
    { name, requests: [] },
  );
  if (environments.length === 0) environments.push({ name, variables: [] });
  const data = assembleCollection({ name, requests: [], environments });
  return { data, secrets: collector.secrets, notes: report.grouped() };
}
