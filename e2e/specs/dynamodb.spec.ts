import { expect, test } from '../fixtures/studio-test';
import { dynamodbListTables } from '../pages/operations';

test('DynamoDB ListTables through the operation picker signs the x-amz-target header', async ({
  studio,
  moto,
}) => {
  await studio.addMotoKey(moto);
  const { request, response } = studio;
  await studio.callOperation({ ...dynamodbListTables, endpoint: moto.endpoint });

  await expect(response.status).toHaveText(/^200\b/);
  await expect(response.bodyText).toContainText('TableNames');
  const headers = (await request.headerRows()).map(([name, value]) => [name.toLowerCase(), value]);
  expect(headers).toContainEqual(['x-amz-target', 'DynamoDB_20120810.ListTables']);
  await response.showTab('Signature');
  await expect(response.signedHeaders.filter({ hasText: /^x-amz-target$/ })).toHaveCount(1);
  await studio.screenshot('dynamodb-signature');
});
