#!/usr/bin/env node
// The CLI runs from the bundle that `npm install` (prepare) or `npm run build` writes to dist/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'connector-studio is not built yet: run `npm run build` in the project folder.\n',
  );
  process.exit(70);
}
// In a source checkout, an edit after the last build would run old code without a word: say so.
// Only for a person at a terminal: the check walks the sources (about 100 ms), which scripts and
// the start-up benchmark should not pay; tests that spawn the CLI check dist/ themselves.
const root = fileURLToPath(new URL('..', import.meta.url));
const isSourceCheckout =
  existsSync(join(root, 'shared')) && existsSync(join(root, 'build', 'dist-freshness.mjs'));
if (process.stderr.isTTY && isSourceCheckout) {
  const { distStaleness } = await import('../build/dist-freshness.mjs');
  const reason = distStaleness(root);
  if (reason)
    process.stderr.write(
      `connector-studio: dist/ is older than the sources (${reason}); run \`npm run build\` to run your changes.\n`,
    );
}
await import(bundle);
