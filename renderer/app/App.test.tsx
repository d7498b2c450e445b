// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../api/ApiProvider';
import { initialDraft, useRequestStore } from '../stores/request-store';
import { useResponseStore } from '../stores/response-store';
import { useUiStore } from '../stores/ui-store';
import { catalogHandlers } from '../testing/catalog-fixtures';
import { createFakeApi } from '../testing/fake-api';
import type { FakeHandlers } from '../testing/fake-api';
import { App } from './App';

vi.mock('../editor/CodeEditor');

function renderApp(overrides: FakeHandlers = {}) {
  const fake = createFakeApi({ ...catalogHandlers(), ...overrides });
  render(
    <ApiProvider client={fake.api}>
      <App />
    </ApiProvider>,
  );
  return fake;
}

async function pick(comboboxName: string, search: string, optionName: RegExp) {
  const input = screen.getByRole('combobox', { name: comboboxName });
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: search } });
  const option = await screen.findByRole('option', { name: optionName });
  fireEvent.mouseDown(option);
}

describe('App', () => {
  beforeEach(() => {
    useRequestStore.setState(initialDraft());
    useResponseStore.setState({
      summary: null,
      loading: false,
      requestId: null,
      error: null,
      dryRun: null,
    });
    useUiStore.setState({ requestTab: 'params', responseTab: 'body' });
  });
  afterEach(cleanup);

  it('searches services by signing name and fills the form from the picked operation', async () => {
    const { calls } = renderApp();
    await pick('Service', 'dynamo', /Amazon DynamoDB/);
    await waitFor(() =>
      expect(calls.some((call) => call.name === 'catalog.operations')).toBe(true),
    );
    await pick('Operation', 'listt', /^ListTables/);

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Path' })).toHaveProperty('value', '/'),
    );
    expect(screen.getByRole('combobox', { name: 'Method' })).toHaveProperty('value', 'POST');
    expect(calls).toContainEqual({
      name: 'catalog.template',
      input: { service: 'dynamodb', operation: 'ListTables' },
    });

    fireEvent.click(screen.getByRole('tab', { name: /Request headers/ }));
    expect(screen.getByRole('textbox', { name: 'Header 2 value' })).toHaveProperty(
      'value',
      'DynamoDB_20120810.ListTables',
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Request body' }));
    const body = screen.getByRole('textbox', { name: 'Request body' });
    expect(body).toHaveProperty('value', '{}');
    expect(body.getAttribute('data-language')).toBe('json');
  });

  it('sends the draft, shows the status and the signed headers', async () => {
    const { calls } = renderApp();
    await pick('Service', 'dynamodb', /Amazon DynamoDB/);
    await pick('Operation', 'ListTables', /^ListTables/);
    await waitFor(() => expect(useRequestStore.getState().operation).toBe('ListTables'));

    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('status', { name: 'Response status' })).toHaveProperty(
      'textContent',
      '200 OK',
    );
    const sent = calls.find((call) => call.name === 'request.send')?.input as {
      spec: { headers: unknown };
    };
    expect(sent.spec.headers).toContainEqual(['x-amz-target', 'DynamoDB_20120810.ListTables']);

    fireEvent.click(screen.getByRole('tab', { name: 'Signature' }));
    const signed = screen.getByRole('list', { name: 'Signed headers' });
    expect(within(signed).getByText('x-amz-target')).toBeTruthy();
  });

  it('sends with Ctrl+Enter and cancels a request in flight', async () => {
    let finish: (() => void) | undefined;
    const { calls } = renderApp({
      'request.send': () =>
        new Promise((_resolve, reject) => {
          finish = () => reject(new Error('aborted'));
        }),
      'request.cancel': () => ({ cancelled: true }),
    });
    await pick('Service', 'polly', /Amazon Polly/);
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(calls.map((call) => call.name)).toContain('request.cancel'));
    expect(screen.getByRole('alert', { name: 'Request error' }).textContent).toContain('cancelled');
    await act(async () => finish?.());
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
  });

  it('shows the frozen catalog note and says browser-mode keys live in memory', async () => {
    renderApp();
    expect(await screen.findByText('Catalog frozen at aws-sdk 2.1693.0.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add static key' }));
    const dialog = screen.getByRole('dialog', { name: 'Add static key' });
    expect(dialog.textContent).toContain('in memory for this run');
  });
});
