import { z } from 'zod';
import { defaultModelConventions } from './decisions';
import type { ModelDecisions } from './decisions';

const attributeType = z.enum(['String', 'Integer', 'Long', 'Decimal', 'Boolean', 'DateTime']);
const text = z.string().max(10_000);

/** Schema of saved model decisions (collections, `--decisions` files); missing parts take defaults. */
export const modelDecisionsSchema = z.object({
  names: z.record(z.string(), z.string().max(255)).default({}),
  excluded: z.array(z.string()).default([]),
  restored: z.array(z.string()).default([]),
  attributeTypes: z.record(z.string(), attributeType).default({}),
  documentation: z.record(z.string(), text).default({}),
  conventions: z
    .object({
      renameRoot: z.boolean().default(defaultModelConventions.renameRoot),
      dropPrimitiveWrappers: z.boolean().default(defaultModelConventions.dropPrimitiveWrappers),
      reservedNames: z
        .enum(['entity-prefix', 'underscore'])
        .default(defaultModelConventions.reservedNames),
    })
    .default(defaultModelConventions),
}) satisfies z.ZodType<ModelDecisions, unknown>;
