// Helpers for the rulebook tests: the docs' anchors and the source files the rules are emitted from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository root. */
export const root = join(__dirname, '..');

/** Reads a file relative to the repository root. */
export function readRepoFile(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** Every file under a folder (relative to the root) whose name ends with one of the suffixes. */
export function filesUnder(folder: string, suffixes: readonly string[]): string[] {
  const found: string[] = [];
  const pending = [join(root, folder)];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) pending.push(path);
      else if (suffixes.some((suffix) => name.endsWith(suffix))) found.push(relative(root, path));
    }
  }
  return found.sort();
}

/** The anchor GitHub gives a Markdown heading: lower case, punctuation dropped, spaces as `-`. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of every heading of a Markdown text, outside code fences. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = /^#{1,6} (.+)$/.exec(line);
    if (!inFence && heading?.[1]) anchors.add(headingAnchor(heading[1]));
  }
  return anchors;
}

/** The text of a Markdown section: from its heading to the next heading of any level. */
export function sectionOf(markdown: string, anchor: string): string | undefined {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => {
    const heading = /^#{1,6} (.+)$/.exec(line);
    return heading?.[1] !== undefined && headingAnchor(heading[1]) === anchor;
  });
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/**
 * The finding kinds a source text emits: the values of each `kind:` that is followed by
 * `severity:` on the next line, the shape of every finding object in shared/domain.
 */
export function emittedFindingKinds(source: string): string[] {
  const kinds: string[] = [];
  for (const match of source.matchAll(/kind:([^\n]*)\n\s*severity:/g))
    // Only the values of the expression (`'a'`, `x ? 'a' : 'b'`), not the operands of a comparison.
    for (const literal of (match[1] ?? '').matchAll(/(?:^\s*|[?:]\s*)'([a-z][a-z-]*)'/g))
      if (literal[1]) kinds.push(literal[1]);
  // Findings built by a helper call: `finding('model-map', 'warning', …)`.
  for (const match of source.matchAll(/\bfinding\(\s*'([a-z][a-z-]*)'/g))
    if (match[1]) kinds.push(match[1]);
  return kinds;
}
