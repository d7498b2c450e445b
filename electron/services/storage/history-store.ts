import { z } from 'zod';
import { serializeFile } from '../../../shared/domain/collection';
import { historyEntrySchema } from '../../../shared/ipc/operations/collection';
import type { HistoryEntry, HistoryEntryInput } from '../../../shared/ipc/operations/collection';
import { writeFileAtomic } from './atomic-write';
import { readJsonIfValid } from './read-json';
import { SerialQueue } from './serial-queue';

/** How many sent requests history keeps unless configured otherwise. */
export const DEFAULT_HISTORY_CAP = 500;
// A history entry keeps at most this much of a request body; history is for re-opening, not archiving.
const MAX_BODY_CHARS = 64 * 1024;

const historyFileSchema = z.object({
  formatVersion: z.literal(1),
  entries: z.array(historyEntrySchema),
});

export interface HistoryStoreOptions {
  /** The history file, in the app data folder (never inside a collection). */
  file: string;
  cap?: number;
  clock?: () => Date;
  newId: () => string;
}

/** Sent requests, newest first, capped; a damaged history file starts a new history (the old file is replaced only on the next add). */
export class HistoryStore {
  private readonly queue = new SerialQueue();
  private readonly cap: number;

  constructor(private readonly options: HistoryStoreOptions) {
    this.cap = options.cap ?? DEFAULT_HISTORY_CAP;
  }

  private async read(): Promise<HistoryEntry[]> {
    return (await readJsonIfValid(this.options.file, historyFileSchema))?.entries ?? [];
  }

  private write(entries: HistoryEntry[]): Promise<void> {
    return writeFileAtomic(this.options.file, serializeFile({ formatVersion: 1, entries }));
  }

  /** Records a sent request; the oldest entries beyond the cap are dropped. */
  add(input: HistoryEntryInput): Promise<HistoryEntry> {
    return this.queue.run('history', async () => {
      const body = input.spec.body;
      const spec =
        body?.kind === 'text' && body.text.length > MAX_BODY_CHARS
          ? {
              ...input.spec,
              body: { kind: 'text' as const, text: body.text.slice(0, MAX_BODY_CHARS) },
            }
          : input.spec;
      const entry: HistoryEntry = {
        ...input,
        spec,
        id: this.options.newId(),
        at: (this.options.clock ?? (() => new Date()))().toISOString(),
      };
      const entries = [entry, ...(await this.read())].slice(0, this.cap);
      await this.write(entries);
      return entry;
    });
  }

  /** Entries, newest first, whose method, path, service, region, name or status contain `search` (any case). */
  list(options: { search?: string; limit?: number } = {}): Promise<HistoryEntry[]> {
    return this.queue.run('history', async () => {
      const needle = options.search?.trim().toLowerCase();
      const entries = await this.read();
      const found = needle
        ? entries.filter((e) =>
            [
              e.spec.method,
              e.spec.path,
              e.spec.service,
              e.spec.region,
              e.name ?? '',
              String(e.status ?? ''),
            ].some((t) => t.toLowerCase().includes(needle)),
          )
        : entries;
      return found.slice(0, options.limit ?? this.cap);
    });
  }

  /** Forgets every entry; returns how many there were. */
  clear(): Promise<number> {
    return this.queue.run('history', async () => {
      const count = (await this.read()).length;
      await this.write([]);
      return count;
    });
  }
}
