import { z } from 'zod';
import { collectionDataSchema } from '../../domain/collection/schema';
import { defineOperation } from '../define';
import { requestSpecSchema } from './request';

const dir = z.string().min(1).max(4096);

export const loadProblemSchema = z.object({ path: z.string(), reason: z.string() });

/** The version (`<mtimeMs>:<sha256>`) of each file as loaded or last saved, by path in the folder. */
export const fileVersionsSchema = z.record(z.string().max(4096), z.string().max(200));

/** A file changed outside the app since it was loaded (the `details.conflicts` of a `conflict` error). */
export const saveConflictSchema = z.object({
  file: z.string(),
  change: z.enum(['changed', 'added', 'removed']),
});
export type SaveConflict = z.infer<typeof saveConflictSchema>;

/** A collection as opened: the data, the files that could not be used (kept untouched), and slugs they hold. */
export const openedCollectionSchema = z.object({
  dir: z.string(),
  data: collectionDataSchema,
  problems: z.array(loadProblemSchema),
  reservedSlugs: z.array(z.string()),
  /** What was loaded: the next save refuses to overwrite or delete files changed since. */
  versions: fileVersionsSchema,
});
export type OpenedCollection = z.infer<typeof openedCollectionSchema>;

export const recentCollectionSchema = z.object({ dir: z.string(), name: z.string() });
export type RecentCollection = z.infer<typeof recentCollectionSchema>;

export const conversionNoteSchema = z.object({
  kind: z.enum(['dropped', 'changed', 'secret']),
  where: z.string(),
  message: z.string(),
});

/** A saved sample as listed: its file name in `samples/<slug>/`, when it was taken and its status. */
export const sampleInfoSchema = z.object({
  file: z.string(),
  takenAt: z.string(),
  status: z.number().int(),
});
export type SampleInfo = z.infer<typeof sampleInfoSchema>;

/** One sent request in history: the spec (which holds a credential reference, never a secret) and how it went. */
export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  name: z.string().max(200).optional(),
  collectionDir: z.string().max(4096).optional(),
  slug: z.string().max(120).optional(),
  spec: requestSpecSchema,
  status: z.number().int().optional(),
  error: z.string().max(2000).optional(),
  durationMs: z.number().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyEntryInputSchema = historyEntrySchema.omit({ id: true, at: true });
export type HistoryEntryInput = z.infer<typeof historyEntryInputSchema>;

export const collectionOperations = {
  'collection.recent': defineOperation(
    z.object({}),
    z.array(recentCollectionSchema),
    'The workspace: recently opened collections, most recent first.',
  ),
  'collection.create': defineOperation(
    z.object({
      dir,
      name: z.string().trim().min(1).max(200),
      service: z.string().min(1),
      region: z.string().min(1),
    }),
    openedCollectionSchema,
    'Creates a collection folder (the folder must be new or empty) and adds it to the workspace.',
  ),
  'collection.open': defineOperation(
    z.object({ dir }),
    openedCollectionSchema,
    'Loads a collection folder; unusable files are reported and kept untouched.',
  ),
  'collection.save': defineOperation(
    z.object({
      dir,
      data: collectionDataSchema,
      /** The versions from open (or the last save). */
      versions: fileVersionsSchema,
      /** Overwrite files changed outside since then (after the user saw the conflict). */
      overwrite: z.boolean().optional(),
    }),
    z.object({
      written: z.array(z.string()),
      deleted: z.array(z.string()),
      versions: fileVersionsSchema,
    }),
    'Saves a collection atomically, file by file, deleting only request files it loaded; files changed on disk since they were loaded fail with a `conflict` error unless overwrite is set. Saves of one folder are serialized.',
  ),
  'collection.rename': defineOperation(
    z.object({ dir, name: z.string().trim().min(1).max(200) }),
    openedCollectionSchema,
    'Renames a collection (the folder keeps its name).',
  ),
  'collection.duplicate': defineOperation(
    z.object({ dir, to: dir, name: z.string().trim().min(1).max(200).optional() }),
    openedCollectionSchema,
    'Copies a collection folder to a new folder.',
  ),
  'collection.delete': defineOperation(
    z.object({ dir, confirmName: z.string() }),
    z.object({ deleted: z.boolean() }),
    'Deletes a collection folder from disk; confirmName must equal the collection name.',
  ),
  'collection.forget': defineOperation(
    z.object({ dir }),
    z.object({ forgotten: z.boolean() }),
    'Removes a collection from the workspace without touching its folder.',
  ),
  'collection.import': defineOperation(
    z.object({ dir, text: z.string().max(20_000_000), storeSecrets: z.boolean().default(true) }),
    openedCollectionSchema.extend({
      format: z.string(),
      notes: z.array(conversionNoteSchema),
      /** Keys found in the import, as stored in the credential store (never the secret). */
      storedCredentials: z.array(
        z.object({ id: z.string(), label: z.string(), maskedKeyId: z.string().optional() }),
      ),
    }),
    'Imports a Postman, Insomnia or cURL text into a new or existing collection; secrets go to the credential store only.',
  ),
  'collection.export': defineOperation(
    z.object({
      dir,
      to: z.enum(['postman', 'curl']),
      environment: z.string().optional(),
      /** Only this request (e.g. one request as `curl --aws-sigv4`). */
      slug: z.string().max(120).optional(),
    }),
    z.object({ text: z.string(), notes: z.array(conversionNoteSchema) }),
    'Writes a collection (or one request) as Postman v2.1 or curl commands, with a report of what the format cannot hold.',
  ),
  'collection.saveSample': defineOperation(
    z.object({
      dir,
      slug: z.string().min(1).max(120),
      responseId: z.string().min(1),
      status: z.number().int(),
      headers: z.array(z.tuple([z.string(), z.string()])),
    }),
    z.object({ path: z.string() }),
    'Saves a kept response as a sample of a request.',
  ),
  'collection.samples': defineOperation(
    z.object({ dir, slug: z.string().min(1).max(120) }),
    z.array(sampleInfoSchema),
    'The saved samples of a request, oldest first (file name, time taken and status; no bodies).',
  ),
  'history.list': defineOperation(
    z.object({
      search: z.string().max(200).optional(),
      limit: z.number().int().positive().max(10_000).optional(),
    }),
    z.array(historyEntrySchema),
    'Sent requests, newest first, optionally filtered.',
  ),
  'history.add': defineOperation(
    historyEntryInputSchema,
    historyEntrySchema,
    'Records a sent request in history.',
  ),
  'history.clear': defineOperation(
    z.object({}),
    z.object({ cleared: z.number().int() }),
    'Forgets the history.',
  ),
};
