// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/ipc/operations/collection';
import { ApiProvider } from '../api/ApiProvider';
import { CollectionsSidebar } from '../features/collections/CollectionsSidebar';
import { trackSampleSource, useSampleStore } from '../features/collections/sample-store';
import { useCollectionsStore } from '../features/collections/store';
import { initialDraft, useRequestStore } from '../stores/request-store';
import { useResponseStore } from '../stores/response-store';
import { sampleSummary } from '../testing/fake-api';
import { fakeCollectionHost } from '../testing/fake-collection-host';
import { sendDraft } from './send-request';

// Every renderer source file as text (tests and test helpers aside), read by Vite at test time.
const sources = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../testing/**'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

const resent: HistoryEntry = {
  id: 'h-1',
  at: '2026-01-01T00:00:00.000Z',
  spec: { region: 'eu-west-1', service: 'sqs', method: 'POST', path: '/', query: [], headers: [] },
  status: 200,
};

function hostThatSends(history: HistoryEntry[]) {
  const fake = fakeCollectionHost(history);
  const sent: unknown[] = [];
  const call = fake.api.call.bind(fake.api);
  fake.api.call = ((name: string, input: unknown) => {
    if (name !== 'request.send') return call(name as never, input as never);
    sent.push(input);
    return Promise.resolve(sampleSummary({ responseId: `resp-${sent.length}` }));
  }) as typeof fake.api.call;
  return { ...fake, sent };
}

afterEach(() => {
  cleanup();
  useRequestStore.setState(initialDraft());
  useResponseStore.setState({ summary: null, loading: false, requestId: null, summarySpec: null });
  useSampleStore.setState({ linked: undefined, sent: undefined, source: undefined });
  useCollectionsStore.setState({ dir: undefined, data: undefined, history: [] });
});

describe('the one send path', () => {
  it('is the only renderer code that calls request.send', () => {
    const files = Object.keys(sources);
    expect(files).toContain('../features/request/RequestPanel.tsx');
    const senders = files.filter((file) => sources[file]?.includes("'request.send'"));
    expect(senders).toEqual(['./send-request.ts']);
  });

  it('records the spec it sent and the saved request it came from', async () => {
    const stop = trackSampleSource();
    const host = hostThatSends([]);
    useRequestStore.setState({ service: 'sqs', region: 'eu-west-1', method: 'POST', path: '/' });
    useSampleStore.getState().link({ dir: '/c', slug: 'list-queues' });
    const sent = sendDraft(host.api);
    expect(useResponseStore.getState().pendingSpec).toEqual(sent?.spec);
    await waitFor(() => expect(useResponseStore.getState().summary).not.toBeNull());
    expect(host.sent).toEqual([{ requestId: sent?.requestId, spec: sent?.spec }]);
    expect(useResponseStore.getState().summarySpec).toEqual(sent?.spec);
    expect(useSampleStore.getState().source).toEqual({ dir: '/c', slug: 'list-queues' });
    stop();
  });

  it('sends Resend from history through the same path, so the response knows its spec', async () => {
    const host = hostThatSends([resent]);
    render(
      <ApiProvider client={host.api}>
        <CollectionsSidebar autosaveMs={0} onSend={() => sendDraft(host.api)} />
      </ApiProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Resend POST sqs/ }));
    await waitFor(() => expect(useResponseStore.getState().summary).not.toBeNull());
    expect(host.sent).toHaveLength(1);
    expect(useResponseStore.getState().summarySpec).toMatchObject(resent.spec);
  });
});
