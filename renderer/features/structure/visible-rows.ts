import type { StructureElement } from '../../../shared/domain/json-structure/types';

/**
 * The elements to show, in tree order: descendants of collapsed elements are hidden, and with a
 * search only matching elements and their ancestors stay. Linear in the number of elements.
 */
export function visibleRows(
  elements: readonly StructureElement[],
  collapsed: ReadonlySet<number>,
  query: string,
): number[] {
  const needle = query.trim().toLowerCase();
  const keep = needle === '' ? null : matchingWithAncestors(elements, needle);
  const rows: number[] = [];
  let hiddenBelow = Infinity;
  for (const element of elements) {
    if (element.depth > hiddenBelow) continue;
    hiddenBelow = Infinity;
    if (keep !== null && !keep[element.index]) continue;
    rows.push(element.index);
    if (collapsed.has(element.index)) hiddenBelow = element.depth;
  }
  return rows;
}

function matchingWithAncestors(elements: readonly StructureElement[], needle: string): boolean[] {
  const keep: boolean[] = new Array<boolean>(elements.length).fill(false);
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as StructureElement;
    const matches =
      element.name.toLowerCase().includes(needle) ||
      (element.key ?? '').toLowerCase().includes(needle) ||
      element.path.toLowerCase().includes(needle);
    // Children come after their parent, so walking backwards has every child decided first.
    if (matches || keep[i]) {
      keep[i] = true;
      if (element.parent >= 0) keep[element.parent] = true;
    }
  }
  return keep;
}

/** Indices of every element that has children (what "collapse all" collapses). */
export function expandableElements(elements: readonly StructureElement[]): Set<number> {
  return new Set(
    elements.filter((element) => element.children.length > 0).map((element) => element.index),
  );
}
