import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the 100 MB e2e (e2e/specs/large-response.spec.ts) leaves its figures for `npm run bench`. */
export const E2E_FIGURES_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'e2e',
  '.artifacts',
  'large-response-figures.json',
);

/** What one run of the 100 MB e2e measured, figure by figure (text as the e2e annotated it). */
export interface E2eFigures {
  /** When the e2e ran (ISO 8601). */
  measuredAt: string;
  /** One-minute load average of the machine when the e2e finished. */
  loadAverage: number;
  figures: Record<string, string>;
}

/** Writes the figures of an e2e run where the bench reads them. */
export function writeE2eFigures(figures: E2eFigures, file = E2E_FIGURES_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
}

/** The figures of the last e2e run as lines to print, or a line saying how to get them. */
export function describeE2eFigures(file = E2E_FIGURES_FILE): string[] {
  const title =
    '100 MB response in the browser (from the last `npx playwright test e2e/specs/large-response.spec.ts`)';
  if (!existsSync(file)) return [title, '  not measured yet: run that e2e, then the bench again'];
  const run = JSON.parse(readFileSync(file, 'utf8')) as E2eFigures;
  return [
    `${title}, ${run.measuredAt}, load average ${run.loadAverage.toFixed(2)}`,
    ...Object.entries(run.figures).map(([name, value]) => `  ${name}: ${value}`),
  ];
}
