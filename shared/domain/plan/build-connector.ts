import type { Catalog } from '../../aws/catalog';
import { findService } from '../../aws/catalog';
import { deriveEntityModel } from '../entity-model/derive';
import type { ModelDecisions } from '../entity-model/decisions';
import { mergeEntityModels } from '../entity-model/merge';
import type { EntityModel } from '../entity-model/types';
import { inferJsonStructure } from '../json-structure/infer';
import type { JsonStructure, StructureDecisions } from '../json-structure/types';
import { planConnector } from './plan-connector';
import { resolveAction } from './plan-operation';
import type { ConnectorPlan, OperationInput, PlanSettings, SentRequest } from './types';

/** One operation as the app and the CLI keep it: the request sent, its response samples, the user's decisions. */
export interface RecordedOperation {
  request: SentRequest;
  /** Response bodies as JSON text (XML responses in their JSON form); at least one. */
  samples: string[];
  structureDecisions?: StructureDecisions;
  modelDecisions?: ModelDecisions;
}

export interface BuildConnectorInput {
  operations: readonly RecordedOperation[];
  catalog: Catalog;
  settings?: PlanSettings;
  studioProVersion?: 9 | 10;
}

function requestStructureOf(
  body: string | undefined,
  protocol: string | undefined,
): JsonStructure | undefined {
  if (body === undefined || !/^\s*\{/.test(body)) return undefined;
  try {
    return inferJsonStructure([body], { studioProVersion: 10, ...(protocol ? { protocol } : {}) });
  } catch {
    return undefined;
  }
}

/** Groups recordings of the same action, so several calls of one operation are several samples. */
function groupByAction(
  operations: readonly RecordedOperation[],
  catalog: Catalog,
): Array<{ action: string; first: RecordedOperation; samples: string[] }> {
  const groups = new Map<string, { action: string; first: RecordedOperation; samples: string[] }>();
  for (const operation of operations) {
    const { action } = resolveAction(
      findService(catalog, operation.request.service),
      operation.request,
    );
    const group = groups.get(action);
    if (group) group.samples.push(...operation.samples);
    else groups.set(action, { action, first: operation, samples: [...operation.samples] });
  }
  return [...groups.values()];
}

/**
 * The whole pipeline for a set of recorded operations: structures, entity models merged into one
 * domain model, and the connector plan. Pure: the app, the browser mode and the CLI all call it.
 */
export function buildConnector(input: BuildConnectorInput): {
  plan: ConnectorPlan;
  model: EntityModel;
} {
  const inputs: OperationInput[] = [];
  const models: EntityModel[] = [];
  for (const group of groupByAction(input.operations, input.catalog)) {
    const service = findService(input.catalog, group.first.request.service);
    const protocol = service?.protocol;
    const responseStructure = inferJsonStructure(group.samples, {
      studioProVersion: input.studioProVersion ?? 10,
      ...(protocol ? { protocol } : {}),
      ...(group.first.structureDecisions ? { decisions: group.first.structureDecisions } : {}),
    });
    const requestStructure = requestStructureOf(group.first.request.body, protocol);
    const serviceName = service?.fullName ?? group.first.request.service;
    models.push(
      deriveEntityModel(
        responseStructure,
        { action: group.action, serviceName, ...(requestStructure ? { requestStructure } : {}) },
        group.first.modelDecisions,
      ),
    );
    inputs.push({
      request: group.first.request,
      responseStructure,
      ...(requestStructure ? { requestStructure } : {}),
    });
  }
  const model = mergeEntityModels(models);
  const plan = planConnector({
    operations: inputs,
    catalog: input.catalog,
    model,
    ...(input.settings ? { settings: input.settings } : {}),
  });
  return { plan, model };
}
