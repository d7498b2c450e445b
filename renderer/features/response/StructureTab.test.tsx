// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inferJsonStructure } from '../../../shared/domain/json-structure/infer';
import type { JsonStructure } from '../../../shared/domain/json-structure/types';
import { ApiProvider } from '../../api/ApiProvider';
import { useCatalogStore } from '../../stores/catalog-store';
import { useDecisionsStore } from '../../stores/decisions-store';
import { emptyModelState, useModelStore } from '../../stores/model-store';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { useUiStore } from '../../stores/ui-store';
import { createFakeApi, sampleSummary } from '../../testing/fake-api';
import { ResponsePanel } from './ResponsePanel';

vi.mock('../../editor/CodeEditor');

const body = '{"TableNames":["Music","Books"]}';

/** The structure of `body` as a model-complete inference gives it: `LastEvaluatedTableName` from the model only. */
function modelCompleteStructure(): JsonStructure {
  const structure = inferJsonStructure(
    ['{"TableNames":["Music","Books"],"LastEvaluatedTableName":"Books"}'],
    { studioProVersion: 10 },
  );
  for (const element of structure.elements)
    element.origin = element.key === 'LastEvaluatedTableName' ? 'model' : 'both';
  structure.model = { service: 'dynamodb', operation: 'ListTables' };
  return structure;
}

describe('Structure tab', () => {
  beforeEach(() => {
    useUiStore.setState({ responseTab: 'body' });
    useRequestStore.setState({ ...initialDraft(), service: 'dynamodb', operation: 'ListTables' });
    useDecisionsStore.setState({ byOperation: {} });
    useCatalogStore.setState({ services: [] });
    useModelStore.setState(emptyModelState);
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
        input: {
          responseId: 'r-9',
          operation: { service: 'dynamodb', name: 'ListTables' },
          options: { studioProVersion: 10, protocol: 'json', modelComplete: true },
        },
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

  it('switches model-complete off and on: infers again each time and saves the choice in the decisions', async () => {
    useResponseStore.getState().succeed(sampleSummary({ responseId: 'r-mc', preview: body }));
    const fake = createFakeApi({
      'structure.infer': (input) =>
        input.options.modelComplete === false
          ? inferJsonStructure([body], { studioProVersion: 10 })
          : modelCompleteStructure(),
    });
    useUiStore.setState({ responseTab: 'structure' });
    render(
      <ApiProvider client={fake.api}>
        <ResponsePanel />
      </ApiProvider>,
    );
    const modelSwitch = await screen.findByRole('switch', {
      name: 'Model-complete (AWS model, 2024)',
    });
    expect((modelSwitch as HTMLInputElement).checked).toBe(true);
    expect((modelSwitch as HTMLInputElement).disabled).toBe(false);
    expect(modelSwitch.closest('label')?.title).toContain('dynamodb ListTables');

    fireEvent.click(modelSwitch);
    expect(useDecisionsStore.getState().byOperation['dynamodb:ListTables']?.structure).toEqual({
      customNames: {},
      excluded: [],
      included: [],
      studioProVersion: 10,
      sampleOnly: true,
    });
    await waitFor(() =>
      expect(fake.calls.filter((call) => call.name === 'structure.infer')).toHaveLength(2),
    );
    const second = fake.calls.filter((call) => call.name === 'structure.infer')[1];
    expect(second?.input).toEqual({
      responseId: 'r-mc',
      operation: { service: 'dynamodb', name: 'ListTables' },
      options: { studioProVersion: 10, modelComplete: false },
    });
    await waitFor(() => expect(useModelStore.getState().loading).toBe(false));
    expect(
      (screen.getByRole('switch', { name: 'Model-complete (AWS model, 2024)' }) as HTMLInputElement)
        .checked,
    ).toBe(false);

    fireEvent.click(screen.getByRole('switch', { name: 'Model-complete (AWS model, 2024)' }));
    expect(
      useDecisionsStore.getState().byOperation['dynamodb:ListTables']?.structure,
    ).not.toHaveProperty('sampleOnly');
    await waitFor(() =>
      expect(fake.calls.filter((call) => call.name === 'structure.infer')).toHaveLength(3),
    );
    expect(fake.calls.at(-1)?.input).toMatchObject({ options: { modelComplete: true } });
  });

  it('keeps the switch at hand when the inference fails', async () => {
    useResponseStore.getState().succeed(sampleSummary({ responseId: 'r-fail' }));
    const fake = createFakeApi({});
    useUiStore.setState({ responseTab: 'structure' });
    render(
      <ApiProvider client={fake.api}>
        <ResponsePanel />
      </ApiProvider>,
    );
    await screen.findByRole('alert', { name: 'Structure error' });
    fireEvent.click(screen.getByRole('switch', { name: 'Model-complete (AWS model, 2024)' }));
    await waitFor(() =>
      expect(fake.calls.filter((call) => call.name === 'structure.infer')).toHaveLength(2),
    );
    expect(fake.calls.at(-1)?.input).toMatchObject({ options: { modelComplete: false } });
  });

  it('disables the switch and says why when no AWS model is known', async () => {
    useRequestStore.setState({ ...initialDraft(), service: 'dynamodb', operation: '' });
    useResponseStore.getState().succeed(sampleSummary({ responseId: 'r-path', preview: body }));
    const reason =
      'Sample-only: the request was made by method and path, not picked from the AWS catalog, so no AWS model is known; the structure shows only what the samples hold.';
    const fake = createFakeApi({
      'structure.infer': () => {
        const structure = inferJsonStructure([body], { studioProVersion: 10 });
        structure.findings.unshift({
          kind: 'model-unavailable',
          severity: 'info',
          path: '(Object)',
          message: reason,
        });
        return structure;
      },
    });
    useUiStore.setState({ responseTab: 'structure' });
    render(
      <ApiProvider client={fake.api}>
        <ResponsePanel />
      </ApiProvider>,
    );
    const modelSwitch = (await screen.findByRole('switch', {
      name: 'Model-complete (AWS model, 2024)',
    })) as HTMLInputElement;
    expect(modelSwitch.disabled).toBe(true);
    expect(modelSwitch.checked).toBe(false);
    expect(modelSwitch.closest('label')?.title).toBe(reason);
    const described = document.getElementById(modelSwitch.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe(reason);
    expect(
      within(screen.getByRole('toolbar', { name: 'Structure tools' })).getByText(reason),
    ).toBeTruthy();
    expect(fake.calls.find((call) => call.name === 'structure.infer')?.input).toEqual({
      responseId: 'r-path',
      options: { studioProVersion: 10, modelComplete: true },
    });
  });
});
