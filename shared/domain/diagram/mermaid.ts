import type { EntityModel } from '../entity-model/types';

// Mermaid class names allow letters, digits, _ and -; anything else (from hostile keys) is replaced.
function safeName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

function safeLabel(text: string): string {
  return text.replace(/[^A-Za-z0-9_ .()-]/g, '_');
}

/** The model as Mermaid `classDiagram` text: entities with typed attributes, associations, generalizations. */
export function toMermaidClassDiagram(model: EntityModel): string {
  const names = new Map(model.entities.map((e) => [e.id, safeName(e.name)]));
  const lines = ['classDiagram'];
  for (const entity of model.entities) {
    const name = safeName(entity.name);
    lines.push(`  class ${name} {`);
    if (entity.external) lines.push(`    <<${safeLabel(entity.module ?? 'external')}>>`);
    for (const attribute of entity.attributes) {
      lines.push(`    +${attribute.type} ${safeName(attribute.name)}`);
    }
    lines.push('  }');
  }
  for (const association of model.associations) {
    const parent = names.get(association.parent);
    const child = names.get(association.child);
    if (!parent || !child) continue;
    const label = safeLabel(association.name);
    if (association.multiplicity === '1-*')
      lines.push(`  ${child} "1" -- "*" ${parent} : ${label}`);
    else lines.push(`  ${parent} "1" -- "1" ${child} : ${label}`);
  }
  for (const generalization of model.generalizations) {
    const parent = names.get(generalization.parent);
    const child = names.get(generalization.child);
    if (parent && child) lines.push(`  ${parent} <|-- ${child}`);
  }
  return `${lines.join('\n')}\n`;
}
