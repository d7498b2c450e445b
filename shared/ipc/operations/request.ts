import { z } from 'zod';
import { defineOperation } from '../define';
import { requestAuthSchema } from './auth';

/** A query parameter; a null value is sent as a bare `?key` and signed as `key=`. */
export const queryParamSchema = z.tuple([z.string(), z.string().nullable()]);
export const headerSchema = z.tuple([z.string(), z.string()]);

export const requestBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('base64'), data: z.string() }),
]);
export type RequestBody = z.infer<typeof requestBodySchema>;

/** The credential fields a secret variable may stand for. */
export const secretFieldSchema = z.enum(['accessKeyId', 'secretAccessKey', 'sessionToken']);

/** A secret variable by reference: the privileged side looks its value up and fills `{{name}}`. */
export const secretVariableSchema = z.object({
  name: z.string().min(1).max(200),
  credentialId: z.string().min(1).max(300),
  field: secretFieldSchema,
});
export type SecretVariable = z.infer<typeof secretVariableSchema>;

/**
 * What the user asks to send. `path` is the decoded path (labels filled in); the engine encodes it
 * once for the wire, and the signer encodes again for every service but S3.
 */
export const requestSpecSchema = z.object({
  region: z.string().min(1),
  service: z.string().min(1),
  operation: z.string().optional(),
  method: z.string().regex(/^[A-Z]+$/, 'an HTTP method in capitals'),
  path: z.string().startsWith('/', 'a path starts with /'),
  query: z.array(queryParamSchema).default([]),
  headers: z.array(headerSchema).default([]),
  body: requestBodySchema.optional(),
  endpoint: z.string().url().optional(),
  credentialId: z.string().optional(),
  timeoutMs: z.number().int().positive().max(600_000).optional(),
  /** Fixed signing time (ISO-8601) for reproducible dry runs; the clock otherwise. */
  signingDate: z.string().datetime().optional(),
  /** Secret variables used by the spec, as references (never values): filled in just before signing. */
  secretVariables: z.array(secretVariableSchema).max(100).optional(),
  /** How the request authenticates; absent means SigV4. Only SigV4 requests are signed. */
  auth: requestAuthSchema.optional(),
  /** The collection folder the secret variables belong to: they are filled only from its grants. */
  collection: z.string().min(1).max(4096).optional(),
});
export type RequestSpec = z.infer<typeof requestSpecSchema>;

/**
 * Whether the spec puts a secret from the user's key store into the request: a secret variable, or a
 * bearer, basic or API key auth naming a stored key. Such a spec needs its collection and an approved host.
 */
export function usesStoredSecrets(spec: RequestSpecInput): boolean {
  if (spec.secretVariables?.length) return true;
  return spec.auth !== undefined && 'credentialId' in spec.auth && !!spec.auth.credentialId;
}
export type RequestSpecInput = z.input<typeof requestSpecSchema>;

/** A signed request as it will go on the wire, with the signer's working shown. */
export const signedRequestViewSchema = z.object({
  method: z.string(),
  url: z.string(),
  headers: z.array(headerSchema),
  body: z.string(),
  bodyEncoding: z.enum(['utf8', 'base64']),
  /** True when `body` is only the start of the request body (the echo to the renderer is bounded). */
  bodyTruncated: z.boolean().optional(),
  canonicalRequest: z.string(),
  stringToSign: z.string(),
  signedHeaders: z.array(z.string()),
  signingName: z.string(),
  region: z.string(),
});
export type SignedRequestView = z.infer<typeof signedRequestViewSchema>;

export const timingSchema = z.object({
  dnsMs: z.number().optional(),
  connectMs: z.number().optional(),
  tlsMs: z.number().optional(),
  firstByteMs: z.number().optional(),
  totalMs: z.number(),
});
export type Timing = z.infer<typeof timingSchema>;

export const awsErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
  /** For SignatureDoesNotMatch: what the server says the canonical request should have been. */
  expectedCanonicalRequest: z.string().optional(),
  expectedStringToSign: z.string().optional(),
});
export type AwsErrorInfo = z.infer<typeof awsErrorSchema>;

export const bodyKindSchema = z.enum(['json', 'xml', 'text', 'image', 'audio', 'binary', 'empty']);

/** What the renderer receives about a response: a bounded preview, never a huge body whole. */
export const responseSummarySchema = z.object({
  responseId: z.string(),
  status: z.number().int(),
  statusText: z.string(),
  headers: z.array(headerSchema),
  timing: timingSchema,
  size: z.number().int(),
  contentType: z.string().optional(),
  bodyKind: bodyKindSchema,
  /** UTF-8 text for text kinds, base64 for media, at most `previewLimit` bytes of the body. */
  preview: z.string(),
  previewEncoding: z.enum(['utf8', 'base64']),
  truncated: z.boolean(),
  /** For XML bodies: the JSON form the modelling pipeline uses (as text: deep data crosses as text). */
  xmlAsJson: z.string().optional(),
  awsError: awsErrorSchema.optional(),
  clockSkewMs: z.number().optional(),
  /** The clock-skew explanation in one sentence or two, when there is a skew to explain. */
  clockSkewMessage: z.string().optional(),
  signed: signedRequestViewSchema,
});
export type ResponseSummary = z.infer<typeof responseSummarySchema>;

/** Where a request's secret variables would go, for the user to approve before the first send; no values. */
export const secretUsePlanSchema = z.object({
  collection: z.string(),
  host: z.string(),
  /** Each variable and request field once: `path`, `query "name"`, `header "Name"`, `body`, `endpoint`. */
  uses: z.array(z.object({ variable: z.string(), field: z.string() })),
  approved: z.boolean(),
});
export type SecretUsePlan = z.infer<typeof secretUsePlanSchema>;

export const requestOperations = {
  'request.secretPlan': defineOperation(
    requestSpecSchema,
    secretUsePlanSchema.nullable(),
    'Where the spec would send its secret variables (variable, field, host) and whether that host is approved; null without secret variables.',
  ),
  'request.approveSecretHost': defineOperation(
    z.object({ collection: z.string().min(1).max(4096), host: z.string().min(1).max(300) }),
    z.object({ approved: z.literal(true) }),
    "Approves sending the collection's secret variables to this host (stored on the privileged side).",
  ),
  'request.send': defineOperation(
    z.object({ requestId: z.string().min(1).max(100), spec: requestSpecSchema }),
    responseSummarySchema,
    'Resolves the endpoint and credentials, signs, sends and keeps the full response body.',
  ),
  'request.cancel': defineOperation(
    z.object({ requestId: z.string() }),
    z.object({ cancelled: z.boolean() }),
    'Aborts a request in flight.',
  ),
  'request.dryRun': defineOperation(
    requestSpecSchema,
    signedRequestViewSchema,
    'Signs without sending.',
  ),
};
