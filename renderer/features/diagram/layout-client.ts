import { layoutEntityModel } from '../../../shared/domain/diagram/layout';
import type { DiagramLayout } from '../../../shared/domain/diagram/types';
import type { EntityModel } from '../../../shared/domain/entity-model/types';
import type { LayoutReply, LayoutRequest } from './layout-worker';

/** Lays out a model and resolves with the drawing's geometry. */
export type LayoutFunction = (model: EntityModel) => Promise<DiagramLayout>;

/**
 * A layout function that runs elkjs in a Web Worker, so 300 entities never block the window; where
 * workers do not exist (tests, old engines) it lays out in-thread.
 */
export function createWorkerLayout(): LayoutFunction {
  if (typeof Worker === 'undefined') return layoutEntityModel;
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<
    number,
    { resolve(layout: DiagramLayout): void; reject(error: Error): void }
  >();
  const start = (): Worker => {
    const created = new Worker(new URL('./layout-worker.ts', import.meta.url), {
      type: 'module',
      name: 'diagram-layout',
    });
    created.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(JSON.parse(reply.layoutJson) as DiagramLayout);
    };
    created.onerror = () => {
      for (const waiter of pending.values()) waiter.reject(new Error('The layout worker stopped.'));
      pending.clear();
      worker = undefined;
    };
    return created;
  };
  return (model) =>
    new Promise<DiagramLayout>((resolve, reject) => {
      worker ??= start();
      const id = ++next;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, modelJson: JSON.stringify(model) } satisfies LayoutRequest);
    });
}

let shared: LayoutFunction | undefined;

/** The window's one layout worker, started on first use. */
export function defaultLayout(model: EntityModel): Promise<DiagramLayout> {
  shared ??= createWorkerLayout();
  return shared(model);
}
