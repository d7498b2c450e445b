import { z } from 'zod';
import { defineOperation } from '../define';
import { requestSpecSchema } from './request';

const primitiveTypeSchema = z.enum([
  'String',
  'Integer',
  'Long',
  'Decimal',
  'Boolean',
  'DateTime',
  'Unknown',
]);

/** A structure element as it crosses the bridge (flat, so any depth crosses fine). */
export const structureElementSchema = z.object({
  index: z.number().int(),
  parent: z.number().int(),
  depth: z.number().int(),
  children: z.array(z.number().int()),
  kind: z.enum(['Object', 'Array', 'Wrapper', 'Value']),
  primitiveType: primitiveTypeSchema,
  path: z.string(),
  key: z.string().nullable(),
  defaultName: z.string(),
  name: z.string(),
  minOccurs: z.union([z.literal(0), z.literal(1)]),
  maxOccurs: z.union([z.literal(1), z.literal(-1)]),
  nillable: z.boolean(),
  sample: z.string().optional(),
  included: z.boolean(),
  notes: z.array(z.string()),
  optional: z.boolean().optional(),
  studioProType: primitiveTypeSchema.optional(),
  origin: z.enum(['sample', 'model', 'both']).optional(),
  documentation: z.string().optional(),
});

export const structureFindingSchema = z.object({
  kind: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  path: z.string(),
  message: z.string(),
});

export const structureDecisionsSchema = z.object({
  customNames: z.record(z.string(), z.string().max(255)),
  excluded: z.array(z.string()),
  included: z.array(z.string()),
  studioProVersion: z.union([z.literal(9), z.literal(10)]),
  sampleOnly: z.boolean().optional(),
});

export const jsonStructureSchema = z.object({
  elements: z.array(structureElementSchema),
  findings: z.array(structureFindingSchema),
  protocol: z.string().optional(),
  studioProVersion: z.union([z.literal(9), z.literal(10)]).optional(),
  model: z.object({ service: z.string(), operation: z.string() }).optional(),
});

/** An input sent outside the body, from the operation's AWS model (`RequestInput`). */
export const requestInputSchema = z.object({
  member: z.string(),
  wireName: z.string(),
  location: z.enum(['uri', 'querystring', 'header']),
  type: z.enum(['String', 'Integer', 'Long', 'Decimal', 'Boolean', 'DateTime']),
  required: z.boolean(),
  documentation: z.string().optional(),
});

export const inferOptionsSchema = z.object({
  studioProVersion: z.union([z.literal(9), z.literal(10)]),
  protocol: z.string().max(32).optional(),
  decisions: structureDecisionsSchema.optional(),
  /** Lay the operation's AWS output model over the samples (default when the operation is known). */
  modelComplete: z.boolean().optional(),
});

export const structureOperations = {
  'structure.infer': defineOperation(
    z
      .object({
        responseId: z.string().optional(),
        samples: z.array(z.string()).max(100).optional(),
        options: inferOptionsSchema,
        /** The catalog operation the samples answer, for a model-complete structure. */
        operation: z
          .object({ service: z.string().min(1).max(100), name: z.string().min(1).max(200) })
          .optional(),
        /** The caller's id for this job, to ask `structure.progress` how far it has got. */
        jobId: z.string().min(1).max(128).optional(),
      })
      .refine((input) => input.responseId !== undefined || (input.samples?.length ?? 0) > 0, {
        message: 'Give a responseId or at least one sample.',
      }),
    jsonStructureSchema,
    'Infers the Mendix JSON structure of a kept response body and/or saved samples, on the privileged side.',
  ),
  'structure.progress': defineOperation(
    z.object({ jobId: z.string().min(1).max(128) }),
    z.object({ fraction: z.number().min(0).max(1).nullable(), done: z.boolean() }),
    'How far a `structure.infer` job has got: the fraction of its input scanned (null before the first report), and whether it has finished.',
  ),
  'structure.requestSide': defineOperation(
    z.object({
      /** The request as sent (the shown response's spec); its body and operation decide the request side. */
      spec: requestSpecSchema,
      /** false: only what the request carries, without the operation's AWS input model. */
      modelComplete: z.boolean().optional(),
    }),
    z.object({
      structure: jsonStructureSchema.optional(),
      inputs: z.array(requestInputSchema),
    }),
    "What makes the request entity: the body's structure (model-complete when the operation is known) and the members sent in the path, query or headers.",
  ),
  'structure.snippet': defineOperation(
    z.object({ structure: jsonStructureSchema }),
    z.object({ snippet: z.string() }),
    'The representative snippet of a structure: pasted into Studio Pro, it yields the same structure.',
  ),
};
