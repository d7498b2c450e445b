/** A request exactly as it will go on the wire, before signing. */
export interface WireRequest {
  method: string;
  protocol: 'https:' | 'http:';
  hostname: string;
  /** Omitted or the scheme's default (443/80) means no port in the `host` header. */
  port?: number;
  /** Already percent-encoded exactly as it will be sent (S3 keys: see `SignedRequest.path`). */
  path: string;
  /** Decoded keys and values in user order; a `null` value is sent as a bare `key`. */
  query: Array<[string, string | null]>;
  /**
   * User order and case; duplicates allowed (merged comma-joined before signing). The signer owns
   * authorization, x-amz-date, date, x-amz-security-token and x-amz-content-sha256 (except
   * `UNSIGNED-PAYLOAD`) and replaces or drops user copies.
   */
  headers: Array<[string, string]>;
  body: Uint8Array;
}

/** AWS credentials used for one signature; never copied into any output but the wire headers/URL. */
export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Everything that decides a signature besides the request itself. */
export interface SigningOptions {
  credentials: SigningCredentials;
  signingName: string;
  region: string;
  /** The injected clock: becomes `x-amz-date`. */
  date: Date;
  /** S3 rules (path encoded once, never normalised, payload hash header); default: signing name s3, s3-outposts or s3-object-lambda. */
  s3?: boolean;
  /** Non-S3 only: remove `.`/`..`/empty segments from the canonical path; default true. */
  normalizePath?: boolean;
  /** Add and sign `x-amz-content-sha256`; default true for S3 and Glacier, false otherwise. */
  includeContentSha256?: boolean;
  /** Legacy services (some IoT/STS flows): add the session token after signing; default true (signed). */
  signSessionToken?: boolean;
}

/** Options for a presigned URL. */
export interface PresignOptions extends SigningOptions {
  /** Seconds, at most 604800 (7 days). */
  expiresIn: number;
}

/** The signed request plus what was signed, for display (no secrets in `canonicalRequest`/`stringToSign`). */
export interface SignedRequest {
  /** Final headers to send, in order; includes host, x-amz-date, x-amz-security-token, x-amz-content-sha256, authorization. */
  headers: Array<[string, string]>;
  /** The path to send: the input path, except S3 paths are re-encoded strictly (RFC 3986 unreserved only). */
  path: string;
  /** The exact query string to send, without `?`; bare `key` for null values. */
  wireQuery: string;
  /**
   * `protocol//host[:port]path[?wireQuery]`. Send it with a raw request path (node:http/https):
   * WHATWG URL (and fetch) rewrite `.`/`..` segments, which S3 keys may contain.
   */
  url: string;
  /** The canonical request smithy signed, with the session token replaced by a placeholder. */
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  signedHeaders: string[];
}

/** A presigned URL and what was signed, for display. */
export interface PresignedRequest {
  url: string;
  path: string;
  wireQuery: string;
  /** Headers the URL's user must send (the signed ones besides host). */
  headers: Array<[string, string]>;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  signedHeaders: string[];
}
