import type { AttributeType, Association, Entity, EntityAttribute } from './types';

/** How Studio Pro labels an attribute type. */
export function attributeTypeLabel(type: AttributeType, length?: number): string {
  if (type === 'DateTime') return 'Date and time';
  if (type === 'String') return length ? `String (${length})` : 'String (unlimited)';
  return type;
}

interface DocumentationContext {
  serviceName: string;
  action: string;
  entities: Map<string, Entity>;
  associations: Association[];
}

interface AssociationIndex {
  /** Associations in which the entity holds others (as the list's container or the 1-1 parent). */
  holds: Map<string, Association[]>;
  /** The association in which the entity is held. */
  heldBy: Map<string, Association>;
}

function indexAssociations(associations: Association[]): AssociationIndex {
  const holds = new Map<string, Association[]>();
  const heldBy = new Map<string, Association>();
  for (const a of associations) {
    const isList = a.multiplicity === '1-*';
    const holder = isList ? a.child : a.parent;
    const held = isList ? a.parent : a.child;
    holds.set(holder, [...(holds.get(holder) ?? []), a]);
    if (!heldBy.has(held)) heldBy.set(held, a);
  }
  return { holds, heldBy };
}

function attributeSentence(attributes: EntityAttribute[]): string {
  if (attributes.length === 0) return 'It has no attributes of its own.';
  const required = attributes.filter((a) => a.required).map((a) => a.name);
  const optional = attributes.filter((a) => !a.required).map((a) => a.name);
  const parts: string[] = [];
  if (required.length > 0) parts.push(`Required attributes: ${required.join(', ')}.`);
  if (optional.length > 0) parts.push(`Optional attributes: ${optional.join(', ')}.`);
  return parts.join(' ');
}

function childSentences(
  entity: Entity,
  context: DocumentationContext,
  index: AssociationIndex,
): string[] {
  const sentences: string[] = [];
  for (const association of index.holds.get(entity.id) ?? []) {
    if (association.multiplicity === '1-*' && association.child === entity.id) {
      const item = context.entities.get(association.parent);
      sentences.push(`It has a list of ${item?.name} objects (association ${association.name}).`);
    } else if (association.multiplicity === '1-1' && association.parent === entity.id) {
      const child = context.entities.get(association.child);
      sentences.push(`It has one ${child?.name} object (association ${association.name}).`);
    }
  }
  return sentences;
}

function roleSentence(
  entity: Entity,
  context: DocumentationContext,
  index: AssociationIndex,
): string {
  const where = `the ${context.serviceName} ${context.action} action`;
  if (entity.generalization) {
    return `This entity is the request for ${where}. It generalizes ${entity.generalization}, so its BasicClientConfig sets the timeout and endpoint.`;
  }
  const container = index.heldBy.get(entity.id);
  const side = entity.side === 'request' ? 'request' : 'response';
  if (!container) return `This entity is the ${side} for ${where}.`;
  const holderId = container.multiplicity === '1-*' ? container.child : container.parent;
  const holder = context.entities.get(holderId)?.name;
  const count =
    container.multiplicity === '1-*'
      ? `a list of ${entity.name} objects`
      : `one ${entity.name} object`;
  return `This entity is part of the ${side} for ${where}: a ${holder} has ${count} (association ${container.name}).`;
}

/** The how-to style draft for an entity: its role, request or response, lists and attributes. */
export function draftEntityDocumentation(
  entity: Entity,
  context: DocumentationContext,
  index = indexAssociations(context.associations),
): string {
  return [
    roleSentence(entity, context, index),
    ...childSentences(entity, context, index),
    attributeSentence(entity.attributes),
  ].join(' ');
}

/** The how-to style draft for an attribute: what it holds, required or optional, its type. */
export function draftAttributeDocumentation(attribute: EntityAttribute, entity: Entity): string {
  const need = attribute.required ? 'Required' : 'Optional';
  const type = attributeTypeLabel(attribute.type, attribute.length);
  const subject =
    attribute.jsonKey !== null
      ? `The ${attribute.jsonKey} of the ${entity.name}`
      : attribute.sourcePath === null
        ? `The ${attribute.name} of the ${entity.name}`
        : `One value of the ${entity.name} list`;
  const aws = attribute.modelDocumentation ? ` AWS: ${attribute.modelDocumentation}` : '';
  return `${subject}. ${need}; type ${type}.${aws}`;
}

/** Fills every entity's and attribute's documentation: the user's text where edited, else the draft. */
export function documentModel(
  entities: Entity[],
  context: Omit<DocumentationContext, 'entities'>,
  edits: Record<string, string>,
): void {
  const full: DocumentationContext = {
    ...context,
    entities: new Map(entities.map((e) => [e.id, e])),
  };
  const index = indexAssociations(context.associations);
  for (const entity of entities) {
    if (entity.external) continue;
    entity.documentation = edits[entity.id] ?? draftEntityDocumentation(entity, full, index);
    for (const attribute of entity.attributes) {
      attribute.documentation =
        edits[attribute.id] ?? draftAttributeDocumentation(attribute, entity);
    }
  }
}
