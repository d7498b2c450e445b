import { mappingPlans } from '../bundle/mappings';
import type { EntityModel } from '../entity-model/types';
import type { CallRestStep, PlannedOperation, SigV4BuilderStep } from '../plan/types';
import type { ScriptAssociation, ScriptEntity, ScriptImportMapping, ScriptMicroflow } from './spec';
import { documentOf } from './spec';

/** The connector's own entities (external ones such as AbstractRequest live in their module). */
export function entitiesOf(model: EntityModel): ScriptEntity[] {
  const byId = new Map(model.entities.map((e) => [e.id, e]));
  return model.entities
    .filter((entity) => !entity.external)
    .map((entity) => {
      const generalization = model.generalizations.find((g) => g.child === entity.id);
      const parent = generalization ? byId.get(generalization.parent) : undefined;
      const qualified = parent?.module ? `${parent.module}.${parent.name}` : (parent?.name ?? null);
      return {
        name: entity.name,
        documentation: entity.documentation,
        generalization: entity.generalization ?? qualified,
        attributes: entity.attributes.map((a) => ({
          name: a.name,
          type: a.type,
          length: a.type === 'String' ? (a.length ?? 0) : 0,
          documentation: a.documentation,
        })),
      };
    });
}

/** Associations between the connector's own entities, by entity name. */
export function associationsOf(model: EntityModel): ScriptAssociation[] {
  const byId = new Map(model.entities.map((e) => [e.id, e]));
  return model.associations.flatMap((association) => {
    const parent = byId.get(association.parent);
    const child = byId.get(association.child);
    if (!parent || !child || parent.external || child.external) return [];
    return [
      {
        name: association.customName ?? association.name,
        parent: parent.name,
        child: child.name,
        type: association.type,
        owner: association.owner,
      },
    ];
  });
}

/** The nearest mapped ancestor path of an element path (`a|b|(Object)|c` → the longest mapped prefix). */
function mappedAncestor(path: string, mapped: readonly string[]): string | undefined {
  return mapped
    .filter((candidate) => candidate !== path && path.startsWith(`${candidate}|`))
    .sort((a, b) => b.length - a.length)[0];
}

/** The import mapping of an operation: each mapped object with its entity, association and values. */
export function importMappingOf(
  operation: PlannedOperation,
  model: EntityModel,
  associations: readonly ScriptAssociation[],
): ScriptImportMapping | null {
  const plan = mappingPlans(operation, model).find((p) => p.kind === 'import');
  const document = documentOf(operation, 'imm');
  if (!plan || !document || plan.entries.length === 0) return null;
  const paths = plan.entries.map((e) => e.elementPath);
  const entityAt = new Map(plan.entries.map((e) => [e.elementPath, e.entity]));
  const objects = plan.entries.map((entry) => {
    const ancestor = mappedAncestor(entry.elementPath, paths);
    const other = ancestor ? entityAt.get(ancestor) : undefined;
    const association = other
      ? associations.find(
          (a) =>
            (a.parent === entry.entity && a.child === other) ||
            (a.parent === other && a.child === entry.entity),
        )
      : undefined;
    return {
      elementPath: entry.elementPath,
      entity: entry.entity,
      association: association?.name ?? null,
      values: entry.attributes
        .filter((a) => a.elementPath !== null)
        .map((a) => ({ elementPath: a.elementPath as string, attribute: a.attribute })),
    };
  });
  const root = [...plan.entries].sort((a, b) => a.elementPath.length - b.elementPath.length)[0];
  return {
    name: document.name,
    folder: document.folder,
    structure: plan.structure,
    rootEntity: root?.entity ?? '',
    objects,
  };
}

function stepOf<K extends string>(operation: PlannedOperation, kind: K) {
  return operation.microflow.steps.find((s) => s.kind === kind);
}

/** The operation microflow: parameters, SigV4 builder settings, signed Call REST, mapping, exposure. */
export function microflowOf(
  operation: PlannedOperation,
  importMapping: string | null,
): ScriptMicroflow {
  const builder = stepOf(operation, 'create-sigv4-builder') as SigV4BuilderStep | undefined;
  const call = stepOf(operation, 'call-rest') as CallRestStep | undefined;
  const responseEntity = operation.responseEntityId ? operation.microflow.returnType : null;
  return {
    name: operation.microflow.name,
    folder: operation.microflow.folder,
    documentation: operation.documentation,
    parameters: operation.microflow.parameters.map((p) => ({
      name: p.name,
      type: p.type,
      documentation: p.documentation,
    })),
    returnEntity: importMapping ? responseEntity : null,
    builder: {
      serviceName: builder?.settings.ServiceName ?? operation.service.signingName,
      httpMethod: builder?.settings.HTTPMethod ?? operation.request.method.toUpperCase(),
      path: builder?.settings.Path ?? operation.request.path,
      requestBody: operation.request.body ?? '',
    },
    // Only plain expressions: plan notes in parentheses ("temporary credentials only") are not Mendix.
    headers: (call?.headers ?? [])
      .filter((h) => !/\(.*\)\s*$/.test(h.value))
      .map((h) => ({ key: h.name, value: h.value })),
    timeout: call?.timeout ?? '',
    method: call?.method ?? operation.request.method.toUpperCase(),
    errorLog: call?.errorHandling.log ?? `${operation.service.fullName} ${operation.action} failed`,
    importMapping,
    exposed: { caption: operation.exposed.caption, category: operation.exposed.category },
  };
}
