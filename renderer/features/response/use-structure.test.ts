// @vitest-environment happy-dom
import { defaultStructureDecisions } from '../../../shared/domain/json-structure/types';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inferJsonStructure } from '../../../shared/domain/json-structure/infer';
import type { JsonStructure } from '../../../shared/domain/json-structure/types';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import { ApiProvider } from '../../api/ApiProvider';
import { useCatalogStore } from '../../stores/catalog-store';
import { useDecisionsStore } from '../../stores/decisions-store';
import { emptyModelState, useModelStore } from '../../stores/model-store';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { createFakeApi, sampleSummary } from '../../testing/fake-api';
import type { RecordedCall } from '../../testing/fake-api';
import { canModel, useModelBlocker, useStructureOfResponse } from './use-structure';

describe('canModel', () => {
  // The engine classifies JSON sent under a text type (moto's text/html) as json; see decode.test.ts.
  it('models JSON and XML, but not text or binaries', () => {
    expect(canModel({ bodyKind: 'json' })).toBe(true);
    expect(canModel({ bodyKind: 'xml' })).toBe(true);
    expect(canModel({ bodyKind: 'text' })).toBe(false);
    expect(canModel({ bodyKind: 'binary' })).toBe(false);
    expect(canModel(null)).toBe(false);
  });
});

const body = '{"Voices":[{"Id":"Emma"}]}';
const pollySpec: RequestSpecInput = {
  region: 'us-east-1',
  service: 'polly',
  operation: 'DescribeVoices',
  method: 'GET',
  path: '/v1/voices',
};

/** Shows a response as sent with `spec` (null: no spec known, the draft stands in). */
function showResponse(responseId: string, spec: RequestSpecInput | null): void {
  useResponseStore.getState().start(`q-${responseId}`, spec);
  useResponseStore.getState().succeed(sampleSummary({ responseId, preview: body }));
}

function renderStructureHook(handler: () => JsonStructure | Promise<JsonStructure>) {
  const fake = createFakeApi({ 'structure.infer': handler });
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(ApiProvider, { client: fake.api, children });
  const hook = renderHook(
    () => {
      useStructureOfResponse(true);
      return useModelBlocker();
    },
    { wrapper },
  );
  return { ...hook, calls: fake.calls };
}

const inferInputs = (calls: RecordedCall[]) =>
  calls.filter((call) => call.name === 'structure.infer').map((call) => call.input);

describe('useStructureOfResponse', () => {
  beforeEach(() => {
    useRequestStore.setState({ ...initialDraft(), service: 'polly', operation: 'DescribeVoices' });
    useCatalogStore.setState({ services: [] });
    useDecisionsStore.setState({ byOperation: {} });
    useModelStore.setState(emptyModelState);
  });
  afterEach(cleanup);

  it("asks for a model-complete structure of the sent spec's catalog operation", async () => {
    // The draft has moved on to another operation: the spec the response answers counts.
    useRequestStore.setState({ service: 'dynamodb', operation: 'ListTables' });
    showResponse('r-1', pollySpec);
    const { calls } = renderStructureHook(() =>
      inferJsonStructure([body], { studioProVersion: 10 }),
    );
    await waitFor(() => expect(useModelStore.getState().structure).not.toBeNull());
    expect(inferInputs(calls)).toEqual([
      {
        responseId: 'r-1',
        operation: { service: 'polly', name: 'DescribeVoices' },
        options: { studioProVersion: 10, modelComplete: true },
      },
    ]);
  });

  it('sends no operation for a request made by method and path, and modelComplete false once switched off', async () => {
    const { operation: _operation, ...byPath } = pollySpec;
    showResponse('r-2', byPath);
    useDecisionsStore.getState().setStructure('polly:GET /v1/voices', {
      customNames: {},
      excluded: [],
      included: [],
      studioProVersion: 9,
      sampleOnly: true,
    });
    const { calls } = renderStructureHook(() =>
      inferJsonStructure([body], { studioProVersion: 9 }),
    );
    await waitFor(() => expect(useModelStore.getState().structure).not.toBeNull());
    expect(inferInputs(calls)).toEqual([
      { responseId: 'r-2', options: { studioProVersion: 9, modelComplete: false } },
    ]);
  });

  it('infers the same response again when model-complete is switched, keeping the shown structure meanwhile', async () => {
    showResponse('r-3', pollySpec);
    const pending: ((structure: JsonStructure) => void)[] = [];
    const { result, calls } = renderStructureHook(
      () => new Promise<JsonStructure>((resolve) => pending.push(resolve)),
    );
    await waitFor(() => expect(pending).toHaveLength(1));
    const modelComplete = inferJsonStructure([body], { studioProVersion: 10 });
    modelComplete.model = { service: 'polly', operation: 'DescribeVoices' };
    await act(async () => pending[0]?.(modelComplete));
    expect(result.current).toBeNull();

    act(() =>
      useDecisionsStore.getState().setStructure('polly:DescribeVoices', {
        ...defaultStructureDecisions,
        sampleOnly: true,
      }),
    );
    await waitFor(() => expect(pending).toHaveLength(2));
    expect(inferInputs(calls)[1]).toEqual({
      responseId: 'r-3',
      operation: { service: 'polly', name: 'DescribeVoices' },
      options: { studioProVersion: 10, modelComplete: false },
    });
    // Still shown (no blocker) while the sample-only structure is inferred.
    expect(result.current).toBeNull();
    expect(useModelStore.getState()).toMatchObject({ loading: true, structure: modelComplete });

    // Switched back on before the sample-only answer: that answer is stale and ignored.
    act(() =>
      useDecisionsStore.getState().setStructure('polly:DescribeVoices', defaultStructureDecisions),
    );
    await waitFor(() => expect(pending).toHaveLength(3));
    expect(inferInputs(calls)[2]).toMatchObject({ options: { modelComplete: true } });
    const sampleOnly = inferJsonStructure([body], { studioProVersion: 10 });
    await act(async () => pending[1]?.(sampleOnly));
    expect(useModelStore.getState().structure).toEqual(modelComplete);
    const again = inferJsonStructure([body], { studioProVersion: 10 });
    again.model = { service: 'polly', operation: 'DescribeVoices' };
    again.findings.push({
      kind: 'model-complete',
      severity: 'info',
      path: '(Object)',
      message: 'm',
    });
    await act(async () => pending[2]?.(again));
    expect(useModelStore.getState()).toMatchObject({ loading: false, structure: again });
    expect(inferInputs(calls)).toHaveLength(3);
  });
});
