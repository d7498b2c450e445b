import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/studio-test';
import { CollectionsPanel } from '../pages/collections-panel';
import { dynamodbListTables } from '../pages/operations';

test('the Auth tab sets bearer auth as a {{variable}}, saved with the request, never a literal', async ({
  studio,
  host,
  page,
}) => {
  const collections = new CollectionsPanel(page);
  const { request } = studio;
  const dir = join(host.home, 'collections', 'auth-demo');
  await collections.create({ dir, name: 'Auth demo', service: 'dynamodb', region: 'us-east-1' });
  await request.pickOperation({ ...dynamodbListTables, endpoint: 'http://127.0.0.1:4566' });
  await collections.addCurrentRequest('With token');

  await request.showTab('Auth');
  await request.root.getByLabel('Auth type').selectOption('bearer');
  const token = request.root.getByLabel(/^Token/);
  await token.fill('PlantedLiteralToken');
  await expect(request.root.getByRole('alert')).toContainText('Only a {{variable}} reference');
  await token.fill('{{apiToken}}');
  await expect(request.root.getByRole('alert')).toHaveCount(0);
  await request.showTab('Settings');
  await expect(request.root.getByTestId('resolved-endpoint')).toContainText(
    'bearer token (not signed)',
  );

  await collections.saveRequest();
  const saved = readFileSync(join(dir, 'requests', 'with-token.json'), 'utf8');
  expect(JSON.parse(saved)).toMatchObject({ auth: { type: 'bearer', token: '{{apiToken}}' } });
  expect(saved).not.toContain('PlantedLiteralToken');
});
