// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { awsCatalog } from '../../../shared/aws/catalog';
import { inferJsonStructure } from '../../../shared/domain/json-structure/infer';
import { applyFix } from '../../../shared/domain/naming/apply-fix';
import { checkConnector } from '../../../shared/domain/naming/check-connector';
import { buildConnector } from '../../../shared/domain/plan/build-connector';
import { pollyDescribeVoices } from '../../../shared/domain/plan/fixtures.test-helper';
import { toSentRequest } from '../../../shared/domain/plan/sent-request';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import { ApiProvider } from '../../api/ApiProvider';
import { useConnectorStore } from '../../stores/connector-store';
import { useDecisionsStore } from '../../stores/decisions-store';
import { useModelStore } from '../../stores/model-store';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { useUiStore } from '../../stores/ui-store';
import { catalogHandlers } from '../../testing/catalog-fixtures';
import { createFakeApi, sampleSummary } from '../../testing/fake-api';
import type { FakeHandlers } from '../../testing/fake-api';
import { App } from '../App';

vi.mock('../../editor/CodeEditor');

const pollyBody = pollyDescribeVoices.samples[0] ?? '';
const pollySpec: RequestSpecInput = {
  region: 'us-east-1',
  service: 'polly',
  operation: 'DescribeVoices',
  method: 'GET',
  path: '/v1/voices',
  query: [],
  headers: [],
};

/** Fakes that plan for real from the kept response bodies, so names come from the input, not from the test. */
function planHandlers(bodies: Record<string, string>): FakeHandlers {
  return {
    ...catalogHandlers(),
    'structure.infer': ({ responseId, options }) =>
      inferJsonStructure([bodies[responseId ?? ''] ?? '{}'], options ?? {}),
    'plan.build': ({ operations }) => {
      const recorded = operations.map((item) => ({
        request: toSentRequest(item.spec),
        samples: [bodies[item.responseId ?? ''] ?? '{}'],
        ...(item.structureDecisions ? { structureDecisions: item.structureDecisions } : {}),
      }));
      const { plan, model } = buildConnector({
        operations: recorded,
        catalog: awsCatalog,
        settings: { toolVersion: '0.1.0' },
      });
      return { plan, model, findings: checkConnector(plan, model) };
    },
    'plan.applyFix': ({ plan, model, fix }) => applyFix(plan, model, fix),
  };
}

function renderApp(handlers: FakeHandlers) {
  const fake = createFakeApi(handlers);
  render(
    <ApiProvider client={fake.api}>
      <App />
    </ApiProvider>,
  );
  return fake;
}

/** A response arrives for a request sent with `spec`, as the app's send does it. */
function receive(spec: RequestSpecInput, responseId: string, body: string) {
  act(() => {
    useResponseStore.getState().start(`sent-${responseId}`, spec);
    useResponseStore
      .getState()
      .succeed(sampleSummary({ responseId, preview: body, contentType: 'application/json' }));
  });
}

describe('Connector workspace', () => {
  beforeEach(() => {
    useRequestStore.setState(initialDraft());
    useResponseStore.setState({
      summary: null,
      loading: false,
      requestId: null,
      error: null,
      dryRun: null,
      pendingSpec: null,
      summarySpec: null,
    });
    useModelStore.setState({ responseId: null, structure: null, loading: false, error: null });
    useUiStore.setState({ view: 'requests', requestTab: 'params', responseTab: 'body' });
    useConnectorStore.setState({
      entries: [],
      fixes: [],
      result: null,
      builtInput: '',
      building: false,
      error: null,
    });
    useDecisionsStore.setState({ byOperation: {} });
  });
  afterEach(cleanup);

  it('adds a response to the connector, plans it and applies a quick fix', async () => {
    const { calls } = renderApp(planHandlers({ 'r-polly': pollyBody }));
    receive(pollySpec, 'r-polly', pollyBody);
    fireEvent.click(screen.getByRole('button', { name: 'Add to connector' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Connector' }));

    expect(
      await screen.findByRole('article', { name: 'Microflow Get_v1_DescribeVoices' }),
    ).toBeTruthy();
    const build = calls.find((call) => call.name === 'plan.build')?.input as {
      operations: Array<{ responseId: string; spec: RequestSpecInput }>;
    };
    expect(build.operations).toMatchObject([
      { responseId: 'r-polly', spec: { service: 'polly', operation: 'DescribeVoices' } },
    ]);
    expect(
      within(screen.getByRole('list', { name: 'Connector operations' })).getByText(
        'polly DescribeVoices',
      ),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Module name'), { target: { value: 'pollyThing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Rename to AmazonPollyConnector' }));
    await waitFor(() =>
      expect(calls.filter((call) => call.name === 'plan.applyFix')).toHaveLength(2),
    );
    fireEvent.change(screen.getByLabelText('Module name'), { target: { value: 'PollyVoices' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Module name')).toHaveProperty('value', 'PollyVoices'),
    );

    // A decision change rebuilds the plan; the applied fixes are replayed on the new plan.
    act(() =>
      useDecisionsStore.getState().setStructure('polly:DescribeVoices', {
        customNames: {},
        excluded: [],
        included: [],
        studioProVersion: 9,
      }),
    );
    await waitFor(() => expect(calls.filter((call) => call.name === 'plan.build')).toHaveLength(2));
    await waitFor(() =>
      expect(calls.filter((call) => call.name === 'plan.applyFix')).toHaveLength(6),
    );
    expect(screen.getByLabelText('Module name')).toHaveProperty('value', 'PollyVoices');

    fireEvent.click(screen.getByRole('button', { name: 'Remove polly DescribeVoices' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Connector plan' })).toBeNull(),
    );
  });

  it('keeps the decisions of an operation for its next response and plans with them', async () => {
    const { calls } = renderApp(planHandlers({ 'r-1': pollyBody, 'r-2': pollyBody }));
    receive(pollySpec, 'r-1', pollyBody);
    fireEvent.click(screen.getByRole('tab', { name: 'Structure' }));
    const version = await screen.findByRole('combobox', { name: 'Studio Pro version' });
    fireEvent.change(version, { target: { value: '9' } });

    receive(pollySpec, 'r-2', pollyBody);
    await waitFor(() =>
      expect(calls.filter((call) => call.name === 'structure.infer')).toHaveLength(2),
    );
    expect(calls.filter((call) => call.name === 'structure.infer').at(-1)?.input).toMatchObject({
      responseId: 'r-2',
      options: { studioProVersion: 9 },
    });
    expect(await screen.findByRole('combobox', { name: 'Studio Pro version' })).toHaveProperty(
      'value',
      '9',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Add to connector' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Connector' }));
    await screen.findByRole('article', { name: 'Microflow Get_v1_DescribeVoices' });
    const build = calls.find((call) => call.name === 'plan.build')?.input as {
      operations: Array<{ responseId: string; structureDecisions: { studioProVersion: number } }>;
    };
    expect(build.operations).toMatchObject([
      { responseId: 'r-2', structureDecisions: { studioProVersion: 9 } },
    ]);
  });

  it('exports the bundle as a zip download in browser mode', async () => {
    const zipBase64 = btoa('PK\u0003\u0004 bundle');
    const { calls } = renderApp({
      ...planHandlers({ 'r-polly': pollyBody }),
      'bundle.export': () => ({
        cancelled: false,
        fileCount: 12,
        bytes: 15,
        download: { fileName: 'AmazonPollyConnector.zip', base64: zipBase64 },
      }),
    });
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:bundle';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    receive(pollySpec, 'r-polly', pollyBody);
    fireEvent.click(screen.getByRole('button', { name: 'Add to connector' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Connector' }));
    await screen.findByRole('article', { name: 'Microflow Get_v1_DescribeVoices' });

    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Export bundle as zip' })),
    );
    expect(calls.find((call) => call.name === 'bundle.export')?.input).toMatchObject({
      format: 'zip',
    });
    await waitFor(() =>
      expect(clicked.map((anchor) => anchor.download)).toEqual(['AmazonPollyConnector.zip']),
    );
    expect(new Uint8Array(await created[0]!.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
    expect(screen.getByRole('status', { name: 'Export result' }).textContent).toContain(
      'AmazonPollyConnector.zip',
    );
    click.mockRestore();
  });

  it('shows where the desktop host saved a folder bundle', async () => {
    const { calls } = renderApp({
      ...planHandlers({ 'r-polly': pollyBody }),
      'bundle.export': ({ format }) => ({
        cancelled: false,
        savedTo: `/home/me/AmazonPollyConnector-${format}`,
        fileCount: 12,
        bytes: 900,
      }),
    });
    receive(pollySpec, 'r-polly', pollyBody);
    fireEvent.click(screen.getByRole('button', { name: 'Add to connector' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Connector' }));
    await screen.findByRole('article', { name: 'Microflow Get_v1_DescribeVoices' });
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Export bundle as folder' })),
    );
    expect(calls.find((call) => call.name === 'bundle.export')?.input).toMatchObject({
      format: 'folder',
    });
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Export result' }).textContent).toContain(
        'Saved to /home/me/AmazonPollyConnector-folder',
      ),
    );
  });

  it('shows the Model SDK script and applies it with a token the page does not keep', async () => {
    const token = 'MENDIX-PAT-planted-renderer-9d2e';
    let hasToken = false;
    const { calls } = renderApp({
      ...planHandlers({ 'r-polly': pollyBody }),
      'mendix.token.status': () => ({ hasToken, storage: 'memory' as const }),
      'mendix.token.set': () => {
        hasToken = true;
        return { hasToken, storage: 'memory' as const };
      },
      'mendix.apply': () => ({ exitCode: 0, output: 'created module AmazonPollyConnector\n' }),
    });
    receive(pollySpec, 'r-polly', pollyBody);
    fireEvent.click(screen.getByRole('button', { name: 'Add to connector' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Connector' }));
    const script = await screen.findByLabelText('Model SDK script');
    expect(script.textContent).toContain('export async function applyConnector(');
    expect(script.textContent).toContain('"Get_v1_DescribeVoices"');
    const applyButton = screen.getByRole('button', { name: 'Apply to Mendix app' });
    expect(applyButton).toHaveProperty('disabled', true);

    fireEvent.change(screen.getByLabelText('Mendix personal access token'), {
      target: { value: token },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Store token' }));
    await screen.findByRole('button', { name: 'Forget Mendix token (memory)' });
    fireEvent.change(screen.getByLabelText('Mendix App ID'), { target: { value: 'app-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply to Mendix app' }));
    expect((await screen.findByRole('log', { name: 'Apply output' })).textContent).toContain(
      'created module AmazonPollyConnector',
    );
    const applyCall = calls.find((call) => call.name === 'mendix.apply');
    expect(applyCall?.input).toMatchObject({ appId: 'app-1', branch: 'main' });
    expect(JSON.stringify(applyCall?.input)).not.toContain(token);
    expect(document.body.innerHTML).not.toContain(token);
    expect(JSON.stringify(useConnectorStore.getState())).not.toContain(token);
  });
});
