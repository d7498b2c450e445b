import { layoutEntityModel } from '../../../shared/domain/diagram/layout';
import type { EntityModel } from '../../../shared/domain/entity-model/types';

/** A layout request to the worker: the model as JSON text, so no structured clone walks it. */
export interface LayoutRequest {
  id: number;
  modelJson: string;
}

/** The worker's answer: the layout as JSON text, or a message. */
export type LayoutReply = { id: number; layoutJson: string } | { id: number; error: string };

// The renderer compiles with the DOM library; this is the part of a worker's scope used here.
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: LayoutReply): void;
}

function isLayoutRequest(data: unknown): data is LayoutRequest {
  const request = data as Partial<LayoutRequest> | null;
  return typeof request?.id === 'number' && typeof request.modelJson === 'string';
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'The layout failed.';
}

/** Lays out one request and always answers it, with the layout or the reason it failed. */
async function answer(scope: WorkerScope, request: LayoutRequest): Promise<void> {
  try {
    const layout = await layoutEntityModel(JSON.parse(request.modelJson) as EntityModel);
    scope.postMessage({ id: request.id, layoutJson: JSON.stringify(layout) });
  } catch (error) {
    scope.postMessage({ id: request.id, error: messageOf(error) });
  }
}

/**
 * Serves layout requests on a worker scope. elkjs's bundle, on the first `new ELK()`, loads its GWT
 * worker code, which (seeing a worker scope) assigns `self.onmessage` to its own dispatcher; a
 * handler kept in `onmessage` was silently replaced after the first layout and every later request
 * went unanswered. A `message` listener cannot be replaced, and `onmessage` is pinned to a no-op
 * setter so elk's dispatcher never sees (and never answers) our requests.
 */
export function serveLayouts(scope: WorkerScope): void {
  Object.defineProperty(scope, 'onmessage', {
    configurable: true,
    get: () => null,
    set: () => undefined,
  });
  scope.addEventListener('message', (event) => {
    if (isLayoutRequest(event.data)) void answer(scope, event.data);
  });
}

serveLayouts(self as unknown as WorkerScope);
