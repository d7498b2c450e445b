import { abbreviatePath } from './structure-document';
import type { JsonStructure, StructureElement } from './types';

/** Occurrence as Studio Pro shows it: `1..1`, `0..1`, `0..*`. */
export function formatOccurrence(
  element: Pick<StructureElement, 'minOccurs' | 'maxOccurs'>,
): string {
  return `${element.minOccurs}..${element.maxOccurs < 0 ? '*' : element.maxOccurs}`;
}

/** The type column: the primitive type of a Value, else the element kind. */
export function formatType(element: Pick<StructureElement, 'kind' | 'primitiveType'>): string {
  return element.kind === 'Value' ? element.primitiveType : element.kind;
}

const maxIndentDepth = 40;

/** An indented text tree like Studio Pro's structure editor: name, type, occurrence, notes. */
export function formatStructureTree(structure: JsonStructure): string {
  const lines: string[] = [];
  if (structure.model)
    lines.push(
      `Model-complete: ${structure.model.service} ${structure.model.operation} (AWS model, aws-sdk v2 2024) merged with the samples; [model] only the model, [sample only] only the samples`,
    );
  for (const element of structure.elements) {
    // Past a fixed depth the indentation stops growing and the depth is written out instead.
    const indent = '  '.repeat(Math.min(element.depth, maxIndentDepth));
    const deep = element.depth > maxIndentDepth ? `[${element.depth}] ` : '';
    const custom = element.name !== element.defaultName ? ` (was ${element.defaultName})` : '';
    const flags = [
      element.origin === 'model' ? 'model' : element.origin === 'sample' ? 'sample only' : '',
      element.nillable ? 'nillable' : '',
      element.included ? '' : 'excluded',
    ].filter(Boolean);
    const extra = [...flags, ...element.notes].join('; ');
    const sample = element.sample !== undefined ? ` = ${element.sample}` : '';
    lines.push(
      `${indent}${deep}${element.name}${custom}  ${formatType(element)} ${formatOccurrence(element)}${sample}${extra ? `  [${extra}]` : ''}`,
    );
  }
  if (structure.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const finding of structure.findings)
      lines.push(
        `  ${finding.severity} ${finding.kind} ${abbreviatePath(finding.path)}: ${finding.message}`,
      );
  }
  return lines.join('\n');
}
