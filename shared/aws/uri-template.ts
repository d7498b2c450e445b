/** A request-URI template split into its path and the query pairs it fixes (`/{Bucket}?list-type=2`). */
export interface UriTemplate {
  path: string;
  query: Array<[string, string | null]>;
  /** Label names in path order, without the greedy `+`. */
  labels: string[];
}

/** Splits a model's requestUri; `?uploads` becomes `['uploads', null]`, `?list-type=2` becomes `['list-type', '2']`. */
export function parseUriTemplate(uri: string): UriTemplate {
  const at = uri.indexOf('?');
  const path = at < 0 ? uri : uri.slice(0, at);
  const queryText = at < 0 ? '' : uri.slice(at + 1);
  const query: Array<[string, string | null]> = [];
  for (const part of queryText.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    query.push(eq < 0 ? [part, null] : [part.slice(0, eq), part.slice(eq + 1)]);
  }
  const labels = [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1] as string);
  return { path, query, labels };
}

/** Decodes one form or query component; malformed escapes are kept as written. */
export function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Parses `a=1&b&c=%20` into pairs, keeping repeated keys and valueless keys (`null`). */
export function parseQueryString(text: string): Array<[string, string | null]> {
  const pairs: Array<[string, string | null]> = [];
  for (const part of text.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    pairs.push(
      eq < 0
        ? [decodeComponent(part), null]
        : [decodeComponent(part.slice(0, eq)), decodeComponent(part.slice(eq + 1))],
    );
  }
  return pairs;
}
