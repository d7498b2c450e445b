/** A curl command cut out of a pasted text, with the `# comment` that named it. */
export interface CurlChunk {
  name?: string;
  text: string;
}

/** What surrounds curl commands in scripts and docs: shell variables set by `export` lines. */
export interface CurlScript {
  chunks: CurlChunk[];
  /** `export NAME=value` and `NAME=value` lines, in order (values unquoted). */
  assignments: Map<string, string>;
}

const PROMPT = /^\s*(?:\$|>|PS>|%)\s+/;

function unquote(value: string): string {
  const text = value.trim();
  if (/^'.*'$/.test(text)) return text.slice(1, -1);
  if (/^".*"$/.test(text)) return text.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
  return text.replace(/\s+#.*$/, '');
}

/**
 * Cuts a text into curl commands as a shell reads them: `#!` and comment lines skipped (a comment just
 * before a command names it), `$ ` prompts removed, `export NAME=value` lines collected, lines ending in
 * `\` continued, other commands ignored.
 */
export function readCurlScript(text: string): CurlScript {
  const chunks: CurlChunk[] = [];
  const assignments = new Map<string, string>();
  let pendingName: string | undefined;
  let current: CurlChunk | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    if (current && current.text.trimEnd().endsWith('\\')) {
      current.text += `\n${rawLine}`;
      continue;
    }
    current = undefined;
    const line = rawLine.replace(PROMPT, '').trim();
    const assignment = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (line.startsWith('#!')) continue;
    if (line.startsWith('#')) pendingName = line.replace(/^#+\s*/, '') || undefined;
    else if (assignment) assignments.set(assignment[1] as string, unquote(assignment[2] as string));
    else if (/^curl(\s|$)/.test(line)) {
      current = { ...(pendingName ? { name: pendingName } : {}), text: line };
      chunks.push(current);
      pendingName = undefined;
    } else if (line) pendingName = undefined;
  }
  return { chunks, assignments };
}

/** Whether a text holds a curl command (after prompts, comments and `export` lines). */
export function looksLikeCurl(text: string): boolean {
  return readCurlScript(text).chunks.length > 0;
}
