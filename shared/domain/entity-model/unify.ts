import type { Association, Entity, Generalization, ModelFinding } from './types';
import { fitName } from './validate-name';

/** Entities, associations and generalizations of one or more parts, before names are unique. */
export interface ModelParts {
  entities: Entity[];
  associations: Association[];
  generalizations: Generalization[];
}

function incompatibility(kept: Entity, other: Entity): string | null {
  if (kept.external !== other.external)
    return 'one of them belongs to the AWS Authentication module';
  const types = new Map(kept.attributes.map((a) => [a.name.toLowerCase(), a.type]));
  for (const attribute of other.attributes) {
    const type = types.get(attribute.name.toLowerCase());
    if (type !== undefined && type !== attribute.type)
      return `${attribute.name} is ${type} in one and ${attribute.type} in the other`;
  }
  return null;
}

function mergeInto(kept: Entity, other: Entity): void {
  const names = new Set(kept.attributes.map((a) => a.name.toLowerCase()));
  for (const attribute of other.attributes) {
    if (!names.has(attribute.name.toLowerCase())) kept.attributes.push(attribute);
  }
  for (const id of other.sourceIds) if (!kept.sourceIds.includes(id)) kept.sourceIds.push(id);
}

function uniqueName(name: string, used: Map<string, unknown>, prefix = ''): string {
  let candidate = fitName(name);
  for (let n = 2; used.has(prefix + candidate.toLowerCase()); n++)
    candidate = fitName(name, `_${n}`);
  return candidate;
}

/**
 * Merges same-named compatible entities (as Studio Pro reuses an entity by name) and renames
 * incompatible ones `Name_2`; returns the kept entities and where each merged id went.
 */
function unifyEntities(
  entities: Entity[],
  findings: ModelFinding[],
): { kept: Entity[]; alias: Map<string, string> } {
  const byName = new Map<string, Entity>();
  const alias = new Map<string, string>();
  const kept: Entity[] = [];
  const keyOf = (entity: Entity) => `${entity.module ?? ''}.${entity.name.toLowerCase()}`;
  for (const entity of entities) {
    const existing = byName.get(keyOf(entity));
    if (existing && existing.id === entity.id) continue;
    const problem = existing ? incompatibility(existing, entity) : null;
    if (existing && problem === null) {
      mergeInto(existing, entity);
      alias.set(entity.id, existing.id);
      continue;
    }
    if (existing) {
      const renamed = uniqueName(entity.name, byName, `${entity.module ?? ''}.`);
      findings.push({
        kind: 'merge-conflict',
        severity: 'warning',
        element: entity.id,
        message: `Two different entities are named ${entity.name} (${problem}): this one is renamed ${renamed}.`,
      });
      entity.name = renamed;
    }
    byName.set(keyOf(entity), entity);
    kept.push(entity);
  }
  return { kept, alias };
}

function nameAssociations(
  associations: Association[],
  entities: Entity[],
  findings: ModelFinding[],
): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const used = new Map<string, Association>();
  for (const association of associations) {
    const parent = byId.get(association.parent);
    const child = byId.get(association.child);
    const isFixed = parent?.external === true && child?.external === true;
    const wanted =
      association.customName ?? (isFixed ? association.name : `${parent?.name}_${child?.name}`);
    const name = uniqueName(wanted, used);
    if (name !== fitName(wanted)) {
      findings.push({
        kind: 'duplicate-name',
        severity: 'warning',
        element: association.id,
        message: `Another association is named ${wanted}: renamed to ${name}.`,
      });
    }
    association.name = name;
    used.set(name.toLowerCase(), association);
  }
}

/** Makes entity and association names unique, merging compatible same-named entities. */
export function unifyParts(parts: ModelParts, findings: ModelFinding[]): ModelParts {
  const { kept, alias } = unifyEntities(parts.entities, findings);
  const resolve = (id: string) => alias.get(id) ?? id;
  const seen = new Set<string>();
  const associations: Association[] = [];
  for (const association of parts.associations) {
    const moved = {
      ...association,
      parent: resolve(association.parent),
      child: resolve(association.child),
    };
    const key = `${moved.parent}|${moved.child}`;
    if (seen.has(key) || moved.parent === moved.child) continue;
    seen.add(key);
    associations.push(moved);
  }
  nameAssociations(associations, kept, findings);
  const generalizationKeys = new Set<string>();
  const generalizations: Generalization[] = [];
  for (const g of parts.generalizations) {
    const moved = { child: resolve(g.child), parent: resolve(g.parent) };
    const key = `${moved.child}|${moved.parent}`;
    if (generalizationKeys.has(key)) continue;
    generalizationKeys.add(key);
    generalizations.push(moved);
  }
  return { entities: kept, associations, generalizations };
}
