import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The response half: status, AWS error card, body, headers and signature tabs. */
export class ResponsePanel {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('region', { name: 'Response', exact: true });
  }

  get status(): Locator {
    return this.root.getByRole('status', { name: 'Response status' });
  }

  get awsError(): Locator {
    return this.root.getByRole('alert', { name: 'AWS error' });
  }

  get requestError(): Locator {
    return this.root.getByRole('alert', { name: 'Request error' });
  }

  /** The lines Monaco renders for the body (it draws only the visible ones). */
  get bodyText(): Locator {
    return this.root.getByRole('region', { name: 'Response body' }).locator('.view-lines');
  }

  async showTab(name: 'Response body' | 'Response headers' | 'Signature'): Promise<void> {
    await this.root.getByRole('tab', { name }).click();
  }

  /** What the last response action (copy, save, sample) reported. */
  get actionResult(): Locator {
    return this.root.getByRole('status', { name: 'Action result' });
  }

  /** Saves the response on screen as a sample of the collection request it came from. */
  async saveAsSample(): Promise<void> {
    await this.root.getByRole('button', { name: 'Save as sample' }).click();
    await expect(this.actionResult).toContainText('Saved the response as a sample');
  }

  get signedHeaders(): Locator {
    return this.root.getByRole('list', { name: 'Signed headers' }).getByRole('listitem');
  }
}
