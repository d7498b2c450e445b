// `npm start`: builds when dist/ is missing or older than the sources, then launches the Electron
// app, or the browser mode (with one paragraph saying why) where no Electron binary is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const isCi = Boolean(process.env.CI) && process.env.CI !== 'false';

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === '__mocks__') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function builtOutputs() {
  const outputs = ['dist/cli.mjs'];
  if (existsSync(join(root, 'renderer/index.html'))) outputs.push('dist/renderer/index.html');
  if (existsSync(join(root, 'electron/main/main.ts')))
    outputs.push('dist/electron/main.cjs', 'dist/electron/preload.cjs');
  return outputs.map((output) => join(root, output));
}

function needsBuild() {
  const outputs = builtOutputs();
  if (outputs.some((output) => !existsSync(output))) return true;
  const oldestOutput = Math.min(...outputs.map((output) => statSync(output).mtimeMs));
  const sources = ['electron', 'shared', 'renderer', 'build/build.mjs', 'package.json'];
  return sources.some((source) => newestMtime(join(root, source)) > oldestOutput);
}

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function run(command, commandArgs) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

const WHY_BROWSER = `Connector Studio is starting in browser mode, because the Electron binary is not installed here: npm installed the electron package without it, which happens when ELECTRON_SKIP_BINARY_DOWNLOAD=1 is set or when Electron's download host (github.com) cannot be reached. To get the desktop app, run \`node node_modules/electron/install.js\` where the network allows it, then \`npm start\` again. Meanwhile the same UI runs in your browser, served on 127.0.0.1 only; static keys you enter there are kept in memory for this run only.`;

if (needsBuild()) {
  process.stdout.write(
    'Building Connector Studio (dist/ is missing or older than the sources)...\n',
  );
  const built = spawnSync(process.execPath, [join(root, 'build/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(built.status ?? 1);
  }
}

const electron = args.includes('--browser') ? undefined : electronBinary();
if (electron) {
  run(electron, [root]);
} else {
  if (!args.includes('--browser')) process.stdout.write(`\n${WHY_BROWSER}\n\n`);
  const noOpen = args.includes('--no-open') || isCi;
  const port = args.find((arg) => /^--port=\d+$/.test(arg))?.slice('--port='.length);
  run(process.execPath, [
    join(root, 'bin/connector-studio.js'),
    'web',
    ...(port ? ['--port', port] : []),
    ...(noOpen ? ['--no-open'] : []),
  ]);
}
