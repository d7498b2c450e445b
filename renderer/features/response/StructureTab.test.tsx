// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inferJsonStructure } from '../../../shared/domain/json-structure/infer';
import { ApiProvider } from '../../api/ApiProvider';
import { useCatalogStore } from '../../stores/catalog-store';
import { useModelStore } from '../../stores/model-store';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { useUiStore } from '../../stores/ui-store';
import { createFakeApi, sampleSummary } from '../../testing/fake-api';
import { ResponsePanel } from './ResponsePanel';

vi.mock('../../editor/CodeEditor');

const body = '{"TableNames":["Music","Books"]}';

describe('Structure tab', () => {
  beforeEach(() => {
    useUiStore.setState({ responseTab: 'body' });
    useRequestStore.setState({ ...initialDraft(), service: 'dynamodb', operation: 'ListTables' });
    useModelStore.setState({
      responseId: null,
      structure: null,
      loading: false,
      error: null,
      progress: null,
    });
  });
  afterEach(cleanup);

  it('infers the structure of the kept response once, with the service protocol, and draws its entities', async () => {
    useCatalogStore.setState({
      services: [
        {
          id: 'dynamodb',
          fullName: 'Amazon DynamoDB',
          serviceId: 'DynamoDB',
          apiVersion: '2012-08-10',
          endpointPrefix: 'dynamodb',
          signingName: 'dynamodb',
          protocol: 'json',
          operationCount: 1,
        },
      ],
    });
    useResponseStore.getState().succeed(sampleSummary({ responseId: 'r-9', preview: body }));
    const fake = createFakeApi({
      'structure.infer': () => inferJsonStructure([body], { studioProVersion: 10 }),
    });
    render(
      <ApiProvider client={fake.api}>
        <ResponsePanel />
      </ApiProvider>,
    );
    expect(fake.calls.map((call) => call.name)).not.toContain('structure.infer');
    fireEvent.click(screen.getByRole('tab', { name: 'Structure' }));
    expect(await screen.findByRole('treegrid', { name: 'JSON structure' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Entities' }));
    expect(await screen.findByRole('button', { name: 'Export Mermaid' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Structure' }));
    const infers = fake.calls.filter((call) => call.name === 'structure.infer');
    expect(infers).toEqual([
      {
        name: 'structure.infer',
        input: { responseId: 'r-9', options: { studioProVersion: 10, protocol: 'json' } },
      },
    ]);
  });

  it('says why a non-JSON response cannot be modelled', () => {
    useResponseStore.getState().succeed(sampleSummary({ bodyKind: 'text', preview: 'hello' }));
    const fake = createFakeApi({});
    useUiStore.setState({ responseTab: 'structure' });
    render(
      <ApiProvider client={fake.api}>
        <ResponsePanel />
      </ApiProvider>,
    );
    expect(screen.getByText('Only JSON and XML responses can be modelled.')).toBeTruthy();
    expect(fake.calls).toEqual([]);
  });

  it('shows an inference failure', async () => {
    useResponseStore.getState().succeed(sampleSummary({ responseId: 'r-10' }));
    const fake = createFakeApi({});
    useUiStore.setState({ responseTab: 'structure' });
    render(
      <ApiProvider client={fake.api}>
        <ResponsePanel />
      </ApiProvider>,
    );
    await waitFor(() =>
      expect(screen.getByRole('alert', { name: 'Structure error' }).textContent).toContain(
        'structure.infer',
      ),
    );
  });

  it('shows a progress bar while a large body is inferred, polling the job the inference was given', async () => {
    useResponseStore
      .getState()
      .succeed(sampleSummary({ responseId: 'r-big', size: 50 * 1024 * 1024, preview: body }));
    let finish: (value: ReturnType<typeof inferJsonStructure>) => void = () => undefined;
    const fake = createFakeApi({
      'structure.infer': () => new Promise((resolve) => (finish = resolve)),
      'structure.progress': () => ({ fraction: 0.42, done: false }),
    });
    useUiStore.setState({ responseTab: 'structure' });
    render(
      <ApiProvider client={fake.api}>
        <ResponsePanel />
      </ApiProvider>,
    );
    const bar = await screen.findByRole('progressbar', { name: 'Structure progress' });
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('42'));
    const infer = fake.calls.find((call) => call.name === 'structure.infer')?.input as {
      jobId?: string;
    };
    expect(infer.jobId).toEqual(expect.any(String));
    const polls = fake.calls.filter((call) => call.name === 'structure.progress');
    expect(polls.length).toBeGreaterThan(0);
    expect(polls.every((call) => (call.input as { jobId: string }).jobId === infer.jobId)).toBe(
      true,
    );
    finish(inferJsonStructure([body], { studioProVersion: 10 }));
    expect(await screen.findByRole('treegrid', { name: 'JSON structure' })).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: 'Structure progress' })).toBeNull();
  });

  it('shows no progress bar and polls nothing for a small body', async () => {
    useResponseStore.getState().succeed(sampleSummary({ responseId: 'r-small', preview: body }));
    const fake = createFakeApi({
      'structure.infer': () => inferJsonStructure([body], { studioProVersion: 10 }),
    });
    useUiStore.setState({ responseTab: 'structure' });
    render(
      <ApiProvider client={fake.api}>
        <ResponsePanel />
      </ApiProvider>,
    );
    expect(await screen.findByRole('treegrid', { name: 'JSON structure' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(fake.calls.map((call) => call.name)).not.toContain('structure.progress');
  });
});
