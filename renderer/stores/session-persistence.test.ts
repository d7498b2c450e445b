import { describe, expect, it } from 'vitest';
import { sampleSummary } from '../testing/fake-api';
import { useConnectorStore } from './connector-store';
import { defaultOperationDecisions, useDecisionsStore } from './decisions-store';
import { initialDraft, useRequestStore } from './request-store';
import { useResponseStore } from './response-store';
import { createRow } from './rows';
import { persistSession, sessionKey } from './session-persistence';
import { snapshotPreviewChars } from './session-snapshot';
import { useUiStore } from './ui-store';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const spec = { region: 'eu-west-1', service: 'polly', method: 'GET', path: '/v1/voices' };

function resetStores(): void {
  useRequestStore.setState(initialDraft());
  useDecisionsStore.setState({ byOperation: {} });
  useConnectorStore.setState({ entries: [], fixes: [] });
  useUiStore.setState({ view: 'requests', responseTab: 'body' });
  useResponseStore.setState({ summary: null, summarySpec: null, loading: false, requestId: null });
}

describe('persistSession', () => {
  it('brings back the draft, the response by id, decisions, the connector and the tabs after a reload', async () => {
    resetStores();
    const storage = memoryStorage();
    const stop = persistSession(storage);
    useRequestStore.setState({
      service: 'polly',
      operation: 'DescribeVoices',
      path: '/v1/voices',
      query: [{ ...createRow('Engine', 'neural'), enabled: false }],
    });
    const decisions = defaultOperationDecisions();
    useDecisionsStore.setState({
      byOperation: {
        'polly:DescribeVoices': { ...decisions, model: { ...decisions.model, names: { a: 'B' } } },
      },
    });
    useConnectorStore.getState().add(spec, 'resp-7');
    useUiStore.setState({ view: 'connector', responseTab: 'diagram' });
    useResponseStore.getState().start('q', spec);
    const big = 'x'.repeat(snapshotPreviewChars + 10);
    useResponseStore.getState().succeed(sampleSummary({ responseId: 'resp-7', preview: big }));
    await Promise.resolve();
    stop();

    resetStores();
    persistSession(storage)();
    expect(useRequestStore.getState()).toMatchObject({
      service: 'polly',
      operation: 'DescribeVoices',
    });
    expect(useRequestStore.getState().query).toMatchObject([{ name: 'Engine', enabled: false }]);
    expect(useDecisionsStore.getState().byOperation['polly:DescribeVoices']?.model.names).toEqual({
      a: 'B',
    });
    expect(useConnectorStore.getState().entries).toMatchObject([{ responseId: 'resp-7' }]);
    expect(useUiStore.getState()).toMatchObject({ view: 'connector', responseTab: 'diagram' });
    const restored = useResponseStore.getState();
    expect(restored.summary?.responseId).toBe('resp-7');
    expect(restored.summary?.preview.length).toBe(snapshotPreviewChars);
    expect(restored.summary?.truncated).toBe(true);
    expect(restored.summarySpec).toMatchObject(spec);
    expect(storage.getItem(sessionKey)?.length).toBeLessThan(snapshotPreviewChars + 20_000);
  });

  it('starts fresh from a snapshot it cannot read, and loses nothing else', () => {
    resetStores();
    const storage = memoryStorage();
    storage.setItem(sessionKey, '{"version":1,"draft":{"region":5}}');
    persistSession(storage)();
    expect(useRequestStore.getState().region).toBe(initialDraft().region);
  });
});
