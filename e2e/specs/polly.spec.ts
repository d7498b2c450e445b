import { expect, test } from '../fixtures/studio-test';
import { pollyDescribeVoices } from '../pages/operations';

test('Polly DescribeVoices through the pickers answers 200 with voices', async ({
  studio,
  moto,
}) => {
  await studio.addMotoKey(moto);
  const { request, response } = studio;
  await request.pickOperation({ ...pollyDescribeVoices, endpoint: moto.endpoint });
  await expect(request.path).toHaveValue('/v1/voices');
  await request.send();

  await expect(response.status).toHaveText(/^200\b/);
  await expect(response.bodyText).toContainText('"Voices"');
  await expect(response.bodyText).toContainText('"LanguageCode"');
  await studio.screenshot('polly-describe-voices');
});
