import type { FindingSeverity, JsonStructure, StructureElement } from './types';

/** One element in the linear JSON form: its own path segment instead of the full path. */
export type DocumentElement = Omit<StructureElement, 'path'> & {
  /** This element's part of the path (`Voices`, `(Object)`, `(Value)`); the path is the parent's plus `|` and this. */
  segment: string;
};

/** A finding that names its element by index (or, for a path no element has, by the path). */
export interface DocumentFinding {
  kind: string;
  severity: FindingSeverity;
  element?: number;
  path?: string;
  message: string;
}

/** The JSON output of `structure --format json`: linear in the input however deep it nests. */
export interface StructureDocument {
  format: 'connector-studio/structure@2';
  elements: DocumentElement[];
  findings: DocumentFinding[];
  protocol?: string;
  studioProVersion?: 9 | 10;
  /** The AWS operation whose output model was merged with the samples (model-complete). */
  model?: { service: string; operation: string };
}

/**
 * Writes a structure with every path said once: each element carries its own segment and its
 * parent's index, and findings refer to elements by index, so the size never grows with depth².
 */
export function toStructureDocument(structure: JsonStructure): StructureDocument {
  const byPath = new Map<string, number>();
  const elements = structure.elements.map((element): DocumentElement => {
    byPath.set(element.path, element.index);
    const { path, ...rest } = element;
    const parent = structure.elements[element.parent];
    return { ...rest, segment: parent ? path.slice(parent.path.length + 1) : path };
  });
  const findings = structure.findings.map((finding): DocumentFinding => {
    const index = byPath.get(finding.path);
    const { path, ...rest } = finding;
    return index === undefined ? { ...rest, path } : { ...rest, element: index };
  });
  const document: StructureDocument = {
    format: 'connector-studio/structure@2',
    elements,
    findings,
  };
  if (structure.protocol !== undefined) document.protocol = structure.protocol;
  if (structure.studioProVersion !== undefined)
    document.studioProVersion = structure.studioProVersion;
  if (structure.model !== undefined) document.model = structure.model;
  return document;
}

/** The full path of element `index` of a document, rebuilt from the segments of its ancestors. */
export function documentPath(document: StructureDocument, index: number): string {
  const parts: string[] = [];
  for (let at = index; at >= 0; at = document.elements[at]?.parent ?? -1)
    parts.push(document.elements[at]?.segment ?? '');
  return parts.reverse().join('|');
}

const keptSegments = 6;

/** A path for one line of text: long paths keep their first two and last four segments. */
export function abbreviatePath(path: string): string {
  const parts = path.split('|');
  if (parts.length <= keptSegments + 1) return path;
  const skipped = parts.length - keptSegments;
  return [...parts.slice(0, 2), `…${skipped} levels…`, ...parts.slice(-4)].join('|');
}
