// Writes docs/cli.md from the commands' own usage texts, so the reference cannot drift from the CLI.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAllCommands } from '../electron/cli/commands/index';

/** The CLI reference as Markdown: one section per command, its usage text verbatim. */
export async function renderCliDocs(): Promise<string> {
  const sections = (await loadAllCommands()).map(
    (command) =>
      `## ${command.name}\n\n${command.summary}\n\n\`\`\`text\n${command.usage.trimEnd()}\n\`\`\`\n`,
  );
  return [
    '# connector-studio CLI reference',
    '',
    'Generated from the commands themselves by `npm run docs:cli`; a test fails when this file is stale.',
    '',
    'Exit codes for every command: 0 success; 1 the service answered with an error (for `export --check`:',
    'error-level naming findings remain); 2 usage or malformed input; 3 credentials; 4 network or timeout;',
    '5 a local file or folder could not be read or written (`send --output /nonexistent/x`); 70 an unexpected failure.',
    '',
    ...sections,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(fileURLToPath(new URL('../docs/cli.md', import.meta.url)), await renderCliDocs());
}
