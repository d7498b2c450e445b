// Runs Electronegativity, offline, on the Electron main process, the preload and the UI's CSP; exits 1 on a real finding.
// Usage: node --import tsx build/electronegativity.mjs [--root <project folder>]
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  acceptedCspFindings,
  excludedChecks,
  scanned,
  suppressions,
} from './electronegativity.config.mjs';

// The tool fetches translations and release lists on every run; the scan must never leave the machine.
function blockNetwork() {
  const refuse = () => {
    throw new Error('network access is disabled during the Electronegativity scan');
  };
  http.request = http.get = https.request = https.get = refuse;
  const connect = net.Socket.prototype.connect;
  // Local pipes stay allowed (tsx's loader talks over one); any TCP connection is refused.
  net.Socket.prototype.connect = function (...args) {
    const options = Array.isArray(args[0]) ? args[0][0] : args[0];
    if (typeof options?.path === 'string') return connect.apply(this, args);
    return refuse();
  };
}

const HEADER_CSP_FILE = 'app-protocol-csp.html';
const HEADER_CSP_SOURCE = 'electron/web-host/security-headers.ts';

function listSources(root, folder) {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((name) => join(folder, String(name)).split(sep).join('/'))
    .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path));
}

// The CSP reaches the window as a response header (app-protocol.ts), which the tool cannot see:
// give it the very header value as a <meta> so it evaluates the policy actually enforced.
async function headerCspPage(root) {
  const source = join(root, HEADER_CSP_SOURCE);
  if (!existsSync(source)) return undefined;
  const { CONTENT_SECURITY_POLICY } = await import(pathToFileURL(source).href);
  const escaped = CONTENT_SECURITY_POLICY.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return `<!doctype html>\n<meta http-equiv="Content-Security-Policy" content="${escaped}">\n`;
}

/** Copies the shipped sources into a fresh folder so test files and fakes never reach the scan. */
async function stage(root) {
  const staged = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const files = [
    ...scanned.folders.flatMap((folder) => listSources(root, folder)),
    ...scanned.files.filter((file) => existsSync(join(root, file))),
  ];
  for (const file of files) {
    mkdirSync(dirname(join(staged, file)), { recursive: true });
    copyFileSync(join(root, file), join(staged, file));
  }
  const page = await headerCspPage(root);
  if (page) writeFileSync(join(staged, HEADER_CSP_FILE), page);
  return { staged, files };
}

function displayName(file) {
  return file === HEADER_CSP_FILE ? `${HEADER_CSP_SOURCE} (CSP header)` : file;
}

function findSuppression(root, issue) {
  return suppressions.find((rule) => {
    if (rule.check !== issue.id || rule.file !== issue.file) return false;
    const lines = readFileSync(join(root, issue.file), 'utf8').split('\n');
    return lines[issue.location.line - 1]?.includes(rule.lineIncludes) ?? false;
  });
}

// Mirrors CSPGlobalCheck: the evaluator's remarks it counts as (maybe) weak, minus the accepted ones.
function unacceptedCspRemarks(require, policy) {
  const csp = require('@doyensec/csp-evaluator');
  const counted = ['HIGH', 'MEDIUM', 'HIGH_MAYBE', 'MEDIUM_MAYBE'].map(
    (name) => csp.severities[name],
  );
  const remarks = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
  return remarks
    .filter((remark) => counted.includes(remark.severity))
    .filter(
      (remark) =>
        !acceptedCspFindings.some(
          (accepted) => accepted.directive === remark.directive && accepted.value === remark.value,
        ),
    )
    .map((remark) => `${remark.directive} ${remark.value ?? ''}: ${remark.description}`);
}

function describeIssue(issue) {
  const where =
    issue.file === 'N/A' ? '(whole app)' : `${displayName(issue.file)}:${issue.location.line}`;
  const review = issue.manualReview ? ', review required' : '';
  return `${issue.id} [${issue.severity.name}/${issue.confidence.name}${review}] ${where}\n    ${issue.description} ${issue.shortenedURL}`;
}

async function scan(root) {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity');
  const electronVersion = require('electron/package.json').version;
  const { staged, files } = await stage(root);
  const quiet = console.log;
  try {
    // The tool prints progress and its failed translation download; our report below says what matters.
    console.log = () => {};
    const result = await run({
      input: staged,
      excludeFromScan: excludedChecks.map((entry) => entry.check),
      electronVersionOverride: electronVersion,
      isRelative: true,
      parserPlugins: [],
    });
    return { ...result, files, electronVersion };
  } finally {
    console.log = quiet;
    rmSync(staged, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({ options: { root: { type: 'string' } } });
  const root = values.root ?? fileURLToPath(new URL('..', import.meta.url));
  blockNetwork();
  const result = await scan(root);
  const failures = [];
  const used = new Set();
  const require = createRequire(import.meta.url);
  for (const issue of result.issues) {
    if (issue.id === 'CSP_GLOBAL_CHECK' && typeof issue.sample === 'string') {
      const remarks = unacceptedCspRemarks(require, issue.sample);
      if (remarks.length === 0) continue;
      issue.description += `\n    ${remarks.join('\n    ')}`;
      failures.push(issue);
      continue;
    }
    const rule = issue.file === 'N/A' ? undefined : findSuppression(root, issue);
    // Every finding fails, whatever its rating: the tool rates e.g. `nodeIntegration: true` INFORMATIONAL.
    if (rule) used.add(rule);
    else failures.push(issue);
  }
  const broken = result.errors.filter((error) => !error.tolerable);
  console.log(
    `Electronegativity: ${result.files.length} files, Electron ${result.electronVersion}, ${result.globalChecks + result.atomicChecks} checks, ${used.size} suppressed finding(s) (build/electronegativity.config.mjs).`,
  );
  for (const rule of suppressions.filter((entry) => !used.has(entry))) {
    console.log(
      `warning: suppression ${rule.check} in ${rule.file} matched nothing; remove it from the config.`,
    );
  }
  for (const error of broken) console.error(`could not parse ${error.file}: ${error.message}`);
  for (const issue of failures) console.error(`FINDING: ${describeIssue(issue)}`);
  if (failures.length > 0 || broken.length > 0) {
    console.error(`${failures.length} finding(s), ${broken.length} unparsed file(s).`);
    process.exitCode = 1;
  } else {
    console.log('No findings.');
  }
}

await main();
