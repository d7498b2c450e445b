import { expect, test } from '../fixtures/studio-test';
import { DiagramPanel } from '../pages/diagram-panel';
import { pollyDescribeVoices } from '../pages/operations';

test('Polly DescribeVoices through the pickers answers 200 with voices', async ({
  studio,
  moto,
  page,
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

  // Model-complete: the AWS model of DescribeVoices is laid over moto's voices. moto returns
  // AdditionalLanguageCodes (so both know it) but never NextToken (only the model does).
  await new DiagramPanel(page).showStructure();
  const tree = response.root.getByRole('treegrid', { name: 'JSON structure' });
  const row = (name: string) =>
    tree
      .getByRole('row')
      .filter({ has: page.locator('.structure-name').getByText(name, { exact: true }) });
  const modelComplete = response.root.getByRole('switch', {
    name: 'Model-complete (AWS model, 2024)',
  });
  await expect(modelComplete).toBeChecked();
  await expect(row('AdditionalLanguageCodes')).toBeVisible();
  await expect(row('NextToken').getByText('model', { exact: true })).toBeVisible();

  await modelComplete.uncheck();
  await expect(modelComplete).not.toBeChecked();
  await expect(row('NextToken')).toHaveCount(0);
  await expect(row('AdditionalLanguageCodes')).toBeVisible();
});
