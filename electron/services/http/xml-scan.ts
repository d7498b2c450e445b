import { StudioError } from '../../../shared/ipc/errors';

// Every `<` in well-formed XML starts markup, so each is matched where it stands (sticky) and a
// mismatch ends the scan: no backtracking across the document.
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([^\s/>!?"'=<]+)((?:[^>"'<]|"[^"<]*"|'[^'<]*')*)>/y;

interface Open {
  raw: string;
  path: string;
  counts: Map<string, number>;
}

/**
 * One linear pass over the tags: checks that they nest properly and returns the element paths
 * (`Root.Parent.Child`, names passed through `rename`) that occur more than once under one parent.
 */
export function scanRepeatedPaths(xml: string, rename: (name: string) => string): Set<string> {
  const repeated = new Set<string>();
  const stack: Open[] = [{ raw: '', path: '', counts: new Map() }];
  let roots = 0;
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', MARKUP.lastIndex)) {
    MARKUP.lastIndex = at;
    const match = MARKUP.exec(xml);
    if (!match) throw notWellFormed(xml, at, 'markup that is not a tag');
    const [, closing, raw, rest] = match;
    if (raw === undefined) continue;
    const top = stack[stack.length - 1] as Open;
    if (closing) {
      if (top.raw !== raw)
        throw notWellFormed(xml, at, `</${raw}> closing <${top.raw || 'nothing'}>`);
      stack.pop();
      continue;
    }
    if (stack.length === 1 && ++roots > 1) throw notWellFormed(xml, at, 'a second root element');
    const name = rename(raw);
    const count = (top.counts.get(name) ?? 0) + 1;
    top.counts.set(name, count);
    const path = top.path ? `${top.path}.${name}` : name;
    if (count === 2) repeated.add(path);
    if (!rest?.endsWith('/')) stack.push({ raw, path, counts: new Map() });
  }
  if (stack.length > 1)
    throw notWellFormed(
      xml,
      xml.length,
      `<${(stack[stack.length - 1] as Open).raw}> is never closed`,
    );
  if (roots === 0) throw notWellFormed(xml, 0, 'no root element');
  return repeated;
}

function notWellFormed(xml: string, offset: number, what: string): StudioError {
  const line = xml.slice(0, offset).split('\n').length;
  return new StudioError(
    'invalid-input',
    `The body is not well-formed XML: ${what} (line ${line}).`,
  );
}
