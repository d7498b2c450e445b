import { describe, expect, it } from 'vitest';
import { applyVariables } from './apply-variables';
import { draftToRequestFields, sourceToDraft } from './draft-bridge';
import { initialDraft } from '../../stores/request-store';

describe('auth and base-URL templates in the draft', () => {
  it('keeps a saved request auth through open and save, and never lets it linger', () => {
    const bearer = sourceToDraft({
      method: 'GET',
      path: '/items',
      query: [],
      headers: [],
      endpoint: '{{baseUrl}}',
      auth: { type: 'bearer', token: '{{token}}' },
    });
    const fields = draftToRequestFields({ ...initialDraft(), ...bearer });
    expect(fields.auth).toEqual({ type: 'bearer', token: '{{token}}' });
    const signed = sourceToDraft({ method: 'GET', path: '/', query: [], headers: [] });
    expect({ ...initialDraft(), ...bearer, ...signed }.auth).toBeUndefined();
  });

  it('fills the base URL into endpoint and path, and the auth secret variable as a reference', () => {
    const applied = applyVariables(
      {
        region: 'us-east-1',
        service: 'execute-api',
        method: 'GET',
        path: '/items',
        endpoint: '{{baseUrl}}',
        auth: { type: 'bearer', token: '{{token}}' },
      },
      {
        name: 'e',
        variables: [
          { name: 'baseUrl', value: 'https://abc.execute-api.eu-west-1.amazonaws.com/prod' },
          { name: 'token', secret: { credentialId: 'static:1', field: 'secretAccessKey' } },
        ],
      },
    );
    expect(applied).toMatchObject({
      ok: true,
      spec: {
        endpoint: 'https://abc.execute-api.eu-west-1.amazonaws.com',
        path: '/prod/items',
        auth: { type: 'bearer', token: '{{token}}' },
        secretVariables: [{ name: 'token', credentialId: 'static:1', field: 'secretAccessKey' }],
      },
    });
  });
});
