import { StudioError } from '../../../shared/ipc/errors';

// Every `<` in well-formed XML starts markup, so each is matched where it stands (sticky) and a
// mismatch ends the scan: no backtracking across the document.
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([^\s/>!?"'=<]+)((?:[^>"'<]|"[^"<]*"|'[^'<]*')*)>/y;

// One attribute: a name, optionally `= "value"`; quoted values may hold anything but `<`.
const ATTRIBUTE = /[^\s="'/]+(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'))?/g;

interface Open {
  raw: string;
  path: string;
  counts: Map<string, number>;
}

/** What one element may hold before the scan refuses the document. */
export interface XmlScanLimits {
  /** Deepest element nesting accepted. */
  maxDepth: number;
  /** Most attributes, and most distinct child element names, on one element: each becomes an entity attribute. */
  maxMembers: number;
}

const UNLIMITED: XmlScanLimits = {
  maxDepth: Number.POSITIVE_INFINITY,
  maxMembers: Number.POSITIVE_INFINITY,
};

/**
 * One linear pass over the tags: checks that they nest properly and stay within `limits`, and
 * returns the element paths (`Root.Parent.Child`, names passed through `rename`) that occur more
 * than once under one parent.
 */
export function scanRepeatedPaths(
  xml: string,
  rename: (name: string) => string,
  limits: XmlScanLimits = UNLIMITED,
): Set<string> {
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
    checkAttributes(xml, at, { raw, rest: rest ?? '' }, limits.maxMembers);
    const name = rename(raw);
    const count = (top.counts.get(name) ?? 0) + 1;
    top.counts.set(name, count);
    if (top.counts.size > limits.maxMembers)
      throw overLimit(
        xml,
        at,
        `<${top.raw}> has more than ${limits.maxMembers} distinct child elements`,
        limits.maxMembers,
      );
    const path = top.path ? `${top.path}.${name}` : name;
    if (count === 2) repeated.add(path);
    if (rest?.endsWith('/')) continue;
    // The stack holds the document node too, so its length is the depth of the element opened next.
    if (stack.length > limits.maxDepth)
      throw new StudioError(
        'unsupported',
        `The XML body nests elements more than ${limits.maxDepth} levels deep (at <${raw}>, line ${lineOf(xml, at)}); at most ${limits.maxDepth} levels are accepted.`,
      );
    stack.push({ raw, path, counts: new Map() });
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

// Counting stops one past the limit, so a tag with 100,000 attributes costs no more than one with 1,001.
function checkAttributes(
  xml: string,
  at: number,
  tag: { raw: string; rest: string },
  maxMembers: number,
): void {
  if (tag.rest.length <= maxMembers * 2) return;
  ATTRIBUTE.lastIndex = 0;
  let count = 0;
  while (count <= maxMembers && ATTRIBUTE.exec(tag.rest)) count += 1;
  if (count > maxMembers)
    throw overLimit(xml, at, `<${tag.raw}> has more than ${maxMembers} attributes`, maxMembers);
}

function overLimit(xml: string, offset: number, what: string, limit: number): StudioError {
  return new StudioError(
    'unsupported',
    `The XML body is too wide to model: ${what} (line ${lineOf(xml, offset)}). At most ${limit} attributes and ${limit} distinct child elements per element are accepted, since each becomes an attribute of one entity.`,
  );
}

function lineOf(xml: string, offset: number): number {
  let line = 1;
  for (let at = xml.indexOf('\n'); at >= 0 && at < offset; at = xml.indexOf('\n', at + 1))
    line += 1;
  return line;
}

function notWellFormed(xml: string, offset: number, what: string): StudioError {
  return new StudioError(
    'invalid-input',
    `The body is not well-formed XML: ${what} (line ${lineOf(xml, offset)}).`,
  );
}
