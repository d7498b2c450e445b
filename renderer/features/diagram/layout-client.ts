import { layoutEntityModel } from '../../../shared/domain/diagram/layout';
import type { DiagramLayout } from '../../../shared/domain/diagram/types';
import type { EntityModel } from '../../../shared/domain/entity-model/types';
import type { LayoutReply, LayoutRequest } from './layout-worker';

/** Lays out a model and resolves with the drawing's geometry. */
export type LayoutFunction = (model: EntityModel) => Promise<DiagramLayout>;

/** The part of a `Worker` the client uses; tests pass their own. */
export type LayoutWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

interface Waiter {
  resolve(layout: DiagramLayout): void;
  reject(error: Error): void;
}

function spawnLayoutWorker(): LayoutWorker {
  return new Worker(new URL('./layout-worker.ts', import.meta.url), {
    type: 'module',
    name: 'diagram-layout',
  });
}

function settle(waiter: Waiter | undefined, reply: LayoutReply): void {
  if (!waiter) return;
  if ('error' in reply) {
    waiter.reject(new Error(`The diagram could not be laid out: ${reply.error}`));
    return;
  }
  try {
    waiter.resolve(JSON.parse(reply.layoutJson) as DiagramLayout);
  } catch {
    waiter.reject(new Error('The layout worker sent an unreadable answer.'));
  }
}

/**
 * A layout function that runs elkjs in a Web Worker, so 300 entities never block the window; where
 * workers do not exist (tests, old engines) it lays out in-thread. Every request settles: with the
 * layout, with the worker's own error, or (when the worker dies) with why, and the next request
 * starts a fresh worker.
 */
export function createWorkerLayout(spawn: () => LayoutWorker = spawnLayoutWorker): LayoutFunction {
  if (spawn === spawnLayoutWorker && typeof Worker === 'undefined') return layoutEntityModel;
  let worker: LayoutWorker | undefined;
  let next = 0;
  const pending = new Map<number, Waiter>();
  const stop = (reason: string): void => {
    worker?.terminate();
    worker = undefined;
    for (const waiter of pending.values()) waiter.reject(new Error(reason));
    pending.clear();
  };
  const start = (): LayoutWorker => {
    const created = spawn();
    created.addEventListener('message', (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      settle(waiter, reply);
    });
    created.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault?.();
      stop(`The layout worker stopped: ${event.message || 'it could not start'}.`);
    });
    created.addEventListener('messageerror', () =>
      stop('The layout worker sent an answer the page could not read.'),
    );
    return created;
  };
  return (model) =>
    new Promise<DiagramLayout>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      try {
        worker ??= start();
        worker.postMessage({ id, modelJson: JSON.stringify(model) } satisfies LayoutRequest);
      } catch (error) {
        pending.delete(id);
        reject(error instanceof Error ? error : new Error('The layout could not start.'));
      }
    });
}

let shared: LayoutFunction | undefined;

/** The window's one layout worker, started on first use. */
export function defaultLayout(model: EntityModel): Promise<DiagramLayout> {
  shared ??= createWorkerLayout();
  return shared(model);
}
