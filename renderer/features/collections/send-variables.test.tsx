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

async function renderWithCollection(approved = true) {
  const fake = createFakeApi({
    ...catalogHandlers(),
    'collection.open': ({ dir }) => ({
      dir,
      data: collection(),
      problems: [],
      reservedSlugs: [],
      versions: {},
    }),
    'request.send': () => sampleSummary(),
    'request.secretPlan': (spec) =>
      spec.secretVariables?.length
        ? {
            collection: spec.collection ?? '',
            host: 'dynamodb.us-east-1.amazonaws.com',
            uses: [{ variable: 'key', field: 'header "x-key"' }],
            approved,
          }
        : null,
    'request.approveSecretHost': () => ({ approved: true }),
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
    expect(spec.collection).toBe('/work/orders');
    expect(screen.queryByRole('alert', { name: 'Unresolved variables' })).toBeNull();
  });

  async function sendSecretToNewHost() {
    const calls = await renderWithCollection(false);
    fireEvent.change(screen.getByRole('combobox', { name: 'Environment' }), {
      target: { value: 'dev' },
    });
    act(() => useRequestStore.setState({ headers: [createRow('x-key', '{{key}}')] }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Send secret variables?' });
    return { calls, dialog };
  }

  it('shows every secret use and the host before the first send, and sends nothing when declined', async () => {
    const { calls, dialog } = await sendSecretToNewHost();
    expect(dialog.textContent).toContain('dynamodb.us-east-1.amazonaws.com');
    expect(within(dialog).getByRole('list', { name: 'Secret variable uses' }).textContent).toBe(
      '{{key}} in header "x-key"',
    );
    expect(sends(calls)).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: "Don't send" }));
    await waitFor(() => expect(useResponseStore.getState().error?.code).toBe('credentials'));
    expect(sends(calls)).toEqual([]);
    expect(calls.some((call) => call.name === 'request.approveSecretHost')).toBe(false);
  });

  it('stores the approval for the collection and host, then sends', async () => {
    const { calls, dialog } = await sendSecretToNewHost();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Approve and send' }));
    await waitFor(() => expect(sends(calls)).toHaveLength(1));
    expect(calls.find((call) => call.name === 'request.approveSecretHost')?.input).toEqual({
      collection: '/work/orders',
      host: 'dynamodb.us-east-1.amazonaws.com',
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
