import { environmentValues, findVariables } from '../../../shared/domain/collection';
import type { Environment } from '../../../shared/domain/collection';

/** A piece of text for display: plain, or a `{{variable}}` marked resolved or not. */
export interface TextSegment {
  text: string;
  variable?: { name: string; resolved: boolean };
}

/** Cuts a text into plain pieces and `{{variables}}`, marking those the environment cannot fill. */
export function variableSegments(
  text: string,
  environment: Environment | undefined,
): TextSegment[] {
  const values = environmentValues(environment);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of findVariables(text, values)) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({
      text: text.slice(span.start, span.end),
      variable: { name: span.name, resolved: span.resolved },
    });
    at = span.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}
