import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/studio-test';
import { pollyDescribeVoices } from '../pages/operations';

const SECRET = 'e2ePlantedSecretKey/ZZqv7Lw0+Mx3Rt9NsB4uYh2Jk';
const TOKEN = 'e2ePlantedSessionToken+QWx9Yb2Vc4Ud6Te8Sf0Rg1Ph3Oi5Nj7Mk9Ll';

async function everythingThePageKeeps(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts = [document.documentElement.outerHTML, document.body.innerText];
    for (const field of document.querySelectorAll('input, textarea, select')) {
      parts.push((field as HTMLInputElement).value);
    }
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i) ?? '';
        parts.push(key, storage.getItem(key) ?? '');
      }
    }
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

test('the secret key and session token never reach the DOM, storage, cookies or contract responses', async ({
  studio,
  moto,
  apiRecorder,
  page,
  context,
}) => {
  await studio.addKeyDialog.open();
  await studio.addKeyDialog.fill({
    label: 'planted',
    accessKeyId: moto.accessKeyId,
    secretAccessKey: SECRET,
    sessionToken: TOKEN,
  });
  await studio.screenshot('add-static-key');
  await studio.addKeyDialog.save();

  const { response } = studio;
  await studio.callOperation({ ...pollyDescribeVoices, endpoint: moto.endpoint });
  await expect(response.status).toHaveText(/^200\b/);
  await expect(response.bodyText).toContainText('"Voices"');

  // Every view that shows what was signed or received, so its text is in the DOM when searched.
  const seen: string[] = [];
  for (const tab of ['Signature', 'Response headers', 'Response body'] as const) {
    await response.showTab(tab);
    seen.push(await everythingThePageKeeps(page));
  }
  seen.push(JSON.stringify(await context.cookies()));
  const bodies = await apiRecorder.bodies();
  expect(bodies.some((body) => body.includes('LanguageCode'))).toBe(true);
  seen.push(...bodies);

  for (const text of seen) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  }
});
