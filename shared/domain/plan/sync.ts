import type { EntityModel } from '../entity-model/types';
import { describeAction } from './documentation';
import { operationParameters } from './plan-operation';
import { buildSteps } from './steps';
import type { ConnectorPlan, PlannedOperation, PlanStep } from './types';

function names(
  operation: PlannedOperation,
  model: EntityModel,
): { request: string; response: string } {
  const request =
    model.entities.find((e) => e.id === operation.requestEntityId)?.name ??
    `${operation.action}Request`;
  const response =
    model.entities.find((e) => e.id === operation.responseEntityId)?.name ??
    `${operation.action}Response`;
  return { request, response };
}

/** The activities of an operation as planned from its request and current names (what "restore" puts back). */
export function plannedSteps(operation: PlannedOperation, model: EntityModel): PlanStep[] {
  const { request, response } = names(operation, model);
  const exportMapping = operation.documents.find((d) => d.id === 'exm-request')?.name;
  const xmlSchema = operation.documents.find((d) => d.id === 'xsd')?.name;
  const requestEntity = model.entities.find((e) => e.id === operation.requestEntityId);
  return buildSteps({
    service: operation.service,
    request: operation.request,
    action: operation.action,
    requestVariable: request,
    responseVariable: response,
    hasBody: exportMapping !== undefined,
    documents: {
      importMapping:
        operation.documents.find((d) => d.id === 'imm')?.name ?? `IMM_${operation.action}`,
      ...(exportMapping ? { exportMapping } : {}),
      ...(xmlSchema ? { xmlSchema } : {}),
    },
    ...(operation.fixedQuery ? { fixedQuery: operation.fixedQuery } : {}),
    ...(operation.pathTemplate ? { pathTemplate: operation.pathTemplate } : {}),
    ...(requestEntity ? { requestEntity } : {}),
    ...(operation.hostPrefix ? { hostPrefix: operation.hostPrefix } : {}),
  });
}

function renameVariables(steps: PlanStep[], request: string, response: string): PlanStep[] {
  return steps.map((step) => {
    if (step.kind === 'export-mapping') return { ...step, input: `$${request}` };
    if (step.kind === 'import-mapping') return { ...step, output: response };
    if (step.kind === 'return') return { ...step, value: `$${response}` };
    return step;
  });
}

/** Brings every name a plan takes from the model (parameters, return type, variables, documentation) up to date. */
export function syncPlanWithModel(plan: ConnectorPlan, model: EntityModel): ConnectorPlan {
  const operations = plan.operations.map((operation) => {
    const { request, response } = names(operation, model);
    const synced: PlannedOperation = {
      ...operation,
      microflow: {
        ...operation.microflow,
        parameters: operationParameters(plan.module.name, request, operation.requestEntityId),
        steps: renameVariables(operation.microflow.steps, request, response),
        returnType: `${plan.module.name}.${response}`,
      },
    };
    synced.documentation = describeAction(synced, model);
    return synced;
  });
  return { ...plan, operations };
}
