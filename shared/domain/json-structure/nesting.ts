/**
 * The deepest nesting of objects and arrays a JSON text may have for modelling. Deeper documents
 * cannot become a usable Mendix domain model, and element paths grow with depth, so the limit keeps
 * every step's memory and output bounded. Jackson's StreamReadConstraints use the same kind of limit.
 */
export const MAX_JSON_NESTING = 500;

/**
 * The nesting depth of a JSON text (open `{` and `[` not yet closed, strings skipped), in one
 * linear pass without parsing; used to name the depth of a document that went past the limit.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string, escapes included.
      for (i += 1; i < text.length; i += 1) {
        const s = text.charCodeAt(i);
        if (s === 92) i += 1;
        else if (s === 34) break;
      }
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 125 || c === 93) {
      depth -= 1;
    }
  }
  return deepest;
}

/** The reason given for a document past the limit: its depth and the limit. */
export function nestingLimitReason(depth: number, limit = MAX_JSON_NESTING): string {
  return `The JSON is nested ${depth} levels deep, past the limit of ${limit} levels`;
}
