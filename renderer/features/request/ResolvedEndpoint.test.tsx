// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newCollection } from '../../../shared/domain/collection';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import { useCollectionsStore } from '../collections/store';
import { ResolvedEndpoint } from './ResolvedEndpoint';

afterEach(cleanup);

describe('ResolvedEndpoint', () => {
  it('shows the host a base-URL template resolves to and that a bearer request is not signed', () => {
    const data = newCollection({ name: 'c', service: 'sts', region: 'us-east-1' });
    data.collection.environments = [
      {
        name: 'dev',
        variables: [
          { name: 'baseUrl', value: 'https://abc.execute-api.eu-west-1.amazonaws.com/prod' },
        ],
      },
    ];
    useCollectionsStore.setState({ dir: '/tmp/c', data, environment: 'dev' });
    useRequestStore.setState({
      ...initialDraft(),
      endpoint: '{{baseUrl}}',
      auth: { type: 'bearer', token: '{{t}}' },
    });
    render(<ResolvedEndpoint />);
    const text = screen.getByTestId('resolved-endpoint').textContent ?? '';
    expect(text).toContain('https://abc.execute-api.eu-west-1.amazonaws.com/prod');
    expect(text).toContain('execute-api in eu-west-1');
    expect(text).toContain('bearer token (not signed)');
  });
});
