import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** What the new-collection form asks for. */
export interface NewCollection {
  dir: string;
  name: string;
  service: string;
  region: string;
}

/** The collections sidebar, found by roles and accessible names. */
export class CollectionsPanel {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('complementary', { name: 'Collections' });
  }

  /** The open collection's part of the sidebar. */
  get openCollection(): Locator {
    return this.root.getByRole('region', { name: 'Open collection' });
  }

  get unsavedMarker(): Locator {
    return this.openCollection.getByLabel('Unsaved changes');
  }

  /** Creates a collection folder through the form and waits until it is open. */
  async create(input: NewCollection): Promise<void> {
    const form = this.root.getByRole('form', { name: 'New collection' });
    await form.getByRole('textbox', { name: 'Folder', exact: true }).fill(input.dir);
    await form.getByRole('textbox', { name: 'Collection name', exact: true }).fill(input.name);
    await form
      .getByRole('textbox', { name: 'Collection service', exact: true })
      .fill(input.service);
    await form
      .getByRole('textbox', { name: 'Collection default region', exact: true })
      .fill(input.region);
    await form.getByRole('button', { name: 'New collection' }).click();
    await expect(this.openCollection.getByRole('heading', { name: input.name })).toBeVisible();
  }

  /** Adds the request being edited to the open collection under a name. */
  async addCurrentRequest(name: string): Promise<void> {
    await this.openCollection.getByRole('textbox', { name: 'New request name' }).fill(name);
    await this.openCollection.getByRole('button', { name: 'Add request' }).click();
    await expect(this.request(name)).toBeVisible();
  }

  /** Saves the open collection and waits until nothing is left unsaved. */
  async save(): Promise<void> {
    await this.openCollection.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.unsavedMarker).toHaveCount(0);
  }

  /** The marker of edits to the bound saved request that are not saved yet. */
  get draftMarker(): Locator {
    return this.openCollection.getByLabel('Unsaved draft');
  }

  /** Writes the draft into the bound saved request and waits until it is on disk. */
  async saveRequest(): Promise<void> {
    await this.openCollection.getByRole('button', { name: 'Save request' }).click();
    await expect(this.draftMarker).toHaveCount(0);
    await expect(this.unsavedMarker).toHaveCount(0);
  }

  /** Puts the bound saved request back into the editor. */
  async discardDraft(): Promise<void> {
    await this.openCollection.getByRole('button', { name: 'Discard draft' }).click();
    await expect(this.draftMarker).toHaveCount(0);
  }

  /** Starts a blank request bound to no saved one. */
  async newRequest(): Promise<void> {
    await this.root.getByRole('button', { name: 'New request', exact: true }).click();
  }

  /** The alert shown when a save was refused because files changed on disk since load. */
  get saveConflict(): Locator {
    return this.root.getByRole('alert', { name: 'Save conflict' });
  }

  /** Opens a collection from the recent list. */
  async openRecent(name: string): Promise<void> {
    await this.root
      .getByRole('list', { name: 'Recent collections' })
      .getByRole('button', { name, exact: true })
      .click();
    await expect(this.openCollection.getByRole('heading', { name })).toBeVisible();
  }

  /** Imports a Postman, Insomnia or cURL text into the open collection as if the user picked a file. */
  async importFile(name: string, text: string): Promise<void> {
    await this.openCollection.getByLabel('Import file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(this.importReport).toBeVisible();
  }

  /** What the last import stored in the credential store and could not carry over. */
  get importReport(): Locator {
    return this.openCollection.getByRole('list', { name: 'Import report' });
  }

  /** The count of samples of the request the editor is bound to (`1 sample`, `2 samples`). */
  get sampleCount(): Locator {
    return this.openCollection.locator('summary').filter({ hasText: /^\d+ samples?$/ });
  }

  /** The note that says which saved request the editor writes into. */
  editing(name: string): Locator {
    return this.root
      .page()
      .getByRole('status')
      .filter({ hasText: `Editing “${name}”` });
  }

  /** The button that opens a saved request (its name is the method and the request name). */
  request(name: string): Locator {
    return this.openCollection.getByRole('button', { name: new RegExp(`^[A-Z]+ ${name}$`) });
  }
}
