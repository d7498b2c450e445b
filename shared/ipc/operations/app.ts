import { z } from 'zod';
import { defineOperation } from '../define';

export const appInfoSchema = z.object({
  mode: z.enum(['desktop', 'browser']),
  version: z.string(),
  /** Where static keys entered in the app are kept: the OS keychain, or memory for this run only. */
  keyStorage: z.enum(['keychain', 'memory']),
  /** Why keys are kept in memory (e.g. no OS keychain), for the user to read. */
  keyStorageNotice: z.string().optional(),
  catalog: z.object({ sdkVersion: z.string(), frozenNote: z.string() }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appOperations = {
  'app.info': defineOperation(
    z.object({}),
    appInfoSchema,
    'What kind of host this is and how it keeps keys.',
  ),
};
