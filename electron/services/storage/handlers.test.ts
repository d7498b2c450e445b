import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/ipc/contract';
import { invokeOperation } from '../../../shared/ipc/dispatch';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { createCredentialService } from '../credentials/credential-service';
import { MemoryKeyStore } from '../credentials/key-store';
import { createStorageServices } from './handlers';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/collections');
const PLANTED = /Planted[A-Za-z]*(Secret|SessionToken)|PlantedInsomniaEnvSecret/;

function setup(historyCap?: number) {
  const root = mkdtempSync(join(tmpdir(), 'storage-'));
  const keyStore = new MemoryKeyStore();
  const credentials = createCredentialService({ keyStore, env: { HOME: root } });
  const services = createStorageServices({
    appDataDir: join(root, 'app-data'),
    credentials,
    readBody: async () => new TextEncoder().encode('{"TableNames":[]}'),
    clock: () => new Date('2024-05-01T00:00:00Z'),
    ...(historyCap ? { historyCap } : {}),
  });
  // Through the dispatcher, as a host calls it: inputs are validated by the contract first.
  async function call<K extends OperationName>(
    name: K,
    input: OperationInput<K>,
  ): Promise<OperationOutput<K>> {
    const result = await invokeOperation(
      services.handlers as unknown as Handlers<unknown>,
      { name, input, context: undefined },
      (_n, e) => console.error(e),
    );
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as OperationOutput<K>;
  }
  return { root, keyStore, call, services };
}

function allText(dir: string): string {
  let text = '';
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else text += `${path}\n${readFileSync(path, 'utf8')}\n`;
    }
  }
  return text;
}

describe('workspace', () => {
  it('creates, lists, renames, duplicates, forgets and deletes collections', async () => {
    const { root, call } = setup();
    const dir = join(root, 'dynamo');
    const created = await call('collection.create', {
      dir,
      name: 'Dynamo',
      service: 'dynamodb',
      region: 'eu-west-1',
    });
    expect(created.data.collection).toMatchObject({
      name: 'Dynamo',
      service: 'dynamodb',
      region: 'eu-west-1',
    });
    await expect(
      call('collection.create', { dir, name: 'Again', service: 'sqs', region: 'eu-west-1' }),
    ).rejects.toThrow(/not empty/);
    await call('collection.rename', { dir, name: 'Dynamo tables' });
    const copy = await call('collection.duplicate', { dir, to: join(root, 'copy') });
    expect(copy.data.collection.name).toBe('Dynamo tables copy');
    expect(await call('collection.recent', {})).toEqual([
      { dir: join(root, 'copy'), name: 'Dynamo tables copy' },
      { dir, name: 'Dynamo tables' },
    ]);
    await expect(call('collection.delete', { dir, confirmName: 'Dynamo' })).rejects.toThrow(
      /does not match/,
    );
    expect(existsSync(dir)).toBe(true);
    expect(await call('collection.delete', { dir, confirmName: 'Dynamo tables' })).toEqual({
      deleted: true,
    });
    expect(existsSync(dir)).toBe(false);
    expect(await call('collection.forget', { dir: join(root, 'copy') })).toEqual({
      forgotten: true,
    });
    expect(await call('collection.recent', {})).toEqual([]);
    await expect(call('collection.open', { dir: 'relative/path' })).rejects.toThrow(/absolute/);
  });

  it('reorders requests and moves them into folders through save', async () => {
    const { root, call } = setup();
    const dir = join(root, 'c');
    await call('collection.import', {
      dir,
      text: readFileSync(join(FIXTURES, 'postman-v21.json'), 'utf8'),
      storeSecrets: false,
    });
    const opened = await call('collection.open', { dir });
    const data = opened.data;
    data.collection.order = [...data.collection.order].reverse();
    data.collection.folders.push('Archive');
    (data.requests[0] as (typeof data.requests)[number]).request.folder = 'Archive';
    await call('collection.save', { dir, data, versions: opened.versions });
    const again = await call('collection.open', { dir });
    expect(again.data.requests.map((r) => r.slug)).toEqual([
      'get-object-from-emulator',
      'describe-table',
      'list-tables',
    ]);
    expect(again.data.requests[2]?.request.folder).toBe('Archive');
  });

  it('answers a save over a file edited outside with a conflict, and overwrites only when asked', async () => {
    const { root, call } = setup();
    const dir = join(root, 'c');
    await call('collection.create', { dir, name: 'C', service: 's3', region: 'eu-west-1' });
    const opened = await call('collection.open', { dir });
    const head = join(dir, 'collection.json');
    writeFileSync(head, readFileSync(head, 'utf8').replace('"C"', '"Renamed in git"'));
    const data = { ...opened.data, collection: { ...opened.data.collection, region: 'us-east-1' } };
    await expect(call('collection.save', { dir, data, versions: opened.versions })).rejects.toThrow(
      /^conflict: .*collection\.json \(changed/,
    );
    expect(readFileSync(head, 'utf8')).toContain('Renamed in git');
    await call('collection.save', { dir, data, versions: opened.versions, overwrite: true });
    expect(readFileSync(head, 'utf8')).toContain('us-east-1');
  });
});

describe('import, edit, save, export', () => {
  it.each(['postman-v21.json', 'postman-v20.json', 'insomnia-v4.json', 'commands.curl'])(
    'never lets a secret of %s reach the folder, the app data or an output',
    async (file) => {
      const { root, call, keyStore } = setup();
      const dir = join(root, 'imported');
      const imported = await call('collection.import', {
        dir,
        text: readFileSync(join(FIXTURES, file), 'utf8'),
        storeSecrets: true,
      });
      expect(imported.storedCredentials.length).toBeGreaterThan(0);
      const stored = await keyStore.list();
      expect(stored.map((k) => k.id)).toEqual(imported.storedCredentials.map((c) => c.id));
      const refs = imported.data.requests.map((r) => r.request.credentialId).filter(Boolean);
      expect(refs.every((ref) => stored.some((k) => k.id === ref))).toBe(true);
      const data = imported.data;
      (data.requests[0] as (typeof data.requests)[number]).request.headers.push([
        'X-Edited',
        'yes',
      ]);
      await call('collection.save', { dir, data, versions: imported.versions });
      await call('history.add', {
        spec: {
          region: 'eu-west-1',
          service: 'dynamodb',
          method: 'POST',
          path: '/',
          credentialId: refs[0],
        },
        status: 200,
      });
      await call('collection.saveSample', {
        dir,
        slug: data.requests[0]?.slug ?? '',
        responseId: 'r1',
        status: 200,
        headers: [['content-type', 'application/json']],
      });
      const outputs = [
        JSON.stringify(imported),
        JSON.stringify(await call('collection.export', { dir, to: 'postman' })),
        JSON.stringify(await call('collection.export', { dir, to: 'curl' })),
      ];
      const everything = `${allText(root)}\n${outputs.join('\n')}`;
      expect(everything).toContain('X-Edited');
      expect(everything).not.toMatch(PLANTED);
    },
  );

  it('lists the saved samples of a request with their time and status', async () => {
    const { root, call } = setup();
    const dir = join(root, 'c');
    await call('collection.create', { dir, name: 'C', service: 'dynamodb', region: 'us-east-1' });
    expect(await call('collection.samples', { dir, slug: 'list-tables' })).toEqual([]);
    const saved = await call('collection.saveSample', {
      dir,
      slug: 'list-tables',
      responseId: 'r1',
      status: 201,
      headers: [],
    });
    expect(await call('collection.samples', { dir, slug: 'list-tables' })).toEqual([
      { file: saved.path.split(/[\\/]/).pop(), takenAt: '2024-05-01T00:00:00.000Z', status: 201 },
    ]);
  });

  it('exports one request as a curl --aws-sigv4 command', async () => {
    const { root, call } = setup();
    const dir = join(root, 'c');
    const text = readFileSync(join(FIXTURES, 'commands.curl'), 'utf8');
    await call('collection.import', { dir, text, storeSecrets: false });
    const one = await call('collection.export', { dir, to: 'curl', slug: 'get-caller-identity' });
    expect(one.text.match(/^curl /gm)).toHaveLength(1);
    expect(one.text).toContain('--aws-sigv4 aws:amz:us-east-1:sts');
    await expect(call('collection.export', { dir, to: 'curl', slug: 'nope' })).rejects.toThrow(
      /not-found/,
    );
  });

  it('extends an existing collection without clashing slugs', async () => {
    const { root, call } = setup();
    const dir = join(root, 'c');
    const text = readFileSync(join(FIXTURES, 'commands.curl'), 'utf8');
    await call('collection.import', { dir, text, storeSecrets: false });
    const twice = await call('collection.import', { dir, text, storeSecrets: false });
    expect(twice.data.requests.map((r) => r.slug)).toEqual([
      'list-tables',
      'get-caller-identity',
      'request-3',
      'list-tables-2',
      'get-caller-identity-2',
      'request-3-2',
    ]);
    expect(twice.data.requests.every((r) => r.request.credentialId === undefined)).toBe(true);
  });
});

describe('history', () => {
  it('is capped, searchable, clearable and kept in the app data folder', async () => {
    const { root, call } = setup(3);
    for (const path of ['/a', '/b', '/c', '/d'])
      await call('history.add', {
        spec: { region: 'eu-west-1', service: 'sqs', method: 'GET', path },
        status: path === '/d' ? 403 : 200,
      });
    const all = await call('history.list', {});
    expect(all.map((e) => e.spec.path)).toEqual(['/d', '/c', '/b']);
    expect((await call('history.list', { search: '403' })).map((e) => e.spec.path)).toEqual(['/d']);
    expect(existsSync(join(root, 'app-data/history.json'))).toBe(true);
    expect(await call('history.clear', {})).toEqual({ cleared: 3 });
    expect(await call('history.list', {})).toEqual([]);
  });
});
