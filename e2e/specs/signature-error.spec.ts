import { expect, test } from '../fixtures/studio-test';
import { dynamodbListTables } from '../pages/operations';

test('a wrong secret shows SignatureDoesNotMatch in the AWS error card', async ({
  studio,
  motoAuth,
}) => {
  await studio.addStaticKey({
    label: 'wrong secret',
    accessKeyId: motoAuth.accessKeyId,
    secretAccessKey: `${motoAuth.secretAccessKey}WRONG`,
  });
  const { response } = studio;
  await studio.callOperation({ ...dynamodbListTables, endpoint: motoAuth.endpoint });

  await expect(response.status).toHaveText(/^403\b/);
  await expect(response.awsError).toContainText('SignatureDoesNotMatch');
  await expect(response.awsError.getByLabel('Our canonical request')).toContainText('x-amz-target');
  await studio.screenshot('signature-error');
});
