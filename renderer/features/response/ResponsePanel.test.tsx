// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/ApiProvider';
import { displayStepChars, useResponseStore } from '../../stores/response-store';
import { useUiStore } from '../../stores/ui-store';
import { createFakeApi, sampleSummary } from '../../testing/fake-api';
import type { FakeHandlers } from '../../testing/fake-api';
import { ResponsePanel } from './ResponsePanel';
import { maxHeldBytes } from './use-load-more';

vi.mock('../../editor/CodeEditor');

function renderPanel(handlers: FakeHandlers = {}) {
  const fake = createFakeApi(handlers);
  render(
    <ApiProvider client={fake.api}>
      <ResponsePanel />
    </ApiProvider>,
  );
  return fake;
}

const bodyEditor = () => screen.getByRole('textbox', { name: 'Response body editor' });

describe('ResponsePanel', () => {
  beforeEach(() => useUiStore.setState({ responseTab: 'body', xmlAsJson: false }));
  afterEach(cleanup);

  it('shows an AWS signature error with both canonical requests side by side', () => {
    const awsError = {
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match.',
      requestId: 'REQ123',
      expectedCanonicalRequest: 'POST\n/\n\nserver-side',
    };
    useResponseStore
      .getState()
      .succeed(sampleSummary({ status: 403, statusText: 'Forbidden', awsError }));
    renderPanel();
    const card = screen.getByRole('alert', { name: 'AWS error' });
    expect(card.textContent).toContain('SignatureDoesNotMatch');
    expect(card.textContent).toContain('REQ123');
    expect(screen.getByLabelText('Our canonical request').textContent).toContain(
      'content-type:application/x-amz-json-1.0',
    );
    expect(screen.getByLabelText('Expected canonical request').textContent).toContain(
      'server-side',
    );
    expect(screen.getByRole('status', { name: 'Response status' }).textContent).toBe(
      '403 Forbidden',
    );
  });

  it("shows the engine's clock skew sentence, and none when the clocks agree", () => {
    const clockSkewMessage =
      "The signing time is 20 min behind the server's clock (server Date: x). Correct this computer's clock.";
    useResponseStore
      .getState()
      .succeed(sampleSummary({ status: 403, clockSkewMs: 20 * 60 * 1000, clockSkewMessage }));
    renderPanel();
    expect(screen.getByRole('note', { name: 'Clock skew' }).textContent).toBe(clockSkewMessage);
    cleanup();
    useResponseStore.getState().succeed(sampleSummary());
    renderPanel();
    expect(screen.queryByRole('note', { name: 'Clock skew' })).toBeNull();
  });

  it('pages through a truncated body with response.readRange', async () => {
    useResponseStore
      .getState()
      .succeed(sampleSummary({ bodyKind: 'text', preview: 'abc', truncated: true, size: 6 }));
    const fake = renderPanel({
      'response.readRange': ({ offset }) => ({
        data: 'def',
        encoding: 'utf8',
        offset,
        length: 3,
        total: 6,
      }),
    });
    expect(bodyEditor()).toHaveProperty('value', 'abc');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(bodyEditor()).toHaveProperty('value', 'abcdef'));
    expect(fake.calls.find((call) => call.name === 'response.readRange')?.input).toEqual({
      responseId: 'r-1',
      offset: 3,
      length: 1024 * 1024,
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('toggles an XML body to its JSON form', () => {
    useResponseStore
      .getState()
      .succeed(sampleSummary({ bodyKind: 'xml', preview: '<a>1</a>', xmlAsJson: '{"a":1}' }));
    renderPanel();
    expect(bodyEditor()).toHaveProperty('value', '<a>1</a>');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show XML as JSON' }));
    expect(bodyEditor()).toHaveProperty('value', '{\n  "a": 1\n}');
  });

  it('copies a curl command without secrets and saves the body through the host', async () => {
    useResponseStore.getState().succeed(sampleSummary());
    const fake = renderPanel({
      'response.saveToFile': () => ({ savedTo: '/tmp/dynamodb-ListTables.json', cancelled: false }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy as curl' }));
    expect(screen.getByLabelText('curl command').textContent).toContain(
      '--aws-sigv4 "aws:amz:us-east-1:dynamodb"',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save body' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Action result' }).textContent).toContain(
        '/tmp/dynamodb-ListTables.json',
      ),
    );
    expect(fake.calls.find((call) => call.name === 'response.saveToFile')?.input).toMatchObject({
      responseId: 'r-1',
    });
  });

  it('shows the signature preview from a dry run', () => {
    useResponseStore.setState({ summary: null, dryRun: sampleSummary().signed });
    useUiStore.setState({ responseTab: 'signature' });
    renderPanel();
    expect(screen.getByText(/Preview \(not sent\)/)).toBeTruthy();
    expect(screen.getByLabelText('String to sign').textContent).toContain('AWS4-HMAC-SHA256');
  });
});

describe('ResponsePanel with a large preview', () => {
  beforeEach(() => useUiStore.setState({ responseTab: 'body', xmlAsJson: false }));
  afterEach(cleanup);

  it('reveals a large preview a step at a time before asking the host for more', async () => {
    const preview = 'x'.repeat(displayStepChars + 10);
    useResponseStore
      .getState()
      .succeed(
        sampleSummary({ bodyKind: 'text', preview, truncated: true, size: preview.length + 5 }),
      );
    const fake = renderPanel({
      'response.readRange': ({ offset }) => ({
        data: 'yyyyy',
        encoding: 'utf8',
        offset,
        length: 5,
        total: preview.length + 5,
      }),
    });
    expect((bodyEditor() as HTMLTextAreaElement).value).toHaveLength(displayStepChars);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect((bodyEditor() as HTMLTextAreaElement).value).toHaveLength(preview.length);
    expect(fake.calls.map((call) => call.name)).not.toContain('response.readRange');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() =>
      expect((bodyEditor() as HTMLTextAreaElement).value.endsWith('yyyyy')).toBe(true),
    );
  });

  it('stops fetching ranges once the editor holds its cap and points to Save body', () => {
    useResponseStore.getState().succeed(
      sampleSummary({
        bodyKind: 'text',
        preview: 'abc',
        truncated: true,
        size: 2 * maxHeldBytes,
      }),
    );
    useResponseStore.setState({ loadedBytes: maxHeldBytes });
    const fake = renderPanel({
      'response.readRange': ({ offset }) => ({
        data: 'def',
        encoding: 'utf8',
        offset,
        length: 3,
        total: 2 * maxHeldBytes,
      }),
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByText(/Save body gives the whole response/)).toBeTruthy();
    expect(fake.calls.map((call) => call.name)).not.toContain('response.readRange');
  });
});
