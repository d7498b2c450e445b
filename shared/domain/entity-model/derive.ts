import type { JsonStructure, StructureElement } from '../json-structure/types';
import { defaultModelDecisions } from './decisions';
import type { ModelDecisions } from './decisions';
import { deriveSide, entityName } from './derive-side';
import type { SideModel } from './derive-side';
import { documentModel } from './documentation';
import {
  abstractRequestEntity,
  abstractRequestId,
  basicClientConfigAssociation,
  basicClientConfigEntity,
} from './external';
import type { Association, Entity, EntityModel, ModelFinding } from './types';
import { unifyParts } from './unify';
import { validateName } from './validate-name';
import { inputAttribute } from './request-inputs';
import type { RequestInput } from './request-inputs';

/** The operation a model is for; `serviceName` as Amazon writes it (`Amazon Polly`). */
export interface ModelOperation {
  action: string;
  serviceName: string;
  /** The structure of the request body, when the operation sends one. */
  requestStructure?: JsonStructure;
  /** Inputs sent in the path, query or headers (from the operation's AWS model): request attributes too. */
  requestInputs?: readonly RequestInput[];
}

const rootElement: StructureElement = {
  index: 0,
  parent: -1,
  depth: 0,
  children: [],
  kind: 'Object',
  primitiveType: 'Unknown',
  path: '(Object)',
  key: null,
  defaultName: 'Root',
  name: 'Root',
  minOccurs: 1,
  maxOccurs: 1,
  nillable: false,
  included: true,
  notes: [],
};

/** Adds the located inputs the body's attributes do not already hold (by name). */
function addInputs(root: Entity, inputs: readonly RequestInput[] | undefined): void {
  for (const input of inputs ?? []) {
    const attribute = inputAttribute(input);
    if (!root.attributes.some((a) => a.name.toLowerCase() === attribute.name.toLowerCase()))
      root.attributes.push(attribute);
  }
}

function requestSide(
  operation: ModelOperation,
  decisions: ModelDecisions,
): { side: SideModel; root: Entity } {
  const context = { side: 'request' as const, action: operation.action, decisions };
  const structure = operation.requestStructure;
  const side =
    structure && structure.elements[0]?.kind === 'Object' ? deriveSide(structure, context) : null;
  const root = side?.entities.find((e) => e.sourcePath === '(Object)');
  if (side && root) {
    addInputs(root, operation.requestInputs);
    return { side, root };
  }
  const findings: ModelFinding[] = [];
  const synthetic: Entity = {
    id: 'request:(Object)',
    sourceIds: ['request:(Object)'],
    name: entityName(rootElement, context, findings),
    external: false,
    side: 'request',
    attributes: [],
    documentation: '',
    sourcePath: null,
    isList: false,
  };
  addInputs(synthetic, operation.requestInputs);
  const empty: SideModel = side ?? { entities: [], associations: [], excluded: [], findings: [] };
  return {
    side: {
      ...empty,
      entities: [synthetic, ...empty.entities],
      findings: [...empty.findings, ...findings],
    },
    root: synthetic,
  };
}

function applyAssociationNames(
  associations: Association[],
  decisions: ModelDecisions,
  findings: ModelFinding[],
): void {
  for (const association of associations) {
    const custom = decisions.names[association.id];
    if (custom === undefined) continue;
    const check = validateName(custom);
    if (check.isValid) association.customName = custom;
    else
      findings.push({
        kind: 'invalid-name',
        severity: 'error',
        element: association.id,
        message: `${custom}: ${check.problems.map((p) => p.message).join(' ')}`,
      });
  }
}

function emptyEntityFindings(parts: {
  entities: Entity[];
  associations: Association[];
}): ModelFinding[] {
  const holders = new Set(
    parts.associations.map((a) => (a.multiplicity === '1-*' ? a.child : a.parent)),
  );
  return parts.entities
    .filter(
      (e) =>
        !e.external &&
        e.attributes.length === 0 &&
        !holders.has(e.id) &&
        e.sourcePath !== '(Object)' &&
        e.sourcePath !== null,
    )
    .map((e) => ({
      kind: 'empty-entity',
      severity: 'info' as const,
      element: e.id,
      message: `${e.name} has no attributes and no children: exclude it unless a later sample fills it.`,
    }));
}

/**
 * Derives the entities "Map automatically" would create from a response structure, applies the
 * connector conventions and the user's decisions, and adds the request side.
 */
export function deriveEntityModel(
  structure: JsonStructure,
  operation: ModelOperation,
  decisions: ModelDecisions = defaultModelDecisions,
): EntityModel {
  const response = deriveSide(structure, { side: 'response', action: operation.action, decisions });
  const { side: request, root } = requestSide(operation, decisions);
  root.generalization = abstractRequestId;
  const findings = [...response.findings, ...request.findings];
  const associations = [...response.associations, ...request.associations];
  applyAssociationNames(associations, decisions, findings);
  const parts = unifyParts(
    {
      entities: [
        ...response.entities,
        ...request.entities,
        abstractRequestEntity(),
        basicClientConfigEntity(),
      ],
      associations: [...associations, basicClientConfigAssociation()],
      generalizations: [{ child: root.id, parent: abstractRequestId }],
    },
    findings,
  );
  findings.push(...emptyEntityFindings(parts));
  const context = {
    serviceName: operation.serviceName,
    action: operation.action,
    associations: parts.associations,
  };
  documentModel(parts.entities, context, decisions.documentation);
  return {
    serviceName: operation.serviceName,
    actions: [operation.action],
    ...parts,
    findings,
    excluded: [...response.excluded, ...request.excluded],
  };
}
