import { afterEach, describe, expect, it } from 'vitest';
import { requestFileSchema } from '../../../shared/domain/collection';
import type { CollectionRequest } from '../../../shared/domain/collection';
import { defaultModelDecisions } from '../../../shared/domain/entity-model/decisions';
import {
  getAllOperationDecisions,
  getOperationDecisions,
  setOperationDecisions,
  useDecisionsStore,
} from '../../stores/decisions-store';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import type { RequestDraft } from '../../stores/request-store';
import { createRow } from '../../stores/rows';
import {
  draftToRequestFields,
  openRequestInDraft,
  reopenSpecInDraft,
  sourceToDraft,
} from './draft-bridge';

function draft(patch: Partial<RequestDraft>): RequestDraft {
  return { ...initialDraft(), ...patch };
}

const structure = {
  customNames: { '/Voices': 'VoiceList' },
  excluded: ['/NextToken'],
  included: [],
  studioProVersion: 9 as const,
};

describe('draft bridge', () => {
  afterEach(() => {
    useRequestStore.setState(initialDraft());
    useDecisionsStore.setState({ byOperation: {} });
  });

  it('turns a draft into request fields: labels filled, disabled and empty rows left out, bare query kept', () => {
    const disabled = { ...createRow('X-Off', '1'), enabled: false };
    const fields = draftToRequestFields(
      draft({
        service: 'lambda',
        operation: 'GetFunction',
        path: '/2015-03-31/functions/{FunctionName}/{Qualifier}',
        labels: { FunctionName: 'my-fn', Qualifier: '' },
        labelNames: ['FunctionName', 'Qualifier'],
        query: [createRow('uploads', '', true), createRow('', 'ignored')],
        headers: [createRow('Accept', 'application/json'), disabled],
        body: '{"ignored":true}',
        endpoint: ' http://127.0.0.1:5000 ',
      }),
    );
    expect(fields).toEqual({
      method: 'GET',
      region: 'us-east-1',
      service: 'lambda',
      operation: 'GetFunction',
      path: '/2015-03-31/functions/my-fn/{Qualifier}',
      query: [['uploads', null]],
      headers: [['Accept', 'application/json']],
      endpoint: 'http://127.0.0.1:5000',
    });
  });

  it('round-trips a request with its decisions through a request file and back into the stores', () => {
    const source = draft({
      service: 'polly',
      operation: 'DescribeVoices',
      method: 'POST',
      path: '/v1/voices',
      query: [createRow('Engine', 'neural')],
      headers: [createRow('Content-Type', 'application/json')],
      body: '{"a":1}',
    });
    setOperationDecisions('polly:DescribeVoices', { structure, model: defaultModelDecisions });
    const file = requestFileSchema.parse({
      ...draftToRequestFields(source),
      formatVersion: 1,
      name: 'Voices',
    });
    expect(file.structureDecisions).toEqual(structure);

    useDecisionsStore.setState({ byOperation: {} });
    const entry: CollectionRequest = { slug: 'voices', request: file };
    openRequestInDraft(entry, { region: 'eu-west-1', service: 'polly' });
    const state = useRequestStore.getState();
    expect(draftToRequestFields(state)).toEqual(draftToRequestFields(source));
    expect(state.query[0]).toMatchObject({ name: 'Engine', value: 'neural', enabled: true });
    expect(getOperationDecisions('polly:DescribeVoices').structure).toEqual(structure);
  });

  it('leaves decisions out of the file when the user made none, and the store untouched on load', () => {
    const fields = draftToRequestFields(draft({ service: 'sqs', operation: 'ListQueues' }));
    expect(fields).not.toHaveProperty('structureDecisions');
    openRequestInDraft({
      slug: 'q',
      request: requestFileSchema.parse({ ...fields, formatVersion: 1, name: 'Q' }),
    });
    expect(getAllOperationDecisions()).toEqual({});
  });

  it('takes region, service and credential from the collection when the request leaves them unset', () => {
    const loaded = sourceToDraft(
      {
        method: 'GET',
        path: '/{Bucket}/{{prefix}}',
        query: [],
        headers: [],
        body: { kind: 'base64', data: 'aMOpbGxv' },
      },
      { region: 'eu-central-1', service: 's3', credentialId: 'profile:dev' },
    );
    expect(loaded).toMatchObject({
      region: 'eu-central-1',
      service: 's3',
      credentialId: 'profile:dev',
      operation: '',
      labelNames: ['Bucket'],
      labels: { Bucket: '' },
      body: 'héllo',
      endpoint: '',
    });
  });

  it('keeps the chosen credential when neither request nor collection names one', () => {
    useRequestStore.setState({ credentialId: 'static:abc' });
    reopenSpecInDraft({
      region: 'us-west-2',
      service: 'sts',
      method: 'POST',
      path: '/',
      query: [],
      headers: [],
    });
    expect(useRequestStore.getState()).toMatchObject({
      region: 'us-west-2',
      service: 'sts',
      credentialId: 'static:abc',
    });
  });
});
