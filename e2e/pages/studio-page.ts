import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { AddKeyDialog } from './add-key-dialog';
import type { StaticKey } from './add-key-dialog';
import { RequestPanel } from './request-panel';
import type { OperationChoice } from './request-panel';
import { ResponsePanel } from './response-panel';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** The whole app in browser mode. */
export class StudioPage {
  readonly request: RequestPanel;
  readonly response: ResponsePanel;
  readonly addKeyDialog: AddKeyDialog;

  constructor(readonly page: Page) {
    this.request = new RequestPanel(page);
    this.response = new ResponsePanel(page);
    this.addKeyDialog = new AddKeyDialog(page);
  }

  /** Opens the host's token URL; the app is ready once the catalog has filled the service picker. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Connector Studio' }).waitFor();
    await this.page.getByLabel('Host mode').waitFor();
  }

  /** Adds a static key through the dialog; the app selects it for signing. */
  async addStaticKey(key: StaticKey): Promise<void> {
    await this.addKeyDialog.open();
    await this.addKeyDialog.fill(key);
    await this.addKeyDialog.save();
  }

  /** Adds moto's key as the static key "moto"; the app selects it for signing. */
  async addMotoKey(moto: Pick<StaticKey, 'accessKeyId' | 'secretAccessKey'>): Promise<void> {
    await this.addStaticKey({
      label: 'moto',
      accessKeyId: moto.accessKeyId,
      secretAccessKey: moto.secretAccessKey,
    });
  }

  /** Picks an operation in the request editor, points it at a custom endpoint and sends it. */
  async callOperation(choice: OperationChoice): Promise<void> {
    await this.request.pickOperation(choice);
    await this.request.send();
  }

  /** Writes a screenshot to docs/screenshots/ (the README shows them), only with UPDATE_SCREENSHOTS=1. */
  async screenshot(name: string): Promise<void> {
    // Tracked files change only on purpose: a plain test run leaves the working tree clean.
    if (process.env.UPDATE_SCREENSHOTS !== '1') return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  }
}
