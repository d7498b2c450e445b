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
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = self as unknown as WorkerScope;

// Assigned after the imports ran: elk's bundle installs its own `self.onmessage` when it loads in a
// worker, and this replaces it (elk itself runs in-thread here through its fake worker).
scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, modelJson } = event.data;
  layoutEntityModel(JSON.parse(modelJson) as EntityModel).then(
    (layout) => scope.postMessage({ id, layoutJson: JSON.stringify(layout) } satisfies LayoutReply),
    (error: unknown) =>
      scope.postMessage({
        id,
        error: error instanceof Error ? error.message : 'Layout failed.',
      } satisfies LayoutReply),
  );
};
