import type { StructureElement, StructureFinding } from './types';
import type { MergeNode } from './merge-node';
import { Seen } from './merge-node';
import { resolvePrimitive } from './primitive-type';

/** The note on numbers that JSON-protocol services send for timestamps. */
export const epochNote = 'Epoch seconds (JSON protocol): a number, not a DateTime';

const timestampKey = /(?:Date|Time|Timestamp|DateTime|At)$|^LastModified|^Creation(?:Date)?Time/;

/** Whether a numeric Value is named like a timestamp (`CreationDateTime`, `LastModified`, `*Time`, `*Date`). */
export function isEpochTimestamp(element: StructureElement): boolean {
  const numeric =
    element.primitiveType === 'Integer' ||
    element.primitiveType === 'Long' ||
    element.primitiveType === 'Decimal';
  return numeric && element.key !== null && timestampKey.test(element.key);
}

/**
 * Compares the merged element with what Studio Pro's first-item rule would derive and records the
 * differences as findings and notes; returns whether Studio Pro sees the element at all.
 */
export function describeStudioProDifferences(
  element: StructureElement,
  node: MergeNode,
  context: { parentVisible: boolean; isItem: boolean },
  findings: StructureFinding[],
): boolean {
  const visible = node.firstSeen !== 0;
  // Only the AWS model knows this element: the samples say nothing Studio Pro could misread.
  if (node.model !== null && !node.model.inSamples) return visible;
  const label = element.key ?? (element.kind === 'Value' ? 'The values' : 'The items');
  if (!visible && context.parentVisible) {
    findings.push({
      kind: 'later-item-keys',
      severity: 'warning',
      path: element.path,
      message: `${label} appears only after the first array item or in later samples; Studio Pro reads the first item only and would leave it out. Use the representative snippet.`,
    });
    element.notes.push('Not in the first item: Studio Pro would miss it');
  }
  if (element.optional) element.notes.push('Missing from some objects (optional)');
  if (element.kind !== 'Value') return visible;
  const sampled = resolvePrimitive(node.seen);
  // The model's type where it is laid over the samples (a Long holding small numbers, a typed null).
  const merged = { type: node.model?.type ?? sampled.type, mixed: sampled.mixed };
  if (merged.mixed) {
    findings.push({
      kind: context.isItem ? 'mixed-array' : 'incompatible-types',
      severity: 'warning',
      path: element.path,
      message: `${label} mixes text, numbers or booleans; kept as String.${context.isItem ? ' Studio Pro rejects mixed arrays.' : ''}`,
    });
  }
  if (merged.type === 'Unknown') {
    findings.push({
      kind: 'unknown-type',
      severity: 'warning',
      path: element.path,
      message: `${label} is null in every sample, so its type is Unknown; save a sample with a real value.`,
    });
    return visible;
  }
  if (!visible) return visible;
  const studioPro = resolvePrimitive(node.firstSeen).type;
  element.studioProType = studioPro;
  if (studioPro === 'Unknown' && (node.firstSeen & Seen.null) !== 0) {
    findings.push({
      kind: 'null-sample',
      severity: 'warning',
      path: element.path,
      message: `${label} is null in the first item; Studio Pro would make it Unknown instead of ${merged.type}.`,
    });
    element.notes.push(`Studio Pro: Unknown (null sample)`);
  } else if (studioPro !== sampled.type) {
    findings.push({
      kind: 'type-widened',
      severity: 'info',
      path: element.path,
      message: `${label} is ${studioPro} in the first item but ${sampled.type} elsewhere; widened to ${sampled.type}, where Studio Pro would take ${studioPro}.`,
    });
    element.notes.push(`Widened from ${studioPro}`);
  } else if (studioPro !== merged.type) {
    element.notes.push(`From the AWS model; the sample alone gives ${studioPro}`);
  }
  return visible;
}
