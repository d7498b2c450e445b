import { expect, test } from '../fixtures/studio-test';

test('Polly DescribeVoices through the pickers answers 200 with voices', async ({
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
  await request.chooseService('Amazon Polly', 'polly');
  await request.chooseOperation('DescribeVoices');
  await expect(request.path).toHaveValue('/v1/voices');
  await request.setCustomEndpoint(moto.endpoint);
  await request.send();

  await expect(response.status).toHaveText(/^200\b/);
  await expect(response.bodyText).toContainText('"Voices"');
  await expect(response.bodyText).toContainText('"LanguageCode"');
  await studio.screenshot('polly-describe-voices');
});
