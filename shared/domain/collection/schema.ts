import { z } from 'zod';
import { modelDecisionsSchema } from '../entity-model/decisions-schema';
import {
  headerSchema,
  queryParamSchema,
  requestBodySchema,
  secretFieldSchema,
} from '../../ipc/operations/request';
import { requestAuthSchema } from '../../ipc/operations/auth';

/** The format version this code writes; older files are migrated on load (see migrate.ts). */
export const FORMAT_VERSION = 1;

const name = z.string().trim().min(1).max(200);

/**
 * A variable of an environment. A secret variable holds no value here: it names a credential in the
 * credential store (`credentialId`) and which of its fields it stands for.
 */
export const variableSchema = z.union([
  z.object({ name, value: z.string().max(100_000) }).strict(),
  z
    .object({
      name,
      secret: z
        .object({
          credentialId: z.string().min(1),
          field: secretFieldSchema,
        })
        .strict(),
    })
    .strict(),
]);
export type Variable = z.infer<typeof variableSchema>;

export const environmentSchema = z
  .object({ name, variables: z.array(variableSchema).default([]) })
  .strict();
export type Environment = z.infer<typeof environmentSchema>;

export const structureDecisionsSchema = z
  .object({
    customNames: z.record(z.string(), z.string().max(255)).default({}),
    excluded: z.array(z.string()).default([]),
    included: z.array(z.string()).default([]),
    studioProVersion: z.union([z.literal(9), z.literal(10)]).default(10),
    /** Model-complete mode switched off: the structure follows the samples alone. */
    sampleOnly: z.boolean().optional(),
  })
  .strict();

/** `collection.json`: one connector. Holds references to credentials, never a secret. */
export const collectionFileSchema = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION),
    name,
    service: z.string().min(1).max(100),
    region: z.string().min(1).max(50),
    /** A credential id of the credential service: `profile:NAME`, `static:UUID`, `environment`, `default`. */
    credentialId: z.string().max(300).optional(),
    module: z
      .object({ name: z.string().max(100), version: z.string().max(50) })
      .strict()
      .optional(),
    environments: z.array(environmentSchema).default([]),
    /** Folder paths (`Tables/Admin`), including empty folders. */
    folders: z.array(z.string().max(500)).default([]),
    /** Request slugs in the order the user arranged them. */
    order: z.array(z.string()).default([]),
  })
  .strict();
export type CollectionFile = z.infer<typeof collectionFileSchema>;

/** `requests/<slug>.json`: one request, its fields mapping onto `RequestSpec`, plus modelling decisions. */
export const requestFileSchema = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION),
    name,
    folder: z.string().max(500).default(''),
    method: z.string().regex(/^[A-Z]+$/),
    region: z.string().max(50).optional(),
    service: z.string().max(100).optional(),
    operation: z.string().max(200).optional(),
    path: z.string().min(1),
    query: z.array(queryParamSchema).default([]),
    headers: z.array(headerSchema).default([]),
    body: requestBodySchema.optional(),
    endpoint: z.string().max(2000).optional(),
    credentialId: z.string().max(300).optional(),
    /** Postman's "add auth data to query" (a presigned URL); kept so a round trip does not lose it. */
    authInQuery: z.boolean().optional(),
    /** How the request authenticates (none, bearer, basic, API key, SigV4); absent means SigV4. */
    auth: requestAuthSchema.optional(),
    structureDecisions: structureDecisionsSchema.optional(),
    modelDecisions: modelDecisionsSchema.optional(),
  })
  .strict();
export type RequestFile = z.infer<typeof requestFileSchema>;

export const sampleFileSchema = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION),
    takenAt: z.string(),
    status: z.number().int(),
    headers: z.array(headerSchema).default([]),
    body: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('text'), text: z.string() }).strict(),
      z.object({ kind: z.literal('base64'), data: z.string() }).strict(),
      z.object({ kind: z.literal('file'), file: z.string(), size: z.number().int() }).strict(),
    ]),
  })
  .strict();
export type SampleFile = z.infer<typeof sampleFileSchema>;

/** A request of a collection in memory, with the slug its file is named by. */
export const collectionRequestSchema = z.object({
  slug: z.string().min(1).max(120),
  request: requestFileSchema,
});
export type CollectionRequest = z.infer<typeof collectionRequestSchema>;

/** A whole collection in memory (the folder's `collection.json` and `requests/`). */
export const collectionDataSchema = z.object({
  collection: collectionFileSchema,
  requests: z.array(collectionRequestSchema),
});
export type CollectionData = z.infer<typeof collectionDataSchema>;
