import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startLargeJsonServer } from '../fixtures/large-json-server';
import { expect, test } from '../fixtures/studio-test';

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

async function longTasks(page: Page): Promise<{ longest: number; blocking: number; count: number }> {
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

test('a 100 MB JSON response arrives as a preview, pages, saves whole, and the page stays responsive', async ({
  studio,
  host,
  page,
}) => {
  test.setTimeout(90_000);
  const server = await startLargeJsonServer(BODY_BYTES);
  const note = (type: string, description: string) => {
    test.info().annotations.push({ type, description });
    console.log(`${type}: ${description}`);
  };
  try {
    await page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks?.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.reload();
    await page.getByLabel('Host mode').waitFor();
    const recorded = recordApiSizes(page);

    await studio.addStaticKey({ label: 'fake', accessKeyId: 'AKIAEXAMPLELARGE0001', secretAccessKey: 'large-response-test-secret-not-real' });
    const { request, response } = studio;
    await request.chooseRegion('us-east-1');
    await request.chooseService('Amazon Elastic Compute Cloud', 'ec2');
    await request.chooseOperation('DescribeInstances');
    await request.setCustomEndpoint(server.endpoint);

    const sentAt = Date.now();
    await request.send();
    // While the body arrives: another tab must still answer a click.
    const clickedAt = Date.now();
    await request.showTab('Query');
    await expect(request.root.getByRole('tab', { name: 'Query' })).toHaveAttribute('aria-selected', 'true');
    note('tab click while arriving (ms)', String(Date.now() - clickedAt));

    await expect(response.status).toHaveText(/^200\b/, { timeout: 30_000 });
    await expect(response.root.getByLabel('Response size')).toHaveText(/^100 MB$/);
    await expect(response.bodyText).toContainText('"Reservations"', { timeout: 20_000 });
    await expect(response.bodyText).toContainText('"InstanceId"');
    note('time to first lines (ms)', String(Date.now() - sentAt));

    await expect.poll(() => recorded.some((entry) => entry.path === '/api/request.send')).toBe(true);
    const sendBytes = recorded.find((entry) => entry.path === '/api/request.send')?.bytes ?? Infinity;
    note('request.send answer (bytes)', String(sendBytes));
    expect(sendBytes).toBeLessThan(FIVE_MB);

    const body = response.root.getByRole('region', { name: 'Response body' });
    const loadMore = body.getByRole('button', { name: 'Load more' });
    const rangesBefore = recorded.filter((entry) => entry.path === '/api/response.readRange').length;
    // The first clicks reveal the held preview a step at a time; later ones fetch ranges.
    for (let click = 0; click < 4 && recorded.filter((e) => e.path === '/api/response.readRange').length === rangesBefore; click += 1) {
      await loadMore.click();
      await page.waitForTimeout(300);
    }
    await expect.poll(() => recorded.filter((entry) => entry.path === '/api/response.readRange').length).toBeGreaterThan(rangesBefore);
    const ranges = recorded.filter((entry) => entry.path === '/api/response.readRange');
    note('response.readRange answers (bytes)', ranges.map((entry) => entry.bytes).join(', '));
    for (const range of ranges) expect(range.bytes).toBeLessThanOrEqual(FIVE_MB);
    await expect(body.getByText(/^Showing about \d/)).toBeVisible();
    for (let i = 0; i < 12; i += 1) {
      const before = await page.evaluate(() => window.longTasks?.length ?? 0);
      const t0 = Date.now();
      await loadMore.click();
      await page.waitForTimeout(1200);
      const fresh = await page.evaluate((from) => (window.longTasks ?? []).slice(from), before);
      console.log('click', i, Date.now() - t0, 'new long tasks', fresh.map(Math.round).join(','), await body.getByText(/^Showing about/).textContent());
    }

    const [download] = await Promise.all([page.waitForEvent('download'), response.root.getByRole('button', { name: 'Save body' }).click()]);
    const savedPath = await download.path();
    expect(statSync(savedPath).size).toBe(server.size);

    await response.root.getByRole('tab', { name: 'Structure' }).click();
    const inferStart = Date.now();
    const structureDone = response.root.getByRole('toolbar', { name: 'Structure tools' }).or(response.root.getByRole('alert', { name: 'Structure error' }));
    await expect(structureDone).toBeVisible({ timeout: 45_000 });
    const structureError = response.root.getByRole('alert', { name: 'Structure error' });
    const outcome = (await structureError.isVisible()) ? `message: ${await structureError.textContent()}` : 'inferred';
    note('structure inference (ms)', `${Date.now() - inferStart} (${outcome})`);
    if (outcome !== 'inferred') expect(outcome).toMatch(/save it to a file|too large|limit/i);

    await response.showTab('Response headers');
    await expect(response.root.getByRole('tab', { name: 'Response headers' })).toHaveAttribute('aria-selected', 'true', { timeout: 5_000 });

    const tasks = await longTasks(page);
    note('longest task (ms)', String(tasks.longest));
    note('total blocking time (ms)', `${tasks.blocking} over ${tasks.count} long tasks`);
    note('host peak RSS (MB)', String(hostPeakMemoryMb(host.home) ?? 'unknown'));
    expect(tasks.longest).toBeLessThan(MAX_LONG_TASK_MS);
  } finally {
    await server.stop();
  }
});
