import type { JsonStructure, StructureElement } from './types';

const compactBeyondDepth = 64;

/**
 * Writes a representative snippet: a JSON text whose first array items carry every key of the
 * merged structure with a non-null sample of the merged type, so that Studio Pro, reading first
 * items only, derives exactly this structure. Iterative, so any depth is fine.
 */
export function toRepresentativeSnippet(structure: JsonStructure, indent = 2): string {
  const { elements } = structure;
  const root = elements[0];
  if (root === undefined) return '';
  const out: string[] = [];
  // Indentation grows with the square of the depth; very deep structures are written compact.
  const width = elements.some((element) => element.depth > compactBeyondDepth) ? 0 : indent;
  const pad = (depth: number): string => (width > 0 ? `\n${' '.repeat(width * depth)}` : '');
  const stack: { element: StructureElement; next: number; depth: number }[] = [];
  const enter = (element: StructureElement, depth: number): void => {
    if (element.kind === 'Value') {
      out.push(element.sample ?? 'null');
      return;
    }
    if (element.kind === 'Object') out.push('{');
    if (element.kind === 'Array') out.push('[');
    stack.push({ element, next: 0, depth: element.kind === 'Wrapper' ? depth - 1 : depth });
  };
  enter(root, 0);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const { element } = frame;
    if (frame.next < element.children.length) {
      const child = elements[element.children[frame.next] as number] as StructureElement;
      if (frame.next > 0) out.push(',');
      frame.next += 1;
      if (element.kind !== 'Wrapper') out.push(pad(frame.depth + 1));
      if (element.kind === 'Object')
        out.push(`${JSON.stringify(child.key ?? '')}:${width > 0 ? ' ' : ''}`);
      enter(child, frame.depth + 1);
      continue;
    }
    stack.pop();
    if (element.kind === 'Wrapper') continue;
    if (element.children.length > 0) out.push(pad(frame.depth));
    out.push(element.kind === 'Object' ? '}' : ']');
  }
  return out.join('');
}
