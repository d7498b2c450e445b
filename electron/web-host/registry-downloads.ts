import { Readable } from 'node:stream';
import type { DownloadLookup } from './download-route';

/** What the download route needs of a kept body: its size and ranges of it. */
export interface RangeReadable {
  readonly size: number;
  readRange(offset: number, length: number): Promise<Uint8Array>;
}

const CHUNK_BYTES = 1024 * 1024;

async function* chunksOf(body: RangeReadable): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < body.size; offset += CHUNK_BYTES) {
    yield await body.readRange(offset, CHUNK_BYTES);
  }
}

/** Offers the bodies a response registry keeps as downloads, streamed a megabyte at a time. */
export function downloadsFrom(registry: {
  get(responseId: string): RangeReadable;
}): DownloadLookup {
  return (responseId) => {
    let body: RangeReadable;
    try {
      body = registry.get(responseId);
    } catch {
      return undefined;
    }
    return { size: body.size, open: () => Readable.from(chunksOf(body)) };
  };
}
