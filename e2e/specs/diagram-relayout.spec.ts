import { expect, test } from '../fixtures/studio-test';
import { ConnectorPanel } from '../pages/connector-panel';
import { DiagramPanel } from '../pages/diagram-panel';
import { pollyDescribeVoices } from '../pages/operations';

// Seven layouts and two structure inferences of ~100 voices: more than the default budget on a busy machine.
test.describe.configure({ timeout: 150_000 });

test('the entity diagram lays out every time: five layouts in a row complete', async ({
  studio,
  moto,
  page,
}) => {
  await studio.addMotoKey(moto);
  const { response, request } = studio;
  await studio.callOperation({ ...pollyDescribeVoices, endpoint: moto.endpoint });
  await expect(response.status).toHaveText(/^200\b/);
  const diagram = new DiagramPanel(page);
  await diagram.showEntities();
  await diagram.expectDrawn();
  // Structure and back three times (each remount lays out again), a convention toggle and a
  // re-send: five more layouts after the first.
  for (let round = 0; round < 3; round += 1) {
    await diagram.showStructure();
    await diagram.showEntities();
    await diagram.expectDrawn();
  }
  await diagram.dropWrappers.uncheck();
  await expect(diagram.entityNames.filter({ hasText: /^SupportedEngine$/ })).toHaveCount(1);
  await diagram.expectDrawn();
  await request.send();
  await expect(response.status).toHaveText(/^200\b/);
  await diagram.showEntities();
  await diagram.expectDrawn();
  await expect(diagram.entityNames.filter({ hasText: /^Voice$/ })).toHaveCount(1);
});

test('the request, the response, the decisions and the Connector tab survive a reload', async ({
  studio,
  moto,
  page,
}) => {
  await studio.addMotoKey(moto);
  const { response, request } = studio;
  await studio.callOperation({ ...pollyDescribeVoices, endpoint: moto.endpoint });
  await expect(response.status).toHaveText(/^200\b/);
  const connector = new ConnectorPanel(page);
  await connector.addShownResponse();
  const diagram = new DiagramPanel(page);
  await diagram.showEntities();
  await diagram.expectDrawn();
  await diagram.dropWrappers.uncheck();
  await expect(diagram.entityNames.filter({ hasText: /^SupportedEngine$/ })).toHaveCount(1);

  await page.reload();
  await page.getByRole('heading', { name: 'Connector Studio' }).waitFor();
  await expect(request.path).toHaveValue('/v1/voices');
  await expect(response.status).toHaveText(/^200\b/);
  // The Entities tab was open: it is again, drawn from the response the host still holds.
  await diagram.expectDrawn();
  await expect(diagram.dropWrappers).not.toBeChecked();
  await expect(diagram.entityNames.filter({ hasText: /^SupportedEngine$/ })).toHaveCount(1);
  await response.showTab('Response body');
  await expect(response.bodyText).toContainText('"Voices"');
  await connector.open();
  await expect(connector.operations).toHaveCount(1);
  await expect(connector.microflow('Get_v1_DescribeVoices')).toBeVisible();
});
