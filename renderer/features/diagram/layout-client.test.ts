// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultModelDecisions } from '../../../shared/domain/entity-model/decisions';
import { deriveEntityModel } from '../../../shared/domain/entity-model/derive';
import { wideResponseJson } from '../../../shared/domain/entity-model/testing/wide-response';
import { inferJsonStructure } from '../../../shared/domain/json-structure';
import { createWorkerLayout } from './layout-client';

type Listener = (event: { data: unknown }) => void;

/**
 * A dedicated worker's global scope, in-process: a message from the page goes to `onmessage` and to
 * every `message` listener, as in a browser. It becomes `self` before the worker module loads, so
 * libraries the worker loads (elkjs) see a worker, as they do in the built app.
 */
class FakeWorkerScope {
  onmessage: Listener | null = null;
  readonly listeners: Listener[] = [];
  toPage: Listener = () => undefined;
  addEventListener(type: string, listener: Listener): void {
    if (type === 'message') this.listeners.push(listener);
  }
  postMessage(data: unknown): void {
    setTimeout(() => this.toPage({ data }), 0);
  }
  deliver(data: unknown): void {
    setTimeout(() => {
      this.onmessage?.({ data });
      for (const listener of this.listeners) listener({ data });
    }, 0);
  }
}

function wideModel(entities: number, action = 'ListResources') {
  const structure = inferJsonStructure([wideResponseJson(entities)], {
    studioProVersion: 10,
    protocol: 'rest-json',
  });
  return deriveEntityModel(
    structure,
    { action, serviceName: 'AWS Example' },
    defaultModelDecisions,
  );
}

/** Loads the real worker module into a fake scope and makes `new Worker()` talk to it. */
async function startRealWorkerInProcess(): Promise<FakeWorkerScope> {
  const scope = new FakeWorkerScope();
  vi.stubGlobal('self', scope);
  class PageSideWorker {
    onmessage: Listener | null = null;
    onerror: ((event: { message?: string }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    constructor() {
      scope.toPage = (event) => this.onmessage?.(event);
    }
    addEventListener(type: string, listener: Listener): void {
      if (type === 'message') scope.toPage = listener;
    }
    postMessage(data: unknown): void {
      scope.deliver(data);
    }
    terminate(): void {}
  }
  vi.stubGlobal('Worker', PageSideWorker);
  await import('./layout-worker');
  return scope;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('createWorkerLayout with the real worker module', () => {
  it('answers every layout, not just the first (elkjs takes over onmessage when it starts)', async () => {
    await startRealWorkerInProcess();
    const layout = createWorkerLayout();
    const titles: string[] = [];
    // Structure → Entities, a rename, a convention toggle, a re-send, and once more.
    for (const [i, action] of ['ListA', 'ListB', 'ListC', 'ListD', 'ListE'].entries()) {
      const result = await layout(wideModel(2 + i, action));
      titles.push(result.title);
      expect(result.nodes.length).toBeGreaterThan(2);
    }
    expect(titles).toEqual(
      ['ListA', 'ListB', 'ListC', 'ListD', 'ListE'].map((a) => `AWS Example ${a} entity diagram`),
    );
  });
});

/** A scripted worker: records what it was sent and lets the test answer or crash it. */
class ScriptedWorker {
  readonly sent: Array<{ id: number; modelJson: string }> = [];
  terminated = false;
  private readonly listeners = new Map<string, Array<(event: unknown) => void>>();
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(data: { id: number; modelJson: string }): void {
    this.sent.push(data);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

describe('createWorkerLayout when the worker fails', () => {
  it('rejects with the error the worker reports, and keeps serving', async () => {
    const worker = new ScriptedWorker();
    const layout = createWorkerLayout(() => worker as unknown as Worker);
    const failing = layout(wideModel(1));
    worker.emit('message', { data: { id: 1, error: 'elk ran out of memory' } });
    await expect(failing).rejects.toThrow(/could not be laid out: elk ran out of memory/);
    const next = layout(wideModel(1));
    worker.emit('message', { data: { id: 2, layoutJson: '{"title":"ok"}' } });
    await expect(next).resolves.toEqual({ title: 'ok' });
  });

  it('rejects every waiting request when the worker dies, and starts a fresh worker next time', async () => {
    const workers: ScriptedWorker[] = [];
    const layout = createWorkerLayout(() => {
      workers.push(new ScriptedWorker());
      return workers.at(-1) as unknown as Worker;
    });
    const first = layout(wideModel(1));
    const second = layout(wideModel(1));
    workers[0]?.emit('error', { message: 'Uncaught SyntaxError', preventDefault: () => undefined });
    await expect(first).rejects.toThrow(/layout worker stopped: Uncaught SyntaxError/);
    await expect(second).rejects.toThrow(/layout worker stopped/);
    expect(workers[0]?.terminated).toBe(true);
    const third = layout(wideModel(1));
    expect(workers).toHaveLength(2);
    workers[1]?.emit('message', { data: { id: 3, layoutJson: '{"title":"again"}' } });
    await expect(third).resolves.toEqual({ title: 'again' });
  });

  it('rejects an answer the page cannot read instead of waiting for ever', async () => {
    const worker = new ScriptedWorker();
    const layout = createWorkerLayout(() => worker as unknown as Worker);
    const pending = layout(wideModel(1));
    worker.emit('message', { data: { id: 1, layoutJson: '{not json' } });
    await expect(pending).rejects.toThrow(/unreadable answer/);
  });
});
