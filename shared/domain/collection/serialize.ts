import { canonicalJson } from '../bundle/canonical-json';

/**
 * A file's text: keys sorted, two-space indentation, newline at the end, so the same content always
 * gives the same bytes and a Git diff shows only what changed. Collection files hold bounded, flat
 * data (bodies are strings), so the recursion of JSON.stringify stays shallow.
 */
export function serializeFile(value: unknown): string {
  return canonicalJson(value);
}
