import type { Download, Locator, Page } from '@playwright/test';

/** The top-level Connector view: kept operations, the plan, and the bundle export. */
export class ConnectorPanel {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Connector', exact: true });
  }

  /** Keeps the shown response as a sample of the connector (on the response panel). */
  async addShownResponse(): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Response', exact: true })
      .getByRole('button', { name: 'Add to connector' })
      .click();
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Connector', exact: true }).click();
    await this.root.waitFor();
  }

  /** Back to the request and response view. */
  async openRequests(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Requests', exact: true }).click();
  }

  /** The planned microflow of one operation, by its name. */
  microflow(name: string): Locator {
    return this.root.getByRole('article', { name: `Microflow ${name}` });
  }

  /** The generated Model SDK script (mendix/apply-connector.ts of the bundle). */
  get modelSdkScript(): Locator {
    return this.root.getByLabel('Model SDK script');
  }

  /** The action that runs the script on a Mendix app. */
  get applyToMendix(): Locator {
    return this.root.getByRole('button', { name: 'Apply to Mendix app' });
  }

  get operations(): Locator {
    return this.root.getByRole('list', { name: 'Connector operations' }).getByRole('listitem');
  }

  /** Exports the bundle as a zip and returns the browser download it triggers. */
  async exportZip(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.root.getByRole('button', { name: 'Export bundle as zip' }).click();
    return download;
  }
}
