import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The Structure and Entities tabs of the response panel. */
export class DiagramPanel {
  readonly response: Locator;

  constructor(page: Page) {
    this.response = page.getByRole('region', { name: 'Response', exact: true });
  }

  async showStructure(): Promise<void> {
    await this.response.getByRole('tab', { name: 'Structure' }).click();
    await expect(this.response.getByRole('treegrid', { name: 'JSON structure' })).toBeVisible();
  }

  async showEntities(): Promise<void> {
    await this.response.getByRole('tab', { name: 'Entities' }).click();
  }

  get exportSvg(): Locator {
    return this.response.getByRole('button', { name: 'Export SVG' });
  }

  get layingOut(): Locator {
    return this.response.getByRole('status').filter({ hasText: 'Laying out…' });
  }

  /** The convention that leaves out wrappers of primitive lists (a model decision). */
  get dropWrappers(): Locator {
    return this.response.getByRole('checkbox', { name: 'Leave out wrappers of value lists' });
  }

  /** The drawn diagram's entity names. */
  get entityNames(): Locator {
    return this.response.getByTestId('entity-diagram-drawing').locator('.cs-name');
  }

  /** Waits until the diagram is drawn: the layout finished, the export enabled, no error shown. */
  async expectDrawn(): Promise<void> {
    await expect(this.exportSvg).toBeEnabled();
    await expect(this.layingOut).toHaveCount(0);
    await expect(this.entityNames.first()).toBeVisible();
    await expect(this.response.getByRole('alert')).toHaveCount(0);
  }
}
