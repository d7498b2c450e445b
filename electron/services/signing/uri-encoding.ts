// SigV4 URI encoding: every byte except the RFC 3986 unreserved set (A-Z a-z 0-9 - . _ ~) is
// %XX-encoded with upper-case hex; space is %20, never `+`. encodeURIComponent leaves !'()*.
const STRICT_EXTRAS = /[!'()*]/g;

/** Percent-encodes a string the way SigV4 (and smithy's `escapeUri`) does. */
export function encodeStrict(value: string): string {
  return encodeURIComponent(value).replace(
    STRICT_EXTRAS,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Encodes each `/`-separated segment of a path strictly, keeping the separators. */
export function encodePathSegments(path: string): string {
  return path.split('/').map(encodeStrict).join('/');
}

/**
 * Re-encodes an S3 path strictly, segment by segment, so the bytes sent and the bytes signed are
 * one string: S3 decodes the key and signs its strict encoding (as botocore and the v3 SDK send it).
 */
export function encodeS3Path(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeStrict(decodeSegment(segment)))
    .join('/');
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new Error(
      `The S3 path segment "${segment}" is not valid percent-encoding; encode a literal % as %25.`,
    );
  }
}

/** Builds the query string to send, in user order; a `null` value becomes a bare key. */
export function buildWireQuery(query: ReadonlyArray<readonly [string, string | null]>): string {
  return query
    .map(([key, value]) =>
      value === null ? encodeStrict(key) : `${encodeStrict(key)}=${encodeStrict(value)}`,
    )
    .join('&');
}
