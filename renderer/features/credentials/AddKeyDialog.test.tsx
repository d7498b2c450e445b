// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/errors';
import { ApiProvider } from '../../api/ApiProvider';
import { useCatalogStore } from '../../stores/catalog-store';
import { useCredentialsStore } from '../../stores/credentials-store';
import { useRequestStore } from '../../stores/request-store';
import { createFakeApi } from '../../testing/fake-api';
import type { FakeHandlers } from '../../testing/fake-api';
import { CredentialsSelector } from './CredentialsSelector';

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const token = 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN';
const stored = {
  id: 'static-1',
  source: 'static' as const,
  label: 'test key',
  maskedKeyId: 'AKIA…MPLE',
  storage: 'memory' as const,
};

function renderSelector(
  handlers: FakeHandlers,
  beforeSave: () => void = () => undefined,
  collectionDir?: string,
) {
  const fake = createFakeApi(handlers);
  render(
    <ApiProvider client={fake.api}>
      <CredentialsSelector collectionDir={collectionDir} />
    </ApiProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Add static key' }));
  fireEvent.change(screen.getByLabelText('Key label'), { target: { value: 'test key' } });
  fireEvent.change(screen.getByLabelText('Access key ID'), {
    target: { value: 'AKIAIOSFODNN7EXAMPLE' },
  });
  fireEvent.change(screen.getByLabelText('Secret access key'), { target: { value: secret } });
  fireEvent.change(screen.getByLabelText('Session token (optional)'), { target: { value: token } });
  beforeSave();
  fireEvent.click(screen.getByRole('button', { name: 'Save key' }));
  return fake;
}

function storesText(): string {
  return JSON.stringify([
    useCredentialsStore.getState(),
    useRequestStore.getState(),
    useCatalogStore.getState(),
  ]);
}

describe('AddKeyDialog', () => {
  afterEach(cleanup);

  it('stores a key for the open collection only when the user says so', async () => {
    const fake = renderSelector(
      { 'credentials.add': () => stored, 'credentials.list': () => [stored] },
      () =>
        fireEvent.click(
          screen.getByLabelText("Let this collection's secret variables use this key"),
        ),
      '/work/orders',
    );
    await waitFor(() => expect(useRequestStore.getState().credentialId).toBe('static-1'));
    expect(fake.calls.find((call) => call.name === 'credentials.add')?.input).toMatchObject({
      collection: '/work/orders',
    });
  });

  it('hands the key over, selects the new credential, and keeps no secret anywhere', async () => {
    const fake = renderSelector({
      'credentials.add': () => stored,
      'credentials.list': () => [stored],
    });
    await waitFor(() => expect(useRequestStore.getState().credentialId).toBe('static-1'));
    expect(fake.calls.find((call) => call.name === 'credentials.add')?.input).toEqual({
      label: 'test key',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: secret,
      sessionToken: token,
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Credentials' }).textContent).toContain(
      'AKIA…MPLE',
    );
    expect(document.body.innerHTML).not.toContain(secret);
    expect(storesText()).not.toContain(secret);
    expect(storesText()).not.toContain(token);
  });

  it('clears the secret and token after a refused submit', async () => {
    renderSelector({
      'credentials.add': () => Promise.reject(new StudioError('invalid-input', 'Refused.')),
    });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Refused. Enter the secret again.',
    );
    expect(screen.getByLabelText('Secret access key')).toHaveProperty('value', '');
    expect(screen.getByLabelText('Session token (optional)')).toHaveProperty('value', '');
    expect(screen.getByLabelText('Access key ID')).toHaveProperty('value', 'AKIAIOSFODNN7EXAMPLE');
    expect(storesText()).not.toContain(secret);
  });
});
