// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/ApiProvider';
import { useResponseStore } from '../../stores/response-store';
import { createFakeApi, sampleSummary } from '../../testing/fake-api';
import { ResponseActions } from '../response/ResponseActions';
import { SampleList } from './SampleList';
import { trackSampleSource, useSampleStore } from './sample-store';

vi.mock('../../editor/CodeEditor');

const target = { dir: '/c', slug: 'list-tables' };

function fakeHost() {
  const saved: Array<{ file: string; takenAt: string; status: number }> = [];
  return createFakeApi({
    'collection.saveSample': ({ slug, status }) => {
      saved.push({ file: `${saved.length}.json`, takenAt: '2024-05-01T00:00:00.000Z', status });
      return { path: `/c/samples/${slug}/${saved.length - 1}.json` };
    },
    'collection.samples': () => [...saved],
  });
}

function receive(requestId: string, status: number): void {
  useResponseStore.getState().start(requestId, null);
  useResponseStore.getState().succeed(sampleSummary({ responseId: `resp-${requestId}`, status }));
}

function renderActions(api: ReturnType<typeof fakeHost>['api']): void {
  render(
    <ApiProvider client={api}>
      <SampleList />
      <ResponseActions summary={useResponseStore.getState().summary} signed={null} />
    </ApiProvider>,
  );
}

describe('samples of saved requests', () => {
  let stop: () => void = () => undefined;
  beforeAll(() => {
    stop = trackSampleSource();
  });
  afterAll(() => stop());
  afterEach(() => {
    cleanup();
    useSampleStore.setState({ linked: undefined, samples: [], sent: undefined, source: undefined });
  });

  it('offers "Save as sample" only for a response of the linked request, and lists the saved sample', async () => {
    const fake = fakeHost();
    receive('unlinked', 200);
    renderActions(fake.api);
    expect(screen.queryByRole('button', { name: 'Save as sample' })).toBeNull();
    cleanup();

    useSampleStore.getState().link(target);
    receive('q1', 201);
    // The user moves on to another request; the response still belongs to the first.
    useSampleStore.getState().link({ dir: '/c', slug: 'other' });
    expect(useSampleStore.getState().source).toEqual(target);
    useSampleStore.getState().link(target);
    renderActions(fake.api);
    fireEvent.click(screen.getByRole('button', { name: 'Save as sample' }));
    await screen.findByText('Saved the response as a sample: /c/samples/list-tables/0.json');
    expect(fake.calls.find((c) => c.name === 'collection.saveSample')?.input).toMatchObject({
      ...target,
      responseId: 'resp-q1',
      status: 201,
    });
    expect((await screen.findByText('1 sample')).tagName).toBe('SUMMARY');
    expect(screen.getByText('2024-05-01T00:00:00.000Z · 201')).toBeTruthy();

    // A failed send leaves the response on screen, and its source, as they were.
    useResponseStore.getState().start('q2', null);
    useResponseStore.getState().fail({ code: 'x', message: 'failed' });
    expect(useSampleStore.getState().source).toEqual(target);
  });
});
