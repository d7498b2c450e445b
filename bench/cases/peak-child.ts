import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { inferJsonStructure as Infer } from '../../shared/domain/json-structure/index';

// Run by peak-memory.ts in a fresh process: `peak-child.ts BUNDLE INPUT parse|ours`. Prints the
// process's highest RSS (maxRSS also sees inside a synchronous run) above the RSS with the input loaded.
const [bundle, input, subject] = process.argv.slice(2) as [string, string, string];
const { inferJsonStructure } = (await import(pathToFileURL(bundle).href)) as {
  inferJsonStructure: typeof Infer;
};
const bytes = readFileSync(input);
(globalThis as { gc?: () => void }).gc?.();
const base = process.memoryUsage.rss();
const result: unknown =
  subject === 'parse'
    ? JSON.parse(bytes.toString('utf8'))
    : inferJsonStructure([bytes.toString('utf8')], { studioProVersion: 10 });
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  `${JSON.stringify({ peakMb: (peak - base) / 2 ** 20, done: result !== undefined })}\n`,
);
