import type { JsonStructure, StructureElement } from '../json-structure/types';
import type { ModelDecisions } from './decisions';
import { deriveAttribute, uniquifyAttributes } from './attributes';
import type { Association, Entity, EntitySide, ExcludedElement, ModelFinding } from './types';
import { validateName } from './validate-name';

/** What one side (request or response) of an operation contributes before names are unified. */
export interface SideModel {
  entities: Entity[];
  associations: Association[];
  excluded: ExcludedElement[];
  findings: ModelFinding[];
}

interface SideContext {
  side: Exclude<EntitySide, 'external'>;
  action: string;
  decisions: ModelDecisions;
}

/** Why an Object or Wrapper makes no entity, or null when it does. */
function exclusionReason(
  element: StructureElement,
  id: string,
  state: WalkState,
): ExcludedElement['reason'] | null {
  const { decisions } = state.context;
  if (state.excludedIds.has(id)) return 'user';
  if (state.restoredIds.has(id)) return null;
  // Response side only: a request's value list (Textract's required FeatureTypes) is an input the
  // export mapping must write, so it keeps its entity whatever the convention says.
  if (
    element.kind === 'Wrapper' &&
    decisions.conventions.dropPrimitiveWrappers &&
    state.context.side === 'response'
  )
    return 'convention';
  // The root always maps (it becomes {Action}Response); wrappers follow the convention above.
  if (!element.included && element.parent !== -1 && element.kind !== 'Wrapper') return 'structure';
  return null;
}

export function entityName(
  element: StructureElement,
  context: SideContext,
  findings: ModelFinding[],
): string {
  const id = `${context.side}:${element.path}`;
  const isRoot = element.parent === -1 && element.kind === 'Object';
  const suffix = context.side === 'response' ? 'Response' : 'Request';
  // C04: the request entity is always {Action}Request; only the response root rename is a convention.
  const isRenamed =
    isRoot && (context.side === 'request' || context.decisions.conventions.renameRoot);
  const automatic = isRenamed ? `${context.action}${suffix}` : element.name;
  const custom = context.decisions.names[id];
  if (custom === undefined) return automatic;
  const check = validateName(custom);
  if (check.isValid) return custom;
  findings.push({
    kind: 'invalid-name',
    severity: 'error',
    element: id,
    message: `${custom}: ${check.problems.map((p) => p.message).join(' ')} Kept ${automatic}.`,
  });
  return automatic;
}

/** The nearest ancestor that is an Object or Wrapper (arrays attach their items to it), or -1. */
function containerOf(elements: StructureElement[], element: StructureElement): number {
  let index = element.parent;
  while (index !== -1 && elements[index]?.kind === 'Array') index = elements[index]?.parent ?? -1;
  return index;
}

function makeEntity(
  element: StructureElement,
  context: SideContext,
  findings: ModelFinding[],
): Entity {
  const id = `${context.side}:${element.path}`;
  return {
    id,
    sourceIds: [id],
    name: entityName(element, context, findings),
    external: false,
    side: context.side,
    attributes: [],
    documentation: '',
    sourcePath: element.path,
    isList: element.maxOccurs === -1,
  };
}

function makeAssociation(item: Entity, container: Entity): Association {
  return item.isList
    ? {
        id: `assoc:${item.id}`,
        name: '',
        parent: item.id,
        child: container.id,
        type: 'Reference',
        owner: 'Default',
        multiplicity: '1-*',
      }
    : {
        id: `assoc:${item.id}`,
        name: '',
        parent: container.id,
        child: item.id,
        type: 'Reference',
        owner: 'Both',
        multiplicity: '1-1',
      };
}

/** Maps one JSON structure the way "Map automatically" does, with the connector conventions as decided. */
export function deriveSide(structure: JsonStructure, context: SideContext): SideModel {
  const result: SideModel = { entities: [], associations: [], excluded: [], findings: [] };
  const { elements } = structure;
  const state: WalkState = {
    context,
    result,
    entityAt: new Map(),
    skipped: new Set(),
    elements,
    excludedIds: new Set(context.decisions.excluded),
    restoredIds: new Set(context.decisions.restored),
  };
  for (const element of elements) {
    if (state.skipped.has(element.parent)) {
      state.skipped.add(element.index);
      continue;
    }
    if (element.kind === 'Object' || element.kind === 'Wrapper') addEntity(element, state);
    else if (element.kind === 'Value') addAttribute(element, state);
  }
  for (const entity of result.entities) uniquifyAttributes(entity.attributes, result.findings);
  return result;
}

interface WalkState {
  context: SideContext;
  result: SideModel;
  entityAt: Map<number, Entity>;
  skipped: Set<number>;
  elements: StructureElement[];
  excludedIds: ReadonlySet<string>;
  restoredIds: ReadonlySet<string>;
}

function addEntity(element: StructureElement, state: WalkState): void {
  const { context, result } = state;
  const id = `${context.side}:${element.path}`;
  const reason = exclusionReason(element, id, state);
  if (reason !== null) {
    state.skipped.add(element.index);
    result.excluded.push({ id, kind: 'entity', name: element.name, reason });
    if (reason === 'convention') {
      result.findings.push({
        kind: 'dropped-wrapper',
        severity: 'info',
        element: id,
        message: `${element.name} only wraps primitive values: left out by convention; restore it if the values matter.`,
      });
    }
    return;
  }
  const entity = makeEntity(element, context, result.findings);
  state.entityAt.set(element.index, entity);
  result.entities.push(entity);
  const container = state.entityAt.get(containerOf(state.elements, element));
  if (container) result.associations.push(makeAssociation(entity, container));
}

function addAttribute(element: StructureElement, state: WalkState): void {
  const { context, result } = state;
  const id = `${context.side}:${element.path}`;
  const owner = state.entityAt.get(element.parent);
  if (!owner) {
    result.findings.push({
      kind: 'value-without-entity',
      severity: 'warning',
      element: id,
      message: `${element.path} is a value outside any object: it maps to no attribute.`,
    });
    return;
  }
  if (state.excludedIds.has(id)) {
    result.excluded.push({ id, kind: 'attribute', name: element.name, reason: 'user' });
    return;
  }
  const findings = result.findings;
  owner.attributes.push(
    deriveAttribute(element, {
      id,
      entityName: owner.name,
      decisions: context.decisions,
      findings,
    }),
  );
}
