import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/studio-test';
import { CollectionsPanel } from '../pages/collections-panel';
import type { RequestPanel } from '../pages/request-panel';
import { dynamodbListTables, pollyDescribeVoices } from '../pages/operations';

interface ShownRequest {
  region: RegExp;
  service: RegExp;
  operation: RegExp;
  path: string;
  endpoint: string;
  headers: Array<[string, string]>;
}

/** Reads the request editor's fields, switching tabs where it must. */
async function expectEditorShows(request: RequestPanel, shown: ShownRequest): Promise<void> {
  await expect(request.root.getByRole('combobox', { name: 'Region' })).toHaveValue(shown.region);
  await expect(request.root.getByRole('combobox', { name: 'Service' })).toHaveValue(shown.service);
  await expect(request.root.getByRole('combobox', { name: 'Operation' })).toHaveValue(
    shown.operation,
  );
  await expect(request.path).toHaveValue(shown.path);
  expect(await request.headerRows()).toEqual(shown.headers);
  await request.showTab('Settings');
  await expect(request.root.getByLabel('Custom endpoint')).toHaveValue(shown.endpoint);
}

/** Picks DynamoDB ListTables (a local endpoint, nothing is sent) and returns its headers. */
async function pickListTables(request: RequestPanel): Promise<Array<[string, string]>> {
  await request.pickOperation({ ...dynamodbListTables, endpoint: 'http://127.0.0.1:4566' });
  const headers = await request.headerRows();
  expect(headers).toContainEqual(['x-amz-target', 'DynamoDB_20120810.ListTables']);
  return headers;
}

test('a collection made in the UI keeps two requests with their fields across a reload', async ({
  studio,
  host,
  page,
}) => {
  const collections = new CollectionsPanel(page);
  const { request } = studio;
  const dir = join(host.home, 'collections', 'aws-demo');
  await collections.create({ dir, name: 'AWS demo', service: 'dynamodb', region: 'us-east-1' });
  const tablesHeaders = await pickListTables(request);
  await collections.addCurrentRequest('List tables');
  // An added request is bound to the editor at once, so the second is added first and then edited.
  await collections.addCurrentRequest('Describe voices');
  await expect(collections.editing('Describe voices')).toBeVisible();
  await request.pickOperation({ ...pollyDescribeVoices, region: 'eu-west-1', endpoint: '' });
  await expect(request.path).toHaveValue('/v1/voices');
  const voicesHeaders = await request.headerRows();
  await expect(collections.draftMarker).toHaveCount(1);
  await collections.saveRequest();
  expect(readdirSync(join(dir, 'requests')).sort()).toEqual([
    'describe-voices.json',
    'list-tables.json',
  ]);

  await page.reload();
  await page.getByRole('heading', { name: 'Connector Studio' }).waitFor();
  await expect(collections.openCollection).toHaveCount(0);
  await collections.openRecent('AWS demo');
  await collections.request('List tables').click();
  await expectEditorShows(request, {
    region: /^us-east-1\b/,
    service: /^Amazon DynamoDB\b/,
    operation: /^ListTables\b/,
    path: '/',
    endpoint: 'http://127.0.0.1:4566',
    headers: tablesHeaders,
  });
  await expect(collections.editing('List tables')).toBeVisible();
  await expect(collections.unsavedMarker).toHaveCount(0);
  await collections.request('Describe voices').click();
  await expectEditorShows(request, {
    region: /^eu-west-1\b/,
    service: /^Amazon Polly\b/,
    operation: /^DescribeVoices\b/,
    path: '/v1/voices',
    endpoint: '',
    headers: voicesHeaders,
  });
  await studio.screenshot('collections');
});

test('edits to an opened request stay a draft, the file unchanged, until Save request', async ({
  studio,
  host,
  page,
}) => {
  const collections = new CollectionsPanel(page);
  const { request } = studio;
  const dir = join(host.home, 'collections', 'drafts');
  await collections.create({ dir, name: 'Drafts', service: 'dynamodb', region: 'us-east-1' });
  await pickListTables(request);
  await collections.addCurrentRequest('List tables');
  await collections.save();
  const file = join(dir, 'requests', 'list-tables.json');
  const onDisk = readFileSync(file, 'utf8');
  await collections.request('List tables').click();

  // Picking another operation and editing the endpoint: a visible draft, nothing written.
  await request.pickOperation({ ...pollyDescribeVoices, region: 'eu-west-1', endpoint: '' });
  await request.setCustomEndpoint('http://127.0.0.1:4567');
  await expect(collections.draftMarker).toHaveCount(1);
  // Nothing is pending for autosave either: the collection itself has no unsaved change.
  await expect(collections.unsavedMarker).toHaveCount(0);
  expect(readFileSync(file, 'utf8')).toBe(onDisk);

  await collections.discardDraft();
  await expect(request.path).toHaveValue('/');
  expect(readFileSync(file, 'utf8')).toBe(onDisk);

  await request.setCustomEndpoint('http://127.0.0.1:4567');
  await collections.saveRequest();
  expect(readFileSync(file, 'utf8')).toContain('http://127.0.0.1:4567');
  expect(readFileSync(file, 'utf8')).toContain('DynamoDB_20120810.ListTables');

  await collections.newRequest();
  await expect(collections.editing('List tables')).toHaveCount(0);
  await expect(request.path).toHaveValue('/');
  expect(readFileSync(file, 'utf8')).toContain('http://127.0.0.1:4567');
});

test('a save never overwrites a request edited outside or deletes a file added outside', async ({
  studio,
  host,
  page,
}) => {
  const collections = new CollectionsPanel(page);
  const dir = join(host.home, 'collections', 'shared');
  await collections.create({ dir, name: 'Shared', service: 'dynamodb', region: 'us-east-1' });
  await pickListTables(studio.request);
  await collections.addCurrentRequest('List tables');
  await collections.save();
  // Another tool (git pull, a second window) edits one request and adds a copy.
  const file = join(dir, 'requests', 'list-tables.json');
  const edited = readFileSync(file, 'utf8').replace('"List tables"', '"List tables (git)"');
  writeFileSync(file, edited);
  writeFileSync(join(dir, 'requests', 'list-tables-copy.json'), edited);

  await collections.addCurrentRequest('Second');
  await expect(collections.saveConflict).toContainText('requests/list-tables.json (changed)');
  expect(readFileSync(file, 'utf8')).toBe(edited);
  await collections.saveConflict.getByRole('button', { name: 'Reload from disk' }).click();
  await expect(collections.saveConflict).toHaveCount(0);
  await expect(collections.request('List tables \\(git\\)')).toHaveCount(2);
  await expect(collections.request('Second')).toHaveCount(0);
  await collections.addCurrentRequest('Third');
  await collections.save();
  expect(readdirSync(join(dir, 'requests')).sort()).toEqual([
    'list-tables-copy.json',
    'list-tables.json',
    'third.json',
  ]);
  expect(existsSync(join(dir, 'requests', 'second.json'))).toBe(false);
});
