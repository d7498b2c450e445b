import { z } from 'zod';
import { defineOperation } from '../define';
import { connectorPlanSchema, entityModelSchema } from './plan';

const tokenStatusSchema = z.object({
  hasToken: z.boolean(),
  storage: z.enum(['keychain', 'memory']),
});

/** Applying the plan to a Mendix app with the Model SDK; the token stays on the privileged side. */
export const mendixOperations = {
  'mendix.token.status': defineOperation(
    z.object({}),
    tokenStatusSchema,
    'Whether a Mendix personal access token is stored (never the token itself).',
  ),
  'mendix.token.set': defineOperation(
    z.object({ token: z.string().min(8).max(4096) }),
    tokenStatusSchema,
    'Stores the Mendix personal access token like a static key (keychain on the desktop, memory in browser mode).',
  ),
  'mendix.token.clear': defineOperation(
    z.object({}),
    tokenStatusSchema,
    'Forgets the stored Mendix personal access token.',
  ),
  'mendix.apply': defineOperation(
    z.object({
      plan: connectorPlanSchema,
      model: entityModelSchema,
      appId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'an App ID is letters, digits and dashes'),
      branch: z.string().min(1).max(200).default('main'),
    }),
    z.object({ exitCode: z.number().int(), output: z.string() }),
    "Runs the bundle's Model SDK script on the app with the stored token; the output is redacted of it.",
  ),
};
