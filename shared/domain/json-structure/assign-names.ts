import type { StructureElement, StructureFinding } from './types';
import { exposedNameOf, itemNameOf, protectReserved, upperFirst } from './names';
import type { RenameReason } from './names';

/** Kinds of findings this pass writes, so a new pass can replace them. */
export const namingFindingKinds: ReadonlySet<string> = new Set([
  'renamed-reserved',
  'renamed-invalid',
  'renamed-clash',
]);

/** Hands out names unique without regard to case, with `_2`, `_3`... in the order asked. */
export class UniqueNames {
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  /** Whether the name is free (case-insensitively). */
  isFree(name: string): boolean {
    return !this.taken.has(name.toLowerCase());
  }

  /** Takes `name` as it is, even when it is taken already. */
  reserve(name: string): void {
    this.taken.add(name.toLowerCase());
  }

  /** `base` if free, else the first free `base_N`. */
  claim(base: string): string {
    const lower = base.toLowerCase();
    if (!this.taken.has(lower)) {
      this.taken.add(lower);
      return base;
    }
    let suffix = this.nextSuffix.get(lower) ?? 2;
    let candidate = `${base}_${suffix}`;
    while (this.taken.has(candidate.toLowerCase())) {
      suffix += 1;
      candidate = `${base}_${suffix}`;
    }
    this.nextSuffix.set(lower, suffix + 1);
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** Sibling scopes by parent index; an only child needs none, which spares deep and wide trees a Set per parent. */
function siblingScope(
  siblings: Map<number, UniqueNames>,
  elements: StructureElement[],
  parent: number,
): UniqueNames | null {
  if (parent < 0 || (elements[parent] as StructureElement).children.length < 2) return null;
  let scope = siblings.get(parent);
  if (scope === undefined) {
    scope = new UniqueNames();
    siblings.set(parent, scope);
  }
  return scope;
}

/**
 * Gives every element its default exposed name (docs/rules/json-structure.md): key-derived names, anonymous
 * names by Studio Pro version, document-wide uniqueness for objects, arrays and wrappers, and
 * uniqueness among siblings for values. Sets `defaultName` and `name`; returns the rename findings.
 */
export function assignDefaultNames(
  elements: StructureElement[],
  studioProVersion: 9 | 10,
): StructureFinding[] {
  const findings: StructureFinding[] = [];
  const containers = new UniqueNames();
  const siblings = new Map<number, UniqueNames>();
  // Names before uniquifying, which the item names of arrays are derived from.
  const bases: string[] = [];
  for (const element of elements) {
    const { base, reasons } = baseName(element, elements, bases, studioProVersion);
    bases.push(base);
    const scope = siblingScope(siblings, elements, element.parent);
    let name: string;
    if (element.kind === 'Value') {
      name = scope === null ? base : scope.claim(base);
    } else {
      name = containers.claim(base);
      if (scope !== null && !scope.isFree(name)) name = containers.claim(name);
      scope?.reserve(name);
    }
    element.defaultName = name;
    element.name = name;
    const parentName =
      element.parent < 0 ? '' : (elements[element.parent] as StructureElement).defaultName;
    recordRenames({ element, base, name, reasons, parentName }, findings);
  }
  return findings;
}

function baseName(
  element: StructureElement,
  elements: StructureElement[],
  bases: string[],
  version: 9 | 10,
): { base: string; reasons: RenameReason[] } {
  if (element.parent < 0) return { base: 'Root', reasons: [] };
  if (element.key !== null) {
    const { name, reasons } = exposedNameOf(element.key);
    return { base: name, reasons };
  }
  if (element.kind === 'Value') return { base: 'Value', reasons: [] };
  const array = elements[element.parent] as StructureElement;
  if (array.parent < 0 || version === 9) return { base: 'JsonObject', reasons: [] };
  const arrayBase = bases[array.index] as string;
  return { base: upperFirst(protectReserved(itemNameOf(arrayBase))), reasons: [] };
}

function recordRenames(
  change: {
    element: StructureElement;
    base: string;
    name: string;
    reasons: RenameReason[];
    parentName: string;
  },
  findings: StructureFinding[],
): void {
  const { element, base, name, reasons, parentName } = change;
  const key = element.key ?? '';
  if (reasons.includes('reserved')) {
    findings.push({
      kind: 'renamed-reserved',
      severity: 'info',
      path: element.path,
      message: `"${key}" is a reserved word in Mendix, so Studio Pro names it ${base}. The how-to keeps AWS naming where possible: consider ${parentName}${upperFirst(key.replace(/[^A-Za-z0-9_]/g, '_'))} instead.`,
    });
  }
  if (reasons.includes('invalid')) {
    findings.push({
      kind: 'renamed-invalid',
      severity: 'info',
      path: element.path,
      message: `"${key}" is not a valid Mendix name; Studio Pro names it ${base}.`,
    });
  }
  if (name !== base) {
    findings.push({
      kind: 'renamed-clash',
      severity: 'info',
      path: element.path,
      message: `${base} is already used in this structure, so this element is named ${name}.`,
    });
  }
}
