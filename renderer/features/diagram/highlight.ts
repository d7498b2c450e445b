// Attribute values are compared in script, not put into CSS selectors: ids come from response keys.
function byAttribute(root: ParentNode, attribute: string, values: ReadonlySet<string>): Element[] {
  return [...root.querySelectorAll(`[${attribute}]`)].filter((el) =>
    values.has(el.getAttribute(attribute) ?? ''),
  );
}

/** Puts `className` on exactly the entities and associations with the given ids inside `root`. */
export function markElements(
  root: ParentNode,
  className: string,
  ids: { entities: readonly string[]; associations: readonly string[] },
): void {
  for (const el of root.querySelectorAll(`.${className}`)) el.classList.remove(className);
  for (const el of byAttribute(root, 'data-entity-id', new Set(ids.entities)))
    el.classList.add(className);
  for (const el of byAttribute(root, 'data-association-id', new Set(ids.associations)))
    el.classList.add(className);
}

/** What a pointer event in the drawing is over: an entity, an association, or nothing. */
export function hitOf(
  target: EventTarget | null,
): { kind: 'entity' | 'association'; id: string; ends: string[] } | null {
  if (!(target instanceof Element)) return null;
  const entity = target.closest('[data-entity-id]');
  if (entity) return { kind: 'entity', id: entity.getAttribute('data-entity-id') ?? '', ends: [] };
  const edge = target.closest('[data-association-id]');
  if (edge) {
    const ends = [edge.getAttribute('data-from') ?? '', edge.getAttribute('data-to') ?? ''];
    return { kind: 'association', id: edge.getAttribute('data-association-id') ?? '', ends };
  }
  return null;
}
