import { randomUUID } from 'node:crypto';
import { StudioError } from '../../../shared/ipc/errors';
import type { BodyStore } from '../http/body-store';
import type { BodyKind } from '../http/decode';

/** A kept response body and how it was classified. */
export interface KeptResponse {
  body: BodyStore;
  kind: BodyKind;
  contentType?: string;
}

/** How many response bodies are kept by default; the oldest is released past it. */
export const DEFAULT_KEPT_RESPONSES = 50;

/** Keeps the full bodies of recent responses by id, releasing the oldest past a cap. */
export class ResponseRegistry {
  private readonly stores = new Map<string, KeptResponse>();

  constructor(private readonly capacity = DEFAULT_KEPT_RESPONSES) {}

  /** Keeps a body under a new response id and returns the id. */
  add(kept: KeptResponse, id: string = randomUUID()): string {
    this.stores.set(id, kept);
    while (this.stores.size > this.capacity) {
      const [oldest, evicted] = this.stores.entries().next().value as [string, KeptResponse];
      this.stores.delete(oldest);
      void evicted.body.dispose();
    }
    return id;
  }

  /** The body of a kept response, or a not-found error naming why it may be gone. */
  get(responseId: string): KeptResponse {
    const store = this.stores.get(responseId);
    if (!store) {
      throw new StudioError(
        'not-found',
        `No response "${responseId}" is kept (only the last ${this.capacity} are).`,
      );
    }
    return store;
  }

  /** The number of kept bodies. */
  get size(): number {
    return this.stores.size;
  }

  /** Releases every kept body. */
  async clear(): Promise<void> {
    const stores = [...this.stores.values()];
    this.stores.clear();
    await Promise.all(stores.map((kept) => kept.body.dispose()));
  }
}
