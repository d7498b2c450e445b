import { z } from 'zod';
import { defineOperation } from '../define';

export const responseOperations = {
  'response.readRange': defineOperation(
    z.object({
      responseId: z.string(),
      offset: z.number().int().nonnegative(),
      length: z
        .number()
        .int()
        .positive()
        .max(5 * 1024 * 1024),
    }),
    z.object({
      data: z.string(),
      encoding: z.enum(['utf8', 'base64']),
      offset: z.number().int(),
      length: z.number().int(),
      total: z.number().int(),
    }),
    'A byte range of a kept response body (for paging through large bodies).',
  ),
  'response.saveToFile': defineOperation(
    z.object({ responseId: z.string(), suggestedName: z.string().max(255).optional() }),
    z.object({
      savedTo: z.string().optional(),
      downloadUrl: z.string().optional(),
      cancelled: z.boolean(),
    }),
    'Saves the whole body: a save dialog on the desktop, a download in browser mode.',
  ),
};
