import { ConnectorPanel } from '../pages/connector-panel';
import { expect, test } from '../fixtures/studio-test';
import { pollyDescribeVoices } from '../pages/operations';

test('Polly DescribeVoices becomes a connector operation and exports as a zip bundle', async ({
  studio,
  moto,
  page,
}) => {
  await studio.addMotoKey(moto);
  const { response } = studio;
  await studio.callOperation({ ...pollyDescribeVoices, endpoint: moto.endpoint });
  await expect(response.status).toHaveText(/^200\b/);

  await response.root.getByRole('tab', { name: 'Structure' }).click();
  await expect(response.root.getByRole('treegrid', { name: 'JSON structure' })).toBeVisible();
  await studio.screenshot('structure');
  await response.root.getByRole('tab', { name: 'Entities' }).click();
  // Export SVG is enabled once the layout is drawn.
  await expect(response.root.getByRole('button', { name: 'Export SVG' })).toBeEnabled();
  await studio.screenshot('entities');

  const connector = new ConnectorPanel(page);
  await connector.addShownResponse();
  await connector.open();
  await expect(connector.operations).toHaveCount(1);
  await expect(connector.microflow('Get_v1_DescribeVoices')).toBeVisible();
  await expect(connector.modelSdkScript).toContainText('export async function applyConnector(');
  await expect(connector.applyToMendix).toBeVisible();
  await studio.screenshot('connector-plan');

  const download = await connector.exportZip();
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  await expect(connector.root.getByRole('status', { name: 'Export result' })).toContainText('.zip');
});
