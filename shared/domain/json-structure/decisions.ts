import type {
  JsonStructure,
  StructureDecisions,
  StructureElement,
  StructureFinding,
} from './types';
import { assignDefaultNames, namingFindingKinds } from './assign-names';
import { validateCustomName } from './names';

const decisionFindingKinds: ReadonlySet<string> = new Set([
  'invalid-custom-name',
  'custom-name-clash',
  'unknown-decision-path',
]);

/**
 * Applies the user's decisions to a structure without scanning the samples again: the Studio Pro
 * version's anonymous names, custom names (validated; a rejected one keeps the default and becomes
 * an error finding), and exclusions. Returns a new structure; the input is left unchanged.
 */
export function applyStructureDecisions(
  structure: JsonStructure,
  decisions: StructureDecisions,
): JsonStructure {
  const elements = structure.elements.map((element) => ({ ...element }));
  let findings = structure.findings.filter((finding) => !decisionFindingKinds.has(finding.kind));
  if (structure.studioProVersion !== decisions.studioProVersion) {
    findings = findings.filter((finding) => !namingFindingKinds.has(finding.kind));
    findings.push(...assignDefaultNames(elements, decisions.studioProVersion));
  }
  findings.push(...applyCustomNames(elements, decisions.customNames));
  applyInclusion(elements, decisions);
  return { ...structure, elements, findings, studioProVersion: decisions.studioProVersion };
}

function applyCustomNames(
  elements: StructureElement[],
  customNames: Record<string, string>,
): StructureFinding[] {
  const findings: StructureFinding[] = [];
  const byPath = new Map<string, StructureElement>();
  for (const element of elements) {
    element.name = element.defaultName;
    byPath.set(element.path, element);
  }
  const containerNames = new Map<string, number>();
  for (const element of elements) {
    if (element.kind !== 'Value')
      containerNames.set(element.defaultName.toLowerCase(), element.index);
  }
  for (const path of Object.keys(customNames)) {
    const custom = customNames[path] as string;
    const element = byPath.get(path);
    if (element === undefined) continue;
    const problem = validateCustomName(custom);
    if (problem !== null) {
      findings.push({
        kind: 'invalid-custom-name',
        severity: 'error',
        path,
        message: `Custom name "${custom}" is not used: ${problem}`,
      });
      continue;
    }
    const clash = clashOf(element, custom, { elements, containerNames });
    if (clash !== null) {
      findings.push({
        kind: 'custom-name-clash',
        severity: 'error',
        path,
        message: `Custom name "${custom}" is not used: ${clash} is already named so.`,
      });
      continue;
    }
    if (element.kind !== 'Value') {
      containerNames.delete(element.name.toLowerCase());
      containerNames.set(custom.toLowerCase(), element.index);
    }
    element.name = custom;
  }
  return findings;
}

function clashOf(
  element: StructureElement,
  custom: string,
  context: { elements: StructureElement[]; containerNames: Map<string, number> },
): string | null {
  const lower = custom.toLowerCase();
  if (element.kind !== 'Value') {
    const owner = context.containerNames.get(lower);
    if (owner !== undefined && owner !== element.index)
      return (context.elements[owner] as StructureElement).path;
  }
  const parent = context.elements[element.parent];
  if (parent === undefined) return null;
  for (const sibling of parent.children) {
    const other = context.elements[sibling] as StructureElement;
    if (other.index !== element.index && other.name.toLowerCase() === lower) return other.path;
  }
  return null;
}

function applyInclusion(elements: StructureElement[], decisions: StructureDecisions): void {
  const excluded = new Set(decisions.excluded);
  const included = new Set(decisions.included);
  for (const element of elements) {
    element.included = included.has(element.path) || !excluded.has(element.path);
  }
}

/** The exclusions the connector how-to makes: the Root object when it only wraps one array, and the wrappers of value arrays. */
export function suggestHowToExclusions(structure: JsonStructure): string[] {
  const paths: string[] = [];
  const root = structure.elements[0];
  if (root !== undefined && root.kind === 'Object' && root.children.length === 1) {
    const only = structure.elements[root.children[0] as number];
    if (only?.kind === 'Array') paths.push(root.path);
  }
  for (const element of structure.elements) {
    if (element.kind === 'Wrapper') paths.push(element.path);
  }
  return paths;
}
