import { main } from './main';

main().catch((error: unknown) => {
  process.stderr.write(`connector-studio: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 70;
});
