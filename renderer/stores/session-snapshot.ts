import { z } from 'zod';
import { modelDecisionsSchema } from '../../shared/domain/entity-model/decisions-schema';
import { planFixSchema } from '../../shared/ipc/operations/plan';
import { requestSpecSchema, responseSummarySchema } from '../../shared/ipc/operations/request';
import type { ResponseSummary } from '../../shared/ipc/operations/request';
import { structureDecisionsSchema } from '../../shared/ipc/operations/structure';

/** The most preview text a snapshot keeps: the full body stays on the privileged side, by id. */
// Written when the page is idle; more text made that write a long task of its own (100 MB e2e).
export const snapshotPreviewChars = 64 * 1024;

const rowSchema = z.object({
  name: z.string(),
  value: z.string(),
  enabled: z.boolean(),
  bare: z.boolean().optional(),
});

const draftSchema = z.object({
  region: z.string(),
  service: z.string(),
  operation: z.string(),
  method: z.string(),
  path: z.string(),
  labels: z.record(z.string(), z.string()),
  labelNames: z.array(z.string()),
  query: z.array(rowSchema),
  headers: z.array(rowSchema),
  body: z.string(),
  endpoint: z.string(),
  credentialId: z.string(),
  timeoutMs: z.number().optional(),
});

/** What a page keeps across a reload, in sessionStorage: no secret is ever in any of it. */
export const sessionSnapshotSchema = z.object({
  version: z.literal(1),
  draft: draftSchema,
  decisions: z.record(
    z.string(),
    z.object({ structure: structureDecisionsSchema, model: modelDecisionsSchema }),
  ),
  connector: z.object({
    entries: z.array(
      z.object({ key: z.string(), spec: requestSpecSchema, responseId: z.string() }),
    ),
    fixes: z.array(planFixSchema),
  }),
  ui: z.object({
    view: z.enum(['requests', 'connector']),
    requestTab: z.enum(['params', 'headers', 'body', 'auth', 'settings']),
    responseTab: z.enum(['body', 'headers', 'signature', 'structure', 'diagram']),
  }),
  response: z
    .object({ summary: responseSummarySchema, spec: requestSpecSchema.nullable() })
    .nullable(),
});

export type SessionSnapshot = z.infer<typeof sessionSnapshotSchema>;
/** A snapshot as written (the schema fills defaults when it reads one back). */
export type SessionSnapshotInput = z.input<typeof sessionSnapshotSchema>;

/**
 * A summary small enough to keep: a long preview is cut (and marked truncated, so "Load more"
 * reads the rest by id) and a large XML-as-JSON form is dropped.
 */
export function boundedSummary(summary: ResponseSummary): ResponseSummary {
  const { xmlAsJson, ...rest } = summary;
  const kept: ResponseSummary =
    xmlAsJson !== undefined && xmlAsJson.length <= snapshotPreviewChars
      ? { ...rest, xmlAsJson }
      : rest;
  if (summary.preview.length <= snapshotPreviewChars) return kept;
  // A base64 preview is cut on a 4-character boundary so it still decodes.
  const cut =
    summary.previewEncoding === 'base64'
      ? snapshotPreviewChars - (snapshotPreviewChars % 4)
      : snapshotPreviewChars;
  let preview = summary.preview.slice(0, cut);
  // Never end on half a surrogate pair: the byte count of the kept text must be exact.
  if (/[\uD800-\uDBFF]$/.test(preview)) preview = preview.slice(0, -1);
  return { ...kept, preview, truncated: true };
}

/** Reads a snapshot; anything unreadable or from another version is ignored (null). */
export function parseSnapshot(text: string | null): SessionSnapshot | null {
  if (!text) return null;
  try {
    const parsed = sessionSnapshotSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
