import type { Catalog } from '../../aws/catalog';
import { findService } from '../../aws/catalog';
import type { EntityModel } from '../entity-model/types';
import { moduleNameFor } from '../naming/identifiers';
import { planOperation } from './plan-operation';
import { recommendedFolders } from './types';
import type { ConnectorPlan, OperationInput, PlanSettings } from './types';

export interface PlanConnectorInput {
  operations: readonly OperationInput[];
  catalog: Catalog;
  model: EntityModel;
  settings?: PlanSettings;
}

/** The default text of the Typical Use Cases section, until the user writes their own. */
export function draftUseCases(serviceName: string, actions: readonly string[]): string {
  return `Use this connector to call ${serviceName} from a Mendix app: ${actions.join(', ')}.`;
}

/**
 * Plans the connector module: its name, version and folders, and per operation the microflow,
 * exposed action, documents and documentation (docs/rules/naming.md#the-connector).
 */
export function planConnector({
  operations,
  catalog,
  model,
  settings = {},
}: PlanConnectorInput): ConnectorPlan {
  const first = operations[0];
  const service = first ? findService(catalog, first.request.service) : undefined;
  const serviceName = service?.fullName ?? model.serviceName ?? first?.request.service ?? '';
  const moduleName = settings.moduleName ?? moduleNameFor(serviceName);
  const usedIds = new Set<string>();
  const id = (action: string): string => {
    let candidate = action;
    for (let n = 2; usedIds.has(candidate); n++) candidate = `${action}_${n}`;
    usedIds.add(candidate);
    return candidate;
  };
  const context = { catalog, model, moduleName, id, microflowNames: settings.microflowNames ?? {} };
  const planned = operations.map((operation) => planOperation(operation, context));
  return {
    toolVersion: settings.toolVersion ?? '0.0.0',
    module: { name: moduleName, version: settings.version ?? '1.0.0', serviceName },
    // XML responses add a folder for their XML schemas beside the JSON snippets.
    folders: planned.some((o) => o.xmlDocument)
      ? [...recommendedFolders, 'Private/XML Schemas']
      : [...recommendedFolders],
    enumerations: settings.enumerations ?? [],
    typicalUseCases:
      settings.typicalUseCases ??
      draftUseCases(
        serviceName,
        planned.map((o) => o.action),
      ),
    operations: planned,
  };
}
