import { mappingPlans } from '../bundle/mappings';
import type { EntityModel } from '../entity-model/types';
import { awsAuthentication } from '../mendix/aws-authentication';
import { mendixString } from '../plan/request-body';
import type {
  CallRestStep,
  CheckRequiredStep,
  ExportStep,
  HeaderListStep,
  PlannedOperation,
  QueryListStep,
  SigV4BuilderStep,
} from '../plan/types';
import type {
  ScriptAssociation,
  ScriptEntity,
  ScriptImportMapping,
  ScriptMicroflow,
  ScriptXmlImport,
} from './spec';
import { documentOf } from './spec';
import { actionIconPng } from './action-icon';

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

/** The import (or export) mapping of an operation on a JSON structure: each mapped object with its entity, association and values. */
export function mappingOf(
  operation: PlannedOperation,
  model: EntityModel,
  associations: readonly ScriptAssociation[],
  kind: 'import' | 'export' = 'import',
): ScriptImportMapping | null {
  const plan = mappingPlans(operation, model).find((p) => p.kind === kind);
  const document = documentOf(operation, kind === 'import' ? 'imm' : 'exm-request');
  // A mapping on an XML schema is not built from a JSON structure (see xmlImportOf).
  if (!plan || !document || plan.entries.length === 0 || plan.schemaSource !== 'JSON structure')
    return null;
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

/** The XML schema and import mapping of an operation that answers in XML, or null. */
export function xmlImportOf(operation: PlannedOperation): ScriptXmlImport | null {
  const schema = documentOf(operation, 'xsd');
  const mapping = documentOf(operation, 'imm');
  if (!schema || !mapping || !operation.xmlDocument) return null;
  return {
    action: operation.action,
    schema: schema.name,
    schemaFolder: schema.folder,
    importMapping: mapping.name,
    mappingFolder: mapping.folder,
    rootElement: operation.xmlDocument.element,
  };
}

function stepOf<K extends string>(operation: PlannedOperation, kind: K) {
  return operation.microflow.steps.find((s) => s.kind === kind);
}

/** The operation microflow: parameters, SigV4 builder settings, signed Call REST, mappings, exposure. */
export function microflowOf(
  operation: PlannedOperation,
  mappings: { importMapping: string | null; exportMapping: string | null },
): ScriptMicroflow {
  const builder = stepOf(operation, 'create-sigv4-builder') as SigV4BuilderStep | undefined;
  const call = stepOf(operation, 'call-rest') as CallRestStep | undefined;
  const exportStep = stepOf(operation, 'export-mapping') as ExportStep | undefined;
  const headerList = stepOf(operation, 'header-list') as HeaderListStep | undefined;
  const queryList = stepOf(operation, 'query-list') as QueryListStep | undefined;
  const checks = stepOf(operation, 'check-required') as CheckRequiredStep | undefined;
  const callHeaders = call?.headers ?? [];
  // Studio Pro's Call REST sends every header it lists: an optional input header would go out
  // empty when unset, so the script leaves those out of both lists and names them as work by hand.
  const optional = new Set(callHeaders.filter((h) => h.whenSet !== undefined).map((h) => h.name));
  const token = callHeaders.find((h) => h.condition !== undefined);
  const responseEntity = operation.responseEntityId ? operation.microflow.returnType : null;
  const requestParameter = operation.microflow.parameters[2]?.name ?? null;
  const exportMapping =
    exportStep && mappings.exportMapping === exportStep.mapping ? exportStep.mapping : null;
  // Without its export mapping the plan's `$RequestBody` would name no variable: send the body as recorded.
  const requestBody =
    builder && (exportMapping || builder.settings.RequestBody !== '$RequestBody')
      ? builder.settings.RequestBody
      : mendixString(operation.request.body ?? '');
  return {
    name: operation.microflow.name,
    folder: operation.microflow.folder,
    documentation: operation.documentation,
    parameters: operation.microflow.parameters.map((p) => ({
      name: p.name,
      type: p.type,
      documentation: p.documentation,
    })),
    returnEntity: mappings.importMapping ? responseEntity : null,
    requestParameter,
    exportMapping,
    checks: checks?.checks.map((c) => ({ attribute: c.attribute, condition: c.condition })) ?? [],
    builder: {
      serviceName: builder?.settings.ServiceName ?? operation.service.signingName,
      httpMethod: builder?.settings.HTTPMethod ?? operation.request.method.toUpperCase(),
      path: builder?.settings.Path ?? mendixString(operation.request.path),
      requestBody,
      uriPrefix: builder?.settings.URIPrefix ?? null,
      subDomain: builder?.settings.SubDomain ?? null,
    },
    headers: callHeaders
      .filter((h) => h.condition === undefined && h.whenSet === undefined)
      .map((h) => ({ key: h.name, value: h.value })),
    sessionToken: token ? { key: token.name, value: token.value } : null,
    // Header values in the plan are texts (a `$` starts an expression); query values are expressions.
    headerList: (headerList?.headers ?? [])
      .filter((h) => !optional.has(h.name))
      .map((h) => ({
        key: h.name,
        value: h.value.startsWith('$') ? h.value : mendixString(h.value),
        when: h.whenSet ?? null,
      })),
    queryList: (queryList?.parameters ?? []).map((p) => ({
      key: p.name,
      value: p.value,
      when: p.whenSet ?? null,
    })),
    body: call?.body ?? null,
    timeout: call?.timeout ?? '',
    method: call?.method ?? operation.request.method.toUpperCase(),
    errorLog: call?.errorHandling.log ?? `${operation.service.fullName} ${operation.action} failed`,
    importMapping: mappings.importMapping,
    exposed: {
      caption: operation.exposed.caption,
      category: operation.exposed.category,
      icon: actionIconPng,
    },
    manual: [...optional].map(
      (name) =>
        `microflow ${operation.microflow.name}: the optional header ${name} is not sent (Studio Pro's Call REST sends every header it lists, so an unset one would go out empty); to send it, add it to ${awsAuthentication.getSigV4HeadersParameters.headers} and to a Call REST activity on a branch where it is set`,
    ),
  };
}
