// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useCredentialsStore } from '../../stores/credentials-store';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import { draftToRequestFields } from '../collections/draft-bridge';
import { AuthEditor } from './AuthEditor';
import { isSecretReference, switchAuth } from './auth-form';

afterEach(cleanup);
beforeEach(() => {
  useRequestStore.setState({ ...initialDraft(), auth: undefined });
  useCredentialsStore.setState({ credentials: [], loaded: true });
});

const auth = () => useRequestStore.getState().auth;
const pick = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('AuthEditor', () => {
  it('picks bearer auth with a {{variable}} token and saves it with the request', () => {
    render(<AuthEditor />);
    expect(screen.getByLabelText<HTMLSelectElement>('Auth type').value).toBe('sigv4');
    pick('Auth type', 'bearer');
    type(/Token/, '{{apiToken}}');
    expect(auth()).toEqual({ type: 'bearer', token: '{{apiToken}}' });
    expect(draftToRequestFields(useRequestStore.getState()).auth).toEqual({
      type: 'bearer',
      token: '{{apiToken}}',
    });
  });

  it('edits basic and API key fields (header or query)', () => {
    render(<AuthEditor />);
    pick('Auth type', 'basic');
    type('Username', '{{user}}');
    type(/Password/, '{{pass}}');
    expect(auth()).toEqual({ type: 'basic', username: '{{user}}', password: '{{pass}}' });
    pick('Auth type', 'apikey');
    type('Key name', 'x-api-key');
    pick('Send key in', 'query');
    // The reference moves with the switch: the secret was named once, it stays named.
    expect(auth()).toEqual({ type: 'apikey', key: 'x-api-key', in: 'query', value: '{{pass}}' });
    pick('Auth type', 'none');
    expect(auth()).toEqual({ type: 'none' });
  });

  it('never saves a typed literal secret and says why', () => {
    render(<AuthEditor />);
    pick('Auth type', 'bearer');
    type(/Token/, '{{t}}');
    type(/Token/, 'eyJhbGciOiJIUzI1NiJ9.literal');
    expect(screen.getByRole('alert').textContent).toContain('Only a {{variable}} reference');
    expect(JSON.stringify(auth())).not.toContain('literal');
    // What the user typed is still in the field: nothing is lost.
    expect(screen.getByLabelText<HTMLInputElement>(/Token/).value).toContain('literal');
  });

  it('does not show a saved value that is not a reference', () => {
    useRequestStore.setState({ auth: { type: 'bearer', token: 'PlantedLiteralToken123' } });
    render(<AuthEditor />);
    expect(document.body.innerHTML).not.toContain('PlantedLiteralToken123');
    expect(screen.getByText(/is not shown/)).toBeTruthy();
  });

  it('takes the secret from a credential store entry by id', () => {
    useCredentialsStore.setState({
      credentials: [{ id: 'static:1', source: 'static', label: 'ci key', storage: 'memory' }],
    });
    render(<AuthEditor />);
    pick('Auth type', 'bearer');
    pick('Or the secret of a credential store entry', 'static:1');
    expect(auth()).toEqual({ type: 'bearer', credentialId: 'static:1' });
  });
});

describe('auth-form', () => {
  it('tells references from literals', () => {
    expect(isSecretReference('')).toBe(true);
    expect(isSecretReference('{{a}}')).toBe(true);
    expect(isSecretReference(' {{ a }}{{b}} ')).toBe(true);
    expect(isSecretReference('Bearer {{a}}')).toBe(false);
    expect(isSecretReference('abc')).toBe(false);
  });

  it('switching to SigV4 or none drops every secret reference', () => {
    expect(switchAuth({ type: 'bearer', token: '{{t}}', credentialId: 'x' }, 'sigv4')).toEqual({
      type: 'sigv4',
    });
  });
});
