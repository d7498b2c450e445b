import { expect, test } from '../fixtures/studio-test';

test('DynamoDB ListTables through the operation picker signs the x-amz-target header', async ({
  studio,
  moto,
}) => {
  await studio.addStaticKey({
    label: 'moto',
    accessKeyId: moto.accessKeyId,
    secretAccessKey: moto.secretAccessKey,
  });
  const { request, response } = studio;
  await request.chooseRegion('us-east-1');
  await request.chooseService('Amazon DynamoDB', 'dynamodb');
  await request.chooseOperation('ListTables');
  await request.setCustomEndpoint(moto.endpoint);
  await request.send();

  await expect(response.status).toHaveText(/^200\b/);
  await expect(response.bodyText).toContainText('TableNames');
  const headers = (await request.headerRows()).map(([name, value]) => [name.toLowerCase(), value]);
  expect(headers).toContainEqual(['x-amz-target', 'DynamoDB_20120810.ListTables']);
  await response.showTab('Signature');
  await expect(response.signedHeaders.filter({ hasText: /^x-amz-target$/ })).toHaveCount(1);
  await studio.screenshot('dynamodb-signature');
});
