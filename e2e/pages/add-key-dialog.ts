import type { Locator, Page } from '@playwright/test';

/** A static key as a user types it into the app. */
export interface StaticKey {
  label: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The "Add static key" dialog. */
export class AddKeyDialog {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Add static key' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add static key' }).click();
  }

  async fill(key: StaticKey): Promise<void> {
    await this.root.getByLabel('Key label').fill(key.label);
    await this.root.getByLabel('Access key ID').fill(key.accessKeyId);
    await this.root.getByLabel('Secret access key').fill(key.secretAccessKey);
    if (key.sessionToken)
      await this.root.getByLabel('Session token (optional)').fill(key.sessionToken);
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Save key' }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}
