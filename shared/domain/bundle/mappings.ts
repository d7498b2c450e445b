import type { EntityModel } from '../entity-model/types';
import { entitiesOfAction } from '../plan/action-entities';
import type { PlannedOperation } from '../plan/types';

export interface MappingEntry {
  elementPath: string;
  entity: string;
  attributes: Array<{
    elementPath: string | null;
    jsonKey: string | null;
    attribute: string;
    type: string;
  }>;
}

export interface MappingPlan {
  name: string;
  kind: 'import' | 'export';
  /** The JSON structure or XML schema the mapping is built on. */
  structure: string;
  schemaSource: 'JSON structure' | 'XML schema';
  entries: MappingEntry[];
}

function entries(model: EntityModel, action: string, side: 'request' | 'response'): MappingEntry[] {
  return entitiesOfAction(model, action, side)
    .filter((entity) => entity.sourcePath !== null)
    .map((entity) => ({
      elementPath: entity.sourcePath as string,
      entity: entity.name,
      attributes: entity.attributes.map((a) => ({
        elementPath: a.sourcePath,
        jsonKey: a.jsonKey,
        attribute: a.name,
        type: a.type,
      })),
    }));
}

/** The import mapping (and, with a body, the export mapping) of an operation: which element maps to which entity and attribute. */
export function mappingPlans(operation: PlannedOperation, model: EntityModel): MappingPlan[] {
  const plans: MappingPlan[] = [];
  const imm = operation.documents.find((d) => d.id === 'imm');
  const json = operation.documents.find((d) => d.id === 'json' || d.id === 'xsd');
  if (imm)
    plans.push({
      name: imm.name,
      kind: 'import',
      structure: json?.name ?? '',
      schemaSource: json?.kind === 'xml-schema' ? 'XML schema' : 'JSON structure',
      entries: entries(model, operation.action, 'response'),
    });
  const exm = operation.documents.find((d) => d.id === 'exm-request');
  const jsonRequest = operation.documents.find((d) => d.id === 'json-request');
  if (exm)
    plans.push({
      name: exm.name,
      kind: 'export',
      structure: jsonRequest?.name ?? '',
      schemaSource: 'JSON structure',
      entries: entries(model, operation.action, 'request'),
    });
  return plans;
}
