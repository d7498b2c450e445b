import { z } from 'zod';
import { modelDecisionsSchema } from '../../domain/entity-model/decisions-schema';
import type { EntityModel } from '../../domain/entity-model/types';
import type { NamingFinding, PlanFix } from '../../domain/naming/types';
import type { ConnectorPlan } from '../../domain/plan/types';
import { defineOperation } from '../define';
import { requestSpecSchema } from './request';
import { structureDecisionsSchema } from './structure';

const isObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A connector plan as it crosses the bridge; its content is checked again by every handler that reads it. */
export const connectorPlanSchema = z.custom<ConnectorPlan>(
  (value) => isObject(value) && Array.isArray((value as ConnectorPlan).operations),
  'a connector plan',
);
export const entityModelSchema = z.custom<EntityModel>(
  (value) => isObject(value) && Array.isArray((value as EntityModel).entities),
  'an entity model',
);
export const namingFindingsSchema = z.custom<NamingFinding[]>(
  (value) => Array.isArray(value),
  'naming findings',
);

const name = z.string().max(300);
const id = z.string().max(2000);

export const planFixSchema: z.ZodType<PlanFix, PlanFix> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rename-module'), to: name }),
  z.object({ kind: z.literal('rename-entity'), entityId: id, to: name }),
  z.object({ kind: z.literal('rename-attribute'), attributeId: id, to: name }),
  z.object({ kind: z.literal('rename-association'), associationId: id, to: name }),
  z.object({ kind: z.literal('rename-microflow'), operationId: id, to: name }),
  z.object({ kind: z.literal('rename-document'), operationId: id, documentId: id, to: name }),
  z.object({ kind: z.literal('rename-enumeration'), enumeration: name, to: name }),
  z.object({
    kind: z.literal('rename-enumeration-value'),
    enumeration: name,
    value: name,
    to: name,
  }),
  z.object({ kind: z.literal('set-action'), operationId: id, to: name }),
  z.object({ kind: z.literal('set-exposed'), operationId: id, caption: name, category: name }),
  z.object({ kind: z.literal('restore-steps'), operationId: id }),
  z.object({ kind: z.literal('restore-folders') }),
  z.object({ kind: z.literal('draft-use-cases') }),
]);

export const planSettingsSchema = z.object({
  moduleName: name.optional(),
  version: z.string().max(50).optional(),
  microflowNames: z.record(z.string(), name).optional(),
  typicalUseCases: z.string().max(10_000).optional(),
  enumerations: z
    .array(
      z.object({
        name,
        values: z.array(z.object({ name, caption: z.string().max(500) })).max(500),
      }),
    )
    .max(100)
    .optional(),
});

/** One recorded operation: the request sent and its response samples (or a kept response by id). */
export const recordedOperationSchema = z
  .object({
    spec: requestSpecSchema,
    samples: z.array(z.string()).max(100).default([]),
    responseId: z.string().optional(),
    structureDecisions: structureDecisionsSchema.optional(),
    modelDecisions: modelDecisionsSchema.optional(),
  })
  .refine((input) => input.responseId !== undefined || input.samples.length > 0, {
    message: 'Give a responseId or at least one sample.',
  });

const planResultSchema = z.object({
  plan: connectorPlanSchema,
  model: entityModelSchema,
  findings: namingFindingsSchema,
});
export type PlanResult = z.infer<typeof planResultSchema>;

export const planOperations = {
  'plan.build': defineOperation(
    z.object({
      operations: z.array(recordedOperationSchema).min(1).max(200),
      settings: planSettingsSchema.optional(),
      studioProVersion: z.union([z.literal(9), z.literal(10)]).optional(),
    }),
    planResultSchema,
    'Plans the connector from recorded operations: structures, domain model, microflow plan and naming findings.',
  ),
  'plan.applyFix': defineOperation(
    z.object({ plan: connectorPlanSchema, model: entityModelSchema, fix: planFixSchema }),
    planResultSchema,
    'Applies a quick fix to the plan and the model together and checks them again.',
  ),
  'bundle.export': defineOperation(
    z.object({
      plan: connectorPlanSchema,
      model: entityModelSchema,
      format: z.enum(['zip', 'folder']).default('zip'),
    }),
    z.object({
      cancelled: z.boolean(),
      savedTo: z.string().optional(),
      fileCount: z.number().int(),
      bytes: z.number().int(),
      /** Browser mode: the zip to offer as a download, base64. */
      download: z.object({ fileName: z.string(), base64: z.string() }).optional(),
    }),
    'Writes the connector skeleton bundle as a folder or a zip (desktop), or returns the zip for download (browser).',
  ),
};
