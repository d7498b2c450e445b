#!/usr/bin/env node
// The CLI runs from the bundle that `npm install` (prepare) or `npm run build` writes to dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'connector-studio is not built yet: run `npm run build` in the project folder.\n',
  );
  process.exit(70);
}
await import(bundle);
