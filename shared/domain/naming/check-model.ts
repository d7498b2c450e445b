import { singularize } from '../json-structure/names';
import type { Entity, EntityModel } from '../entity-model/types';
import type { ConnectorPlan } from '../plan/types';
import { duplicateEntityFindings } from './duplicate-entities';
import { isValidName, uniqueName } from './identifiers';
import { checkName, checkUnique } from './name-rules';
import type { FindingElement, NamingFinding } from './types';

const own = (model: EntityModel): Entity[] => model.entities.filter((e) => !e.external);

function entityElement(entity: Entity): FindingElement {
  return { kind: 'entity', id: entity.id, name: entity.name };
}

function actionOf(entity: Entity): string {
  const id = entity.sourceIds[0] ?? entity.id;
  const slash = id.indexOf('/');
  return slash > 0 ? id.slice(0, slash) : '';
}

function entityNameFindings(entity: Entity, taken: string[], moduleName: string): NamingFinding[] {
  const element = entityElement(entity);
  const fix = (to: string) => ({ kind: 'rename-entity' as const, entityId: entity.id, to });
  const findings = checkName(entity.name, {
    element,
    what: 'entity',
    taken,
    prefix: actionOf(entity) || 'Aws',
    fix,
  });
  if (entity.name.toLowerCase() === moduleName.toLowerCase()) {
    const to = uniqueName(`${entity.name}Entity`, taken);
    findings.push({
      rule: 'N07',
      severity: 'error',
      element,
      message: `The entity "${entity.name}" is named like its module ${moduleName}; Studio Pro refuses that.`,
      quickFix: { label: `Rename to ${to}`, fix: fix(to) },
    });
  }
  if (findings.length > 0) return findings;
  // Only list items are named by us; a single object keeps AWS's name (`Eyeglasses`, `CpuOptions`, `Ebs`).
  const singular = singularize(entity.name);
  if (
    entity.isList &&
    singular !== entity.name &&
    !/(Request|Response)$/.test(entity.name) &&
    /^[A-Z]/.test(singular)
  ) {
    const to = uniqueName(singular, taken);
    findings.push({
      rule: 'N08',
      severity: 'warning',
      element,
      message: `Entity names are singular: "${entity.name}" reads as a plural.`,
      quickFix: { label: `Rename to ${to}`, fix: fix(to) },
    });
  }
  return findings;
}

/** `{Array}Item`, the suffix given when an array's singular is its own name; not AWS's own `LineItem`. */
function isAutomaticItemName(entity: Entity): boolean {
  if (!/.Item$/.test(entity.name)) return false;
  const key = (entity.sourcePath ?? '')
    .split('|')
    .filter((part) => !part.startsWith('('))
    .pop();
  return key === undefined || entity.name.toLowerCase() === `${key}item`.toLowerCase();
}

function leftoverFinding(entity: Entity, taken: string[]): NamingFinding | undefined {
  const element = entityElement(entity);
  const fix = (to: string) => ({
    label: `Rename to ${to}`,
    fix: { kind: 'rename-entity' as const, entityId: entity.id, to },
  });
  const action = actionOf(entity);
  if (entity.name === 'Root') {
    const to = uniqueName(`${action}${entity.side === 'request' ? 'Request' : 'Response'}`, taken);
    return {
      rule: 'C06',
      severity: 'warning',
      element,
      message: `"Root" is the name "Map automatically" gives; name the root entity ${to}.`,
      ...(action ? { quickFix: fix(to) } : {}),
    };
  }
  if (entity.name === 'JsonObject') {
    const key = (entity.sourcePath ?? '')
      .split('|')
      .filter((part) => !part.startsWith('('))
      .pop();
    const to = key
      ? uniqueName(singularize(key.charAt(0).toUpperCase() + key.slice(1)), taken)
      : undefined;
    return {
      rule: 'C06',
      severity: 'warning',
      element,
      message:
        '"JsonObject" is the name Studio Pro 9 gives array items; give the entity a singular, readable name.',
      ...(to && /^[A-Z]/.test(to) ? { quickFix: fix(to) } : {}),
    };
  }
  if (isAutomaticItemName(entity)) {
    return {
      rule: 'C06',
      severity: 'warning',
      element,
      message: `"${entity.name}" looks like an automatic item name; give it a singular, readable name.`,
    };
  }
  if (entity.attributes.length === 1 && entity.attributes[0]?.jsonKey === null) {
    return {
      rule: 'C06',
      severity: 'warning',
      element,
      message: `"${entity.name}" only wraps one value of a primitive list; the how-to drops such wrappers unless the values matter.`,
    };
  }
  return undefined;
}

function attributeFindings(entity: Entity): NamingFinding[] {
  const names = entity.attributes.map((a) => a.name);
  const items = entity.attributes.map((attribute) => ({
    element: {
      kind: 'attribute' as const,
      id: attribute.id,
      name: `${entity.name}.${attribute.name}`,
    },
    name: attribute.name,
    fix: (to: string) => ({ kind: 'rename-attribute' as const, attributeId: attribute.id, to }),
  }));
  return [
    ...items.flatMap((item) =>
      checkName(item.name, {
        ...item,
        what: `attribute of ${entity.name}`,
        taken: names,
        prefix: entity.name,
      }),
    ),
    ...checkUnique(items, `attribute of ${entity.name}`),
  ];
}

function associationFindings(model: EntityModel): NamingFinding[] {
  const byId = new Map(model.entities.map((e) => [e.id, e]));
  const associations = model.associations.filter((a) => !byId.get(a.parent)?.external);
  const names = associations.map((a) => a.name);
  const items = associations.map((association) => ({
    element: { kind: 'association' as const, id: association.id, name: association.name },
    name: association.name,
    fix: (to: string) => ({
      kind: 'rename-association' as const,
      associationId: association.id,
      to,
    }),
  }));
  const findings = [
    ...items.flatMap((item) =>
      checkName(item.name, { ...item, what: 'association', taken: names, prefix: 'Aws' }),
    ),
    ...checkUnique(items, 'association'),
  ];
  associations.forEach((association, index) => {
    const item = items[index];
    const expected = `${byId.get(association.parent)?.name}_${byId.get(association.child)?.name}`;
    if (
      !item ||
      association.name === expected ||
      findings.some((f) => f.element.id === association.id)
    )
      return;
    const to = uniqueName(expected, names);
    findings.push({
      rule: 'N12',
      severity: 'warning',
      element: item.element,
      message: `Association names read {Owner}_{Other}: "${association.name}" should be ${expected}.`,
      ...(isValidName(to) ? { quickFix: { label: `Rename to ${to}`, fix: item.fix(to) } } : {}),
    });
  });
  return findings;
}

/** Naming findings on the domain model: entities, attributes and associations (N01–N08, N12, C06). */
export function checkModel(plan: ConnectorPlan, model: EntityModel): NamingFinding[] {
  const entities = own(model);
  const taken = [...entities.map((e) => e.name), plan.module.name];
  const items = entities.map((entity) => ({
    element: entityElement(entity),
    name: entity.name,
    fix: (to: string) => ({ kind: 'rename-entity' as const, entityId: entity.id, to }),
  }));
  const findings: NamingFinding[] = [
    ...entities.flatMap((entity) => entityNameFindings(entity, taken, plan.module.name)),
    ...checkUnique(items, 'entity', [plan.module.name]),
  ];
  for (const entity of entities) {
    const leftover = leftoverFinding(entity, taken);
    if (leftover) findings.push(leftover);
    findings.push(...attributeFindings(entity));
  }
  findings.push(...associationFindings(model), ...duplicateEntityFindings(entities, model));
  return findings;
}
