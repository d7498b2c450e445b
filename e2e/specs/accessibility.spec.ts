import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/studio-test';
import { ConnectorPanel } from '../pages/connector-panel';
import { pollyDescribeVoices } from '../pages/operations';

// Roles a user fills in or toggles: a screen reader (and a test by label) finds them by name alone.
const FIELD_ROLES = new Set([
  'textbox',
  'searchbox',
  'combobox',
  'checkbox',
  'radio',
  'switch',
  'spinbutton',
  'slider',
  'listbox',
]);

interface AxNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
}

/** Serious and critical axe-core violations of the page as shown, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')}`));
}

/** Accessible names shared by more than one visible form field, from Chromium's accessibility tree. */
async function duplicateFieldNames(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await session.detach();
  const counts = new Map<string, number>();
  for (const node of nodes) {
    const role = node.role?.value ?? '';
    if (node.ignored || !FIELD_ROLES.has(role)) continue;
    const name = node.name?.value ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([name, count]) => `"${name}" ×${count}`);
}

/** Checks one view: no serious or critical axe finding, and no two fields with one name. */
async function checkView(page: Page, view: string): Promise<void> {
  await test.step(view, async () => {
    expect(await seriousViolations(page), `axe on ${view}`).toEqual([]);
    expect(await duplicateFieldNames(page), `field names on ${view}`).toEqual([]);
  });
}

test('every main view has unique field names and no serious or critical axe violation', async ({
  studio,
  moto,
  page,
}) => {
  test.setTimeout(300_000);
  const { request, response } = studio;
  await checkView(page, 'the request editor with the collections sidebar');

  await studio.addKeyDialog.open();
  await expect(studio.addKeyDialog.root).toBeVisible();
  await checkView(page, 'the Add static key dialog');
  await page.keyboard.press('Escape');
  await expect(studio.addKeyDialog.root).toBeHidden();

  await studio.addMotoKey(moto);
  await studio.callOperation({ ...pollyDescribeVoices, endpoint: moto.endpoint });
  await expect(response.status).toHaveText(/^200\b/);
  await checkView(page, 'the response body');

  for (const tab of ['Query', 'Request headers', 'Request body', 'Settings'] as const) {
    await request.showTab(tab);
    await checkView(page, `the request ${tab} tab`);
  }

  await response.root.getByRole('tab', { name: 'Structure' }).click();
  await expect(response.root.getByRole('treegrid', { name: 'JSON structure' })).toBeVisible();
  await checkView(page, 'the Structure tab');
  await response.root.getByRole('tab', { name: 'Entities' }).click();
  await expect(response.root.getByRole('button', { name: 'Export SVG' })).toBeEnabled();
  await checkView(page, 'the Entities tab');
  for (const tab of ['Response headers', 'Signature'] as const) {
    await response.showTab(tab);
    await checkView(page, `the ${tab} tab`);
  }

  const connector = new ConnectorPanel(page);
  await connector.addShownResponse();
  await connector.open();
  await expect(connector.microflow('Get_v1_DescribeVoices')).toBeVisible();
  await checkView(page, 'the Connector view');
});
