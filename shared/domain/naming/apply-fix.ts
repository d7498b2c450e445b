import type { Association, EntityModel } from '../entity-model/types';
import { draftUseCases } from '../plan/plan-connector';
import { apiVersionOf, documentsFor, microflowNameFor } from '../plan/plan-operation';
import { plannedSteps, syncPlanWithModel } from '../plan/sync';
import { recommendedFolders } from '../plan/types';
import type { ConnectorPlan, PlannedOperation } from '../plan/types';
import { checkConnector } from './check-connector';
import { folderOf } from './check-module';
import { isValidName } from './identifiers';
import type { NamingFinding, PlanFix } from './types';

export interface FixResult {
  plan: ConnectorPlan;
  model: EntityModel;
  findings: NamingFinding[];
}

// An association whose name followed its entities keeps following them, unless that breaks a rule.
function followEntities(
  associations: Association[],
  model: EntityModel,
  renamed: Map<string, string>,
): Association[] {
  const nameOf = (id: string, after: boolean) =>
    (after ? renamed.get(id) : undefined) ?? model.entities.find((e) => e.id === id)?.name ?? '';
  const taken = new Set(associations.map((a) => a.name.toLowerCase()));
  return associations.map((association) => {
    if (
      association.customName !== undefined ||
      (!renamed.has(association.parent) && !renamed.has(association.child))
    )
      return association;
    if (
      association.name !==
      `${nameOf(association.parent, false)}_${nameOf(association.child, false)}`
    )
      return association;
    const name = `${nameOf(association.parent, true)}_${nameOf(association.child, true)}`;
    if (!isValidName(name) || taken.has(name.toLowerCase())) return association;
    taken.add(name.toLowerCase());
    return { ...association, name };
  });
}

function fixModel(model: EntityModel, fix: PlanFix): EntityModel {
  switch (fix.kind) {
    case 'rename-entity': {
      const associations = followEntities(
        model.associations,
        model,
        new Map([[fix.entityId, fix.to]]),
      );
      return {
        ...model,
        associations,
        entities: model.entities.map((e) => (e.id === fix.entityId ? { ...e, name: fix.to } : e)),
      };
    }
    case 'rename-attribute':
      return {
        ...model,
        entities: model.entities.map((e) =>
          e.attributes.some((a) => a.id === fix.attributeId)
            ? {
                ...e,
                attributes: e.attributes.map((a) =>
                  a.id === fix.attributeId ? { ...a, name: fix.to } : a,
                ),
              }
            : e,
        ),
      };
    case 'rename-association':
      return {
        ...model,
        associations: model.associations.map((a) =>
          a.id === fix.associationId ? { ...a, name: fix.to, customName: fix.to } : a,
        ),
      };
    // Every other kind is listed, so a new fix kind fails the exhaustiveness lint here until decided.
    case 'rename-module':
    case 'rename-microflow':
    case 'rename-document':
    case 'rename-enumeration':
    case 'rename-enumeration-value':
    case 'set-action':
    case 'set-exposed':
    case 'restore-steps':
    case 'restore-folders':
    case 'draft-use-cases':
      return model;
  }
}

function renameDocument(
  operation: PlannedOperation,
  documentId: string,
  to: string,
): PlannedOperation {
  const old = operation.documents.find((d) => d.id === documentId)?.name;
  const steps = operation.microflow.steps.map((step) =>
    (step.kind === 'import-mapping' || step.kind === 'export-mapping') && step.mapping === old
      ? { ...step, mapping: to }
      : step,
  );
  return {
    ...operation,
    documents: operation.documents.map((d) => (d.id === documentId ? { ...d, name: to } : d)),
    microflow: { ...operation.microflow, steps },
  };
}

function setAction(operation: PlannedOperation, to: string, model: EntityModel): PlannedOperation {
  const hasBody = operation.documents.some((d) => d.id === 'exm-request');
  const changed: PlannedOperation = {
    ...operation,
    action: to,
    exposed: { ...operation.exposed, caption: to },
    documents: documentsFor(to, hasBody),
    microflow: {
      ...operation.microflow,
      name: microflowNameFor(operation.request.method, apiVersionOf(operation.request.path), to),
    },
  };
  return { ...changed, microflow: { ...changed.microflow, steps: plannedSteps(changed, model) } };
}

function fixOperation(
  operation: PlannedOperation,
  fix: PlanFix,
  model: EntityModel,
): PlannedOperation {
  if (!('operationId' in fix) || fix.operationId !== operation.id) return operation;
  switch (fix.kind) {
    case 'rename-microflow':
      return { ...operation, microflow: { ...operation.microflow, name: fix.to } };
    case 'rename-document':
      return renameDocument(operation, fix.documentId, fix.to);
    case 'set-action':
      return setAction(operation, fix.to, model);
    case 'set-exposed':
      return {
        ...operation,
        exposed: { ...operation.exposed, caption: fix.caption, category: fix.category },
      };
    case 'restore-steps':
      return {
        ...operation,
        microflow: { ...operation.microflow, steps: plannedSteps(operation, model) },
      };
  }
}

function fixModule(plan: ConnectorPlan, fix: PlanFix): ConnectorPlan {
  switch (fix.kind) {
    case 'rename-module':
      return { ...plan, module: { ...plan.module, name: fix.to } };
    case 'restore-folders':
      return {
        ...plan,
        folders: [
          ...recommendedFolders,
          ...plan.folders.filter((f) => !(recommendedFolders as readonly string[]).includes(f)),
        ],
        operations: plan.operations.map((o) => ({
          ...o,
          microflow: { ...o.microflow, folder: 'Operations' },
          documents: o.documents.map((d) => ({ ...d, folder: folderOf(d.kind) })),
        })),
      };
    case 'draft-use-cases':
      return {
        ...plan,
        typicalUseCases: draftUseCases(
          plan.module.serviceName,
          plan.operations.map((o) => o.action),
        ),
      };
    case 'rename-enumeration':
      return {
        ...plan,
        enumerations: plan.enumerations.map((e) =>
          e.name === fix.enumeration ? { ...e, name: fix.to } : e,
        ),
      };
    case 'rename-enumeration-value':
      return {
        ...plan,
        enumerations: plan.enumerations.map((e) =>
          e.name === fix.enumeration
            ? {
                ...e,
                values: e.values.map((v) => (v.name === fix.value ? { ...v, name: fix.to } : v)),
              }
            : e,
        ),
      };
    case 'rename-entity':
    case 'rename-attribute':
    case 'rename-association':
    case 'rename-microflow':
    case 'rename-document':
    case 'set-action':
    case 'set-exposed':
    case 'restore-steps':
      return plan;
  }
}

/** Applies a quick fix to the plan and the model together and checks the result again. */
export function applyFix(plan: ConnectorPlan, model: EntityModel, fix: PlanFix): FixResult {
  const nextModel = fixModel(model, fix);
  const moduleFixed = fixModule(plan, fix);
  const operationsFixed = {
    ...moduleFixed,
    operations: moduleFixed.operations.map((o) => fixOperation(o, fix, nextModel)),
  };
  const nextPlan = syncPlanWithModel(operationsFixed, nextModel);
  return { plan: nextPlan, model: nextModel, findings: checkConnector(nextPlan, nextModel) };
}
