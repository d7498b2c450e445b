// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newCollection } from '../../../shared/domain/collection';
import { ApiProvider } from '../../api/ApiProvider';
import { createFakeApi } from '../../testing/fake-api';
import { CollectionActions } from './CollectionActions';
import { useCredentialsStore } from '../../stores/credentials-store';
import { useCollectionsStore } from './store';

const opened = (name: string) => ({
  dir: '/c',
  data: newCollection({ name, service: 'sqs', region: 'eu-west-1' }),
  problems: [],
  reservedSlugs: [],
  versions: {},
});

describe('CollectionActions', () => {
  afterEach(() => {
    cleanup();
    useCollectionsStore.setState({ dir: undefined, data: undefined, dirty: false });
  });

  it('imports a file into the open collection, shows the report, exports and renames', async () => {
    const fake = createFakeApi({
      'collection.import': ({ text }) => ({
        ...opened('C'),
        format: text.startsWith('curl') ? 'curl' : 'other',
        notes: [{ kind: 'dropped', where: 'Request 1', message: '-s: a client setting' }],
        storedCredentials: text.includes('--user')
          ? [{ id: 'static:k1', label: 'Imported key', maskedKeyId: 'AKIA…0001' }]
          : [],
      }),
      'credentials.list': () => [
        {
          id: 'static:k1',
          label: 'Imported key',
          source: 'static',
          maskedKeyId: 'AKIA…0001',
          storage: 'memory',
        },
      ],
      'collection.export': ({ to }) => ({ text: `exported as ${to}`, notes: [] }),
      'collection.rename': ({ name }) => opened(name),
    });
    useCollectionsStore.setState({ ...opened('C'), dirty: false });
    render(
      <ApiProvider client={fake.api}>
        <CollectionActions name="C" />
      </ApiProvider>,
    );
    const file = new File(['curl -s https://sqs.eu-west-1.amazonaws.com/'], 'cmd.curl');
    fireEvent.change(screen.getByLabelText('Import file'), { target: { files: [file] } });
    expect(await screen.findByText('dropped: Request 1: -s: a client setting')).toBeTruthy();
    expect(fake.calls.find((c) => c.name === 'collection.import')?.input).toEqual({
      dir: '/c',
      text: 'curl -s https://sqs.eu-west-1.amazonaws.com/',
      storeSecrets: true,
    });

    fireEvent.click(screen.getByRole('checkbox', { name: /Keep keys found/ }));
    const withKey = new File(['curl --user AKIA:SECRET https://sqs.eu-west-1.amazonaws.com/'], 'k');
    fireEvent.change(screen.getByLabelText('Import file'), { target: { files: [withKey] } });
    expect(
      await screen.findByText('stored key: Imported key (AKIA…0001) in the credential store'),
    ).toBeTruthy();
    expect(fake.calls.filter((c) => c.name === 'collection.import')[1]?.input).toMatchObject({
      storeSecrets: false,
    });
    await waitFor(() =>
      expect(useCredentialsStore.getState().credentials.map((c) => c.id)).toEqual(['static:k1']),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Export curl' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Exported text') as HTMLTextAreaElement).value).toBe(
        'exported as curl',
      ),
    );

    fireEvent.change(screen.getByLabelText('Rename collection to'), {
      target: { value: 'Queues' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Rename collection' }));
    await waitFor(() =>
      expect(useCollectionsStore.getState().data?.collection.name).toBe('Queues'),
    );
    expect(
      (screen.getByRole('button', { name: 'Delete collection' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
