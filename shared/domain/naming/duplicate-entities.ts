import type { Entity, EntityModel } from '../entity-model/types';
import type { NamingFinding } from './types';

/** What makes two entities interchangeable in an import mapping: attribute names and types, and the entities they hold. */
function shapeOf(entity: Entity, model: EntityModel): string {
  const attributes = entity.attributes.map((a) => `${a.name}:${a.type}`).sort();
  const byId = new Map(model.entities.map((e) => [e.id, e]));
  const held = model.associations
    .filter((a) => a.parent === entity.id && a.multiplicity === '1-1')
    .map((a) => byId.get(a.child)?.name.replace(/_\d+$/, '') ?? '')
    .concat(
      model.associations
        .filter((a) => a.child === entity.id && a.multiplicity === '1-*')
        .map((a) => `*${byId.get(a.parent)?.name.replace(/_\d+$/, '') ?? ''}`),
    )
    .sort();
  return JSON.stringify([attributes, held]);
}

/**
 * C06 for `Geometry_2`, `BoundingBox_3`: the `_N` uniquifier on an entity identical to the one it
 * was kept apart from (the same element name at several places of the response). One entity is
 * enough: Studio Pro's import mapping can map several elements to the same entity.
 */
export function duplicateEntityFindings(
  entities: readonly Entity[],
  model: EntityModel,
): NamingFinding[] {
  const byName = new Map(entities.map((e) => [e.name, e]));
  const findings: NamingFinding[] = [];
  for (const entity of entities) {
    const match = /^(.+)_(\d+)$/.exec(entity.name);
    const original = match ? byName.get(match[1] as string) : undefined;
    if (!original) continue;
    const shape = shapeOf(original, model);
    // Two empty entities say nothing about each other.
    if (shape === '[[],[]]' || shape !== shapeOf(entity, model)) continue;
    findings.push({
      rule: 'C06',
      severity: 'warning',
      element: { kind: 'entity', id: entity.id, name: entity.name },
      message: `"${entity.name}" is identical to ${original.name} (same attributes and associations; "_${match?.[2] ?? ''}" only keeps the repeated element name apart). In the import mapping, map this element to ${original.name} too and delete ${entity.name}, or rename it to say how it differs.`,
    });
  }
  return findings;
}
