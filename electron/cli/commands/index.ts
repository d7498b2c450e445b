import type { CliCommand } from '../command';

/** A command as `--help` lists it; its module (and what that imports) loads only when it runs. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CliCommand>;
}

/**
 * Every CLI command, in the order `--help` lists them. Add a command with one entry here; the
 * dynamic import keeps start-up from loading every command's dependencies (and the catalog).
 */
export const commands: CommandEntry[] = [
  {
    name: 'send',
    summary: 'Sign an AWS request with SigV4 and send it (or --dry-run)',
    load: async () => (await import('./send')).sendCommand,
  },
  {
    name: 'services',
    summary: 'List the AWS services of the catalog',
    load: async () => (await import('./services')).servicesCommand,
  },
  {
    name: 'operations',
    summary: "List a service's operations from the catalog",
    load: async () => (await import('./operations')).operationsCommand,
  },
  {
    name: 'structure',
    summary: 'Infer the Mendix JSON structure of response samples',
    load: async () => (await import('./structure')).structureCommand,
  },
  {
    name: 'model',
    summary: 'Derive the Mendix entity model (json, mermaid or svg) from response samples',
    load: async () => (await import('./model')).modelCommand,
  },
  {
    name: 'plan',
    summary: 'Plan the connector microflows and check every name',
    load: async () => (await import('./plan')).planCommand,
  },
  {
    name: 'export',
    summary: 'Write the connector skeleton bundle (folder or .zip)',
    load: async () => (await import('./export')).exportCommand,
  },
  {
    name: 'apply',
    summary: 'Create or update the connector in a Mendix app (Model SDK)',
    load: async () => (await import('./apply')).applyCommand,
  },
  {
    name: 'import',
    summary: 'Import a Postman, Insomnia or curl file into a collection folder',
    load: async () => (await import('./import')).importCommand,
  },
  {
    name: 'convert',
    summary: 'Write a collection folder as Postman v2.1 or curl commands',
    load: async () => (await import('./convert')).convertCommand,
  },
  {
    name: 'run',
    summary: 'Send the requests of a collection folder and report each status',
    load: async () => (await import('./run')).runCommand,
  },
  {
    name: 'web',
    summary: 'Serve the app to your browser on 127.0.0.1 (keys in memory)',
    load: async () => (await import('./web')).webCommand,
  },
];

/** Loads every command (for the generated reference and tests), in `--help` order. */
export function loadAllCommands(): Promise<CliCommand[]> {
  return Promise.all(commands.map((entry) => entry.load()));
}
