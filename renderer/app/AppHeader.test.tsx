// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/ipc/operations/app';
import { useCatalogStore } from '../stores/catalog-store';
import { AppHeader } from './AppHeader';

const info: AppInfo = {
  mode: 'desktop',
  version: '1.2.3',
  keyStorage: 'keychain',
  catalog: { sdkVersion: '2.1693.0', frozenNote: 'frozen' },
};

describe('AppHeader', () => {
  afterEach(cleanup);

  it('shows the host’s key storage notice when there is one', () => {
    const notice =
      'The OS keychain is not available: static keys are kept in memory for this session only.';
    useCatalogStore
      .getState()
      .setAppInfo({ ...info, keyStorage: 'memory', keyStorageNotice: notice });
    render(<AppHeader />);
    expect(screen.getByRole('note', { name: 'Key storage' }).textContent).toBe(notice);
  });

  it('shows no notice when keys are in the keychain', () => {
    useCatalogStore.getState().setAppInfo(info);
    render(<AppHeader />);
    expect(screen.getByLabelText('Host mode').textContent).toContain('v1.2.3');
    expect(screen.queryByRole('note', { name: 'Key storage' })).toBeNull();
  });
});
