/** A URL split into what a request file holds; variables (`{{x}}`) may appear anywhere. */
export interface SplitUrl {
  /** `scheme://host[:port]`, or empty when the URL has no origin. */
  origin: string;
  host: string;
  /** Decoded path, starting with `/`. */
  path: string;
  query: Array<[string, string | null]>;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Splits a query string (no `?`) into decoded pairs; a bare key has a null value. */
export function splitQuery(text: string): Array<[string, string | null]> {
  if (!text) return [];
  return text
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      if (at < 0) return [decode(pair.replace(/\+/g, ' ')), null];
      return [
        decode(pair.slice(0, at).replace(/\+/g, ' ')),
        decode(pair.slice(at + 1).replace(/\+/g, ' ')),
      ];
    });
}

// A URL that starts with a variable (`{{baseUrl}}/path`, `{{host}}:8080/x`): the variable and what
// follows it up to the first `/` is the origin, filled when the request is sent.
const LEADING_VARIABLE = /^(\{\{[^}]*\}\}(?:[.:][^/?#]*)?)(.*)$/;

/** Splits a URL by hand, since `new URL` refuses `{{variables}}` in the host. */
export function splitUrl(raw: string): SplitUrl {
  const trimmed = raw.trim().replace(/#.*$/, '');
  const leading = LEADING_VARIABLE.exec(trimmed);
  if (leading) {
    const rest = splitUrl(
      `https://host${leading[2]?.startsWith('/') ? '' : '/'}${leading[2] ?? ''}`,
    );
    return { ...rest, origin: leading[1] as string, host: leading[1] as string };
  }
  const match = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*:)?\/\/([^/?]*))?([^?]*)(?:\?(.*))?$/.exec(trimmed);
  const scheme = match?.[1] ?? 'https:';
  const host = match?.[2] ?? '';
  const rawPath = match?.[3] ?? '';
  const path = `/${rawPath.replace(/^\/+/, '')}`.split('/').map(decode).join('/');
  return {
    origin: host ? `${scheme}//${host}` : '',
    host,
    path,
    query: splitQuery(match?.[4] ?? ''),
  };
}

const VARIABLE = /(\{\{[^}]*\}\})/;

/** Encodes text for a URL, leaving `{{variables}}` as they are. */
export function encodeKeepingVariables(text: string): string {
  return text
    .split(VARIABLE)
    .map((part) =>
      VARIABLE.test(part)
        ? part
        : encodeURIComponent(part).replace(
            /[!'()*]/g,
            (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
          ),
    )
    .join('');
}

/** The path encoded segment by segment, keeping `/` and `{{variables}}`. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeKeepingVariables).join('/');
}

/** `?a=1&b` for the pairs, or an empty string. */
export function joinQuery(query: ReadonlyArray<readonly [string, string | null]>): string {
  if (query.length === 0) return '';
  const pairs = query.map(([key, value]) =>
    value === null
      ? encodeKeepingVariables(key)
      : `${encodeKeepingVariables(key)}=${encodeKeepingVariables(value)}`,
  );
  return `?${pairs.join('&')}`;
}

/** Region and endpoint prefix read from an AWS host (`dynamodb.eu-west-1.amazonaws.com`), when it is one. */
export function awsHostParts(host: string): { prefix: string; region?: string } | undefined {
  const match =
    /^([a-z0-9-]+)(?:\.([a-z]{2}(?:-[a-z]+)+-\d|\{\{\s*[a-z0-9_.-]+\s*\}\}))?\.amazonaws\.com(?:\.cn)?(?::443)?$/i.exec(
      host,
    );
  if (!match) return undefined;
  return match[2]
    ? { prefix: match[1] as string, region: match[2] }
    : { prefix: match[1] as string };
}

/** The URL with `http://` in front when it has no scheme but starts with a host, as curl and Postman read it. */
export function withImpliedScheme(url: string): string {
  const text = url.trim();
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(text) || text.startsWith('{{') || text.startsWith('/'))
    return text;
  const host = /^[^/?#]+/.exec(text)?.[0] ?? '';
  return /\.|^localhost(:\d+)?$|:\d+$/.test(host) ? `http://${text}` : text;
}

const REGION = /^(?:[a-z]{2}(?:-[a-z]+)+-\d|\{\{\s*[A-Za-z0-9_.-]+\s*\}\})$/;

/**
 * The signing service and region an AWS host names (`abc.execute-api.eu-west-1.amazonaws.com`,
 * `search-x.us-west-2.es.amazonaws.com`, `bucket.s3.amazonaws.com`), or undefined for other hosts.
 */
export function awsSigningTarget(host: string): { service: string; region?: string } | undefined {
  const labels = host.replace(/:\d+$/, '').toLowerCase().split('.');
  const end = labels.lastIndexOf('amazonaws');
  if (end < 1) return undefined;
  const at = labels.slice(0, end).findIndex((label) => REGION.test(label));
  if (at < 0) return { service: labels[end - 1] as string };
  const after = at + 1 < end ? labels[at + 1] : undefined;
  const service = after ?? labels[at - 1];
  const region = host.replace(/:\d+$/, '').split('.')[at] as string;
  return service ? { service, region } : undefined;
}

/** `<Name>` placeholders (`https://<api-id>.execute-api…`, `/assets/<uuid>`) as `{{Name}}` variables, the names listed. */
export function placeholdersToVariables(text: string, names?: Set<string>): string {
  // `${name}` is the same kind of placeholder in templated files (Terraform, shell heredocs).
  return text.replace(
    /<([A-Za-z][A-Za-z0-9_.-]*)>|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g,
    (_whole, a?: string, b?: string) => {
      const name = (a ?? b) as string;
      names?.add(name);
      return `{{${name}}}`;
    },
  );
}
