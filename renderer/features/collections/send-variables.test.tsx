// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newCollection } from '../../../shared/domain/collection';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import { ApiProvider } from '../../api/ApiProvider';
import { App } from '../../app/App';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { createRow } from '../../stores/rows';
import { useUiStore } from '../../stores/ui-store';
import { catalogHandlers } from '../../testing/catalog-fixtures';
import { createFakeApi, sampleSummary } from '../../testing/fake-api';
import { useCollectionsStore } from './store';
import { useUnresolvedStore } from '../../stores/unresolved-store';

vi.mock('../../editor/CodeEditor');

function collection() {
  const data = newCollection({ name: 'Orders', service: 'dynamodb', region: 'us-east-1' });
  data.collection.environments.push(
    { name: 'empty', variables: [] },
    {
      name: 'dev',
      variables: [
        { name: 'table', value: 'Orders' },
        { name: 'key', secret: { credentialId: 'static:1', field: 'accessKeyId' } },
      ],
    },
  );
  return data;
}

async function renderWithCollection() {
  const fake = createFakeApi({
    ...catalogHandlers(),
    'collection.open': ({ dir }) => ({ dir, data: collection(), problems: [], reservedSlugs: [] }),
    'request.send': () => sampleSummary(),
  });
  render(
    <ApiProvider client={fake.api}>
      <App />
    </ApiProvider>,
  );
  await act(() => useCollectionsStore.getState().open(fake.api, '/work/orders'));
  return fake.calls;
}

const sends = (calls: { name: string; input: unknown }[]) =>
  calls.filter((call) => call.name === 'request.send' || call.name === 'request.dryRun');

describe('sending with collection variables', () => {
  beforeEach(() => {
    useRequestStore.setState({
      ...initialDraft(),
      service: 'dynamodb',
      method: 'POST',
      path: '/{{table}}',
      query: [createRow('name', '{{table}}')],
      headers: [createRow('x-table', '{{table}}')],
      body: '{"TableName":"{{table}}"}',
    });
    useResponseStore.setState({
      summary: null,
      loading: false,
      requestId: null,
      error: null,
      dryRun: null,
    });
    useUiStore.setState({ requestTab: 'params', responseTab: 'body' });
    useUnresolvedStore.getState().clear();
  });
  afterEach(() => {
    cleanup();
    useCollectionsStore.setState({ dir: undefined, data: undefined, environment: undefined });
  });

  it('blocks the send and names unresolved variables', async () => {
    const calls = await renderWithCollection();
    fireEvent.change(screen.getByRole('combobox', { name: 'Environment' }), {
      target: { value: 'empty' },
    });
    const hints = screen.getByRole('list', { name: 'Path variables' });
    expect(within(hints).getByText('{{table}}').className).toBe('variable-unresolved');

    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview signature' }));
    const alert = screen.getByRole('alert', { name: 'Unresolved variables' });
    expect(alert.textContent).toContain('{{table}}');
    expect(sends(calls)).toEqual([]);
  });

  it('sends the request with the environment values filled in', async () => {
    const calls = await renderWithCollection();
    fireEvent.change(screen.getByRole('combobox', { name: 'Environment' }), {
      target: { value: 'dev' },
    });
    const hint = within(screen.getByRole('list', { name: 'Path variables' })).getByText(
      '{{table}}',
    );
    expect(hint.className).toBe('variable-resolved');
    expect(screen.getByRole('list', { name: 'Path variables' }).textContent).toContain('Orders');

    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(sends(calls)).toHaveLength(1));
    const { spec } = sends(calls)[0]?.input as { spec: RequestSpecInput };
    expect(spec.path).toBe('/Orders');
    expect(spec.query).toEqual([['name', 'Orders']]);
    expect(spec.headers).toEqual([['x-table', 'Orders']]);
    expect(spec.body).toEqual({ kind: 'text', text: '{"TableName":"Orders"}' });
    expect(screen.queryByRole('alert', { name: 'Unresolved variables' })).toBeNull();
    await waitFor(() => expect(useResponseStore.getState().summarySpec?.path).toBe('/Orders'));
  });

  it('masks a secret variable and sends its reference, never a value', async () => {
    const calls = await renderWithCollection();
    fireEvent.change(screen.getByRole('combobox', { name: 'Environment' }), {
      target: { value: 'dev' },
    });
    act(() => useRequestStore.setState({ headers: [createRow('x-key', '{{key}}')] }));
    fireEvent.click(screen.getByRole('tab', { name: /Request headers/ }));
    const mark = screen.getByText('{{key}}', { selector: 'mark' });
    expect(mark.className).toBe('variable-secret');
    expect(mark.getAttribute('title')).toContain('••••');

    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(sends(calls)).toHaveLength(1));
    const { spec } = sends(calls)[0]?.input as { spec: RequestSpecInput };
    expect(spec.headers).toEqual([['x-key', '{{key}}']]);
    expect(spec.secretVariables).toEqual([
      { name: 'key', credentialId: 'static:1', field: 'accessKeyId' },
    ]);
    expect(screen.queryByRole('alert', { name: 'Unresolved variables' })).toBeNull();
  });
});
