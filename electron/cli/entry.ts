import { main } from './main';

// A closed pipe (`connector-studio services | head`) is a normal end of output, not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `connector-studio: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 70;
});
