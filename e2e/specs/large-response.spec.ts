import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Locator, Page } from '@playwright/test';
import { writeE2eFigures } from '../../bench/e2e-figures';
import { startLargeJsonServer } from '../fixtures/large-json-server';
import { expect, test } from '../fixtures/studio-test';
import type { StudioPage } from '../pages/studio-page';

const BODY_BYTES = 100 * 1024 * 1024;
const FIVE_MB = 5 * 1024 * 1024;
// Generous on purpose: a shared 2-core machine can stall for seconds; a shipped or formatted 100 MB body stalls far longer.
const MAX_LONG_TASK_MS = 10_000;

declare global {
  interface Window {
    longTasks?: number[];
  }
}

interface Recorded {
  path: string;
  bytes: number;
}

/** Records the size of every contract answer the page receives (downloads excluded). */
function recordApiSizes(page: Page): Recorded[] {
  const recorded: Recorded[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/api/') || path.startsWith('/api/download/')) return;
    void response.body().then(
      (body) => recorded.push({ path, bytes: body.byteLength }),
      () => undefined,
    );
  });
  return recorded;
}

async function longTasks(
  page: Page,
): Promise<{ longest: number; blocking: number; count: number }> {
  const tasks = await page.evaluate(() => window.longTasks ?? []);
  return {
    longest: Math.round(Math.max(0, ...tasks)),
    blocking: Math.round(tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0)),
    count: tasks.length,
  };
}

/** Peak resident memory (VmHWM) of the host process whose working folder is `home`, in MB. */
function hostPeakMemoryMb(home: string): number | undefined {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) !== home) continue;
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) return Math.round(Number(match[1]) / 1024);
    } catch {
      // The process may be gone or not ours to read.
    }
  }
  return undefined;
}

/** Records every long task (over 50 ms) of the page from its first script on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks?.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.reload();
  await page.getByLabel('Host mode').waitFor();
}

/** Clicks "Load more" until one click fetches a range (earlier ones may only reveal held text). */
async function loadMoreUntilRange(page: Page, button: Locator): Promise<void> {
  for (let click = 0; click < 4; click += 1) {
    const range = page
      .waitForResponse((r) => new URL(r.url()).pathname === '/api/response.readRange', {
        timeout: 5_000,
      })
      .catch(() => null);
    await button.click();
    if (await range) return;
  }
  throw new Error('"Load more" never fetched a range of the body.');
}

// Every figure also goes to the file `npm run bench` prints (bench/e2e-figures.ts).
const figures: Record<string, string> = {};

function note(type: string, description: string): void {
  figures[type] = description;
  test.info().annotations.push({ type, description });
  console.log(`${type}: ${description}`);
}

async function sendDescribeInstances(studio: StudioPage, endpoint: string): Promise<void> {
  await studio.addStaticKey({
    label: 'fake',
    accessKeyId: 'AKIAEXAMPLELARGE0001',
    secretAccessKey: 'large-response-test-secret-not-real',
  });
  await studio.callOperation({
    region: 'us-east-1',
    service: { name: 'Amazon Elastic Compute Cloud', id: 'ec2' },
    operation: 'DescribeInstances',
    endpoint,
  });
}

/** Opens the Structure tab and reports how long inference took and what it ended in. */
async function inferStructure(studio: StudioPage): Promise<void> {
  const root = studio.response.root;
  await root.getByRole('tab', { name: 'Structure' }).click();
  const startedAt = Date.now();
  const error = root.getByRole('alert', { name: 'Structure error' });
  const done = root.getByRole('toolbar', { name: 'Structure tools' }).or(error);
  await expect(done).toBeVisible({ timeout: 45_000 });
  const outcome = (await error.isVisible()) ? `message: ${await error.textContent()}` : 'inferred';
  note('structure inference (ms)', `${Date.now() - startedAt} (${outcome})`);
  if (outcome !== 'inferred') expect(outcome).toMatch(/100\.0 MB, too large to infer a structure/);
}

test('a 100 MB JSON response arrives as a preview, pages, saves whole, and the page stays responsive', async ({
  studio,
  host,
  page,
}) => {
  test.setTimeout(90_000);
  const server = await startLargeJsonServer(BODY_BYTES);
  try {
    await watchLongTasks(page);
    const recorded = recordApiSizes(page);
    const { request, response } = studio;
    const sentAt = Date.now();
    await sendDescribeInstances(studio, server.endpoint);

    // While the body arrives, another tab must still answer a click.
    const clickedAt = Date.now();
    await request.showTab('Query');
    const queryTab = request.root.getByRole('tab', { name: 'Query' });
    await expect(queryTab).toHaveAttribute('aria-selected', 'true');
    note('tab click while arriving (ms)', String(Date.now() - clickedAt));

    await expect(response.status).toHaveText(/^200\b/, { timeout: 30_000 });
    await expect(response.root.getByLabel('Response size')).toHaveText(/^100 MB$/);
    await expect(response.bodyText).toContainText('"Reservations"', { timeout: 20_000 });
    await expect(response.bodyText).toContainText('"InstanceId"');
    note('time to first lines (ms)', String(Date.now() - sentAt));

    const sizesOf = (path: string) => recorded.filter((e) => e.path === path).map((e) => e.bytes);
    await expect.poll(() => sizesOf('/api/request.send').length).toBe(1);
    note('request.send answer (bytes)', String(sizesOf('/api/request.send')[0]));
    expect(sizesOf('/api/request.send')[0]).toBeLessThan(FIVE_MB);

    const body = response.root.getByRole('region', { name: 'Response body' });
    await loadMoreUntilRange(page, body.getByRole('button', { name: 'Load more' }));
    await expect.poll(() => sizesOf('/api/response.readRange').length).toBeGreaterThan(0);
    note('response.readRange answers (bytes)', sizesOf('/api/response.readRange').join(', '));
    for (const bytes of sizesOf('/api/response.readRange'))
      expect(bytes).toBeLessThanOrEqual(FIVE_MB);
    await expect(body.getByText(/^Showing about 2\.0 MB of 100 MB/)).toBeVisible();
    // The appended range joins the preview: the end of the editor shows instances from near 2 MB.
    await body.locator('.view-lines').click();
    const shownReservation = async () => {
      const ids = /(?:i-0|ip-10-0-|vol-0|eni-0|worker-)([0-9a-f]{8})/.exec(
        await response.bodyText.innerText(),
      );
      return ids ? parseInt(ids[1] ?? '', 16) : -1;
    };
    const lastLoaded = server.reservationAt(2 * 1024 * 1024);
    // The range arrives in slices: Ctrl+End again until the end of the appended text is in view.
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+End');
        return shownReservation();
      })
      .toBeGreaterThanOrEqual(lastLoaded - 1);
    expect(await shownReservation()).toBeLessThanOrEqual(lastLoaded);
    await expect(response.bodyText).not.toContainText('"Reservations"');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      response.root.getByRole('button', { name: 'Save body' }).click(),
    ]);
    expect(statSync(await download.path()).size).toBe(server.size);

    await inferStructure(studio);
    await response.showTab('Response headers');
    const headersTab = response.root.getByRole('tab', { name: 'Response headers' });
    await expect(headersTab).toHaveAttribute('aria-selected', 'true', { timeout: 5_000 });

    const tasks = await longTasks(page);
    note('longest task (ms)', String(tasks.longest));
    note('total blocking time (ms)', `${tasks.blocking} over ${tasks.count} long tasks`);
    note('host peak RSS (MB)', String(hostPeakMemoryMb(host.home) ?? 'unknown'));
    writeE2eFigures({
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg()[0] ?? 0,
      figures,
    });
    expect(tasks.longest).toBeLessThan(MAX_LONG_TASK_MS);
  } finally {
    await server.stop();
  }
});
