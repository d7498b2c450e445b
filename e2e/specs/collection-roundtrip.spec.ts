import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/studio-test';
import { CollectionsPanel } from '../pages/collections-panel';

const POSTMAN_FILE = join(import.meta.dirname, '../data/dynamodb-awsv4.postman.json');
// The placeholder origin in the Postman file; the test points it at this run's moto.
const PLACEHOLDER_ORIGIN = 'http://127.0.0.1:4566';

/** Every file under a folder with its text, so a test can search the whole collection. */
function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() ?? '';
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) stack.push(path);
      else files.set(path, readFileSync(path, 'utf8'));
    }
  }
  return files;
}

function planted(postman: string): { accessKey: string; secretKey: string } {
  const auth = (JSON.parse(postman) as { auth: { awsv4: Array<{ key: string; value: string }> } })
    .auth.awsv4;
  const value = (key: string) => auth.find((entry) => entry.key === key)?.value ?? '';
  return { accessKey: value('accessKey'), secretKey: value('secretKey') };
}

test('a Postman collection with awsv4 auth is imported, sent against moto, sampled and found again after a reload', async ({
  studio,
  host,
  moto,
  page,
}) => {
  const collections = new CollectionsPanel(page);
  const { request, response } = studio;
  const dir = join(host.home, 'collections', 'moto-demo');
  // Import builds the URL from Postman's parts (as Postman does), so the port part moves too.
  const postman = readFileSync(POSTMAN_FILE, 'utf8')
    .replaceAll(PLACEHOLDER_ORIGIN, moto.endpoint)
    .replace('"port": "4566"', `"port": "${new URL(moto.endpoint).port}"`);
  const key = planted(postman);
  expect(key.secretKey.length).toBeGreaterThan(20);

  await collections.create({ dir, name: 'Moto demo', service: 'dynamodb', region: 'us-east-1' });
  await collections.importFile('dynamodb.postman_collection.json', postman);
  await expect(collections.importReport).toContainText('stored key');
  await expect(collections.request('List tables')).toBeVisible();
  const imported = [...filesUnder(dir).values()].join('\n');
  expect(imported).toContain('DynamoDB_20120810.ListTables');
  expect(imported).not.toContain(key.secretKey);
  expect(imported).not.toContain(key.accessKey);

  await collections.request('List tables').click();
  await expect(collections.editing('List tables')).toBeVisible();
  await expect(collections.sampleCount).toHaveText('0 samples');
  await request.send();
  await expect(response.status).toHaveText(/^200\b/);
  await expect(response.bodyText).toContainText('TableNames');
  await response.saveAsSample();
  await expect(collections.sampleCount).toHaveText('1 sample');
  const samples = readdirSync(join(dir, 'samples', 'list-tables'));
  expect(samples).toHaveLength(1);
  expect(readFileSync(join(dir, 'samples', 'list-tables', samples[0] ?? ''), 'utf8')).toContain(
    'TableNames',
  );

  await page.reload();
  await page.getByRole('heading', { name: 'Connector Studio' }).waitFor();
  await collections.openRecent('Moto demo');
  await collections.request('List tables').click();
  await expect(collections.editing('List tables')).toBeVisible();
  await expect(collections.sampleCount).toHaveText('1 sample');
  await request.showTab('Settings');
  await expect(request.root.getByLabel('Custom endpoint')).toHaveValue(moto.endpoint);
  const saved = [...filesUnder(dir).values()].join('\n');
  expect(saved).not.toContain(key.secretKey);
  await studio.screenshot('collection-roundtrip');
});
