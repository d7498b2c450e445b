import type { Locator, Page } from '@playwright/test';

/** An AWS operation as the pickers choose it, and where it is sent. */
export interface OperationChoice {
  region: string;
  /** The service's full name and catalog id (several services share a name prefix). */
  service: { name: string; id: string };
  operation: string;
  /** The custom endpoint (moto, a local server); '' clears it. */
  endpoint: string;
}

/** The request half of the workspace, found by roles and accessible names. */
export class RequestPanel {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Request', exact: true });
  }

  /** Types into a searchable picker and chooses the option whose name matches. */
  async pick(
    picker: 'Region' | 'Service' | 'Operation',
    search: string,
    option: RegExp,
  ): Promise<void> {
    const input = this.root.getByRole('combobox', { name: picker, exact: true });
    await input.click();
    await input.fill(search);
    await this.root
      .getByRole('listbox', { name: `${picker} options` })
      .getByRole('option', { name: option })
      .first()
      .click();
  }

  async chooseRegion(id: string): Promise<void> {
    await this.pick('Region', id, new RegExp(`^${id}\\b`));
  }

  /** Chooses a service by its full name and catalog id (several services share a name prefix). */
  async chooseService(fullName: string, id: string): Promise<void> {
    await this.pick('Service', id, new RegExp(`^${fullName}\\s+${id}\\b`));
  }

  async chooseOperation(name: string): Promise<void> {
    await this.pick('Operation', name, new RegExp(`^${name}\\b`));
  }

  /** Picks region, service and operation, then sets the custom endpoint (nothing is sent). */
  async pickOperation(choice: OperationChoice): Promise<void> {
    await this.chooseRegion(choice.region);
    await this.chooseService(choice.service.name, choice.service.id);
    await this.chooseOperation(choice.operation);
    await this.setCustomEndpoint(choice.endpoint);
  }

  /** Sends requests to a custom endpoint (moto) instead of AWS. */
  async setCustomEndpoint(url: string): Promise<void> {
    await this.showTab('Settings');
    await this.root.getByLabel('Custom endpoint').fill(url);
  }

  async showTab(
    name: 'Query' | 'Request headers' | 'Request body' | 'Auth' | 'Settings',
  ): Promise<void> {
    await this.root.getByRole('tab', { name }).click();
  }

  /** The header table's rows as [name, value] (switches to its tab). */
  async headerRows(): Promise<Array<[string, string]>> {
    await this.showTab('Request headers');
    const table = this.root.getByRole('table', { name: 'Headers' });
    await table.waitFor();
    const names = await table
      .getByRole('textbox', { name: /^Header \d+ name$/ })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const values = await table
      .getByRole('textbox', { name: /^Header \d+ value$/ })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    return names.map((name, index) => [name, values[index] ?? '']);
  }

  get path(): Locator {
    return this.root.getByRole('textbox', { name: 'Path' });
  }

  get credentials(): Locator {
    return this.root.getByRole('combobox', { name: 'Credentials' });
  }

  async send(): Promise<void> {
    await this.root.getByRole('button', { name: 'Send', exact: true }).click();
  }
}
