import { expect, test } from '../fixtures/studio-test';

test('a wrong secret shows SignatureDoesNotMatch in the AWS error card', async ({
  studio,
  motoAuth,
}) => {
  await studio.addStaticKey({
    label: 'wrong secret',
    accessKeyId: motoAuth.accessKeyId,
    secretAccessKey: `${motoAuth.secretAccessKey}WRONG`,
  });
  const { request, response } = studio;
  await request.chooseRegion('us-east-1');
  await request.chooseService('Amazon DynamoDB', 'dynamodb');
  await request.chooseOperation('ListTables');
  await request.setCustomEndpoint(motoAuth.endpoint);
  await request.send();

  await expect(response.status).toHaveText(/^403\b/);
  await expect(response.awsError).toContainText('SignatureDoesNotMatch');
  await expect(response.awsError.getByLabel('Our canonical request')).toContainText('x-amz-target');
  await studio.screenshot('signature-error');
});
