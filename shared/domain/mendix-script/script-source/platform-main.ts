// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The thin main of the generated script: token, temporary working copy, commit. */
export const platformMainSource = String.raw`// ---- Main: the Mendix Platform part (token, temporary working copy, commit). ----

function argument(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

/** Prints what a run did, one line per document. */
export function formatReport(report: ApplyReport): string {
  return [
    ...report.created.map((what) => 'created ' + what),
    ...report.updated.map((what) => 'updated ' + what),
    report.unchanged.length + ' unchanged',
    ...report.manual.map((what) => 'by hand: ' + what),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const appId = argument(argv, '--app-id');
  const branch = argument(argv, '--branch') ?? 'main';
  const token = process.env.MENDIX_TOKEN;
  if (!appId) {
    console.error('Usage: MENDIX_TOKEN=... npx tsx apply-connector.ts --app-id ID [--branch main]');
    return 2;
  }
  if (!token) {
    console.error('Set MENDIX_TOKEN to a Mendix personal access token (scopes mx:modelrepository:repo:write, mx:modelrepository:write).');
    return 2;
  }
  setPlatformConfig({ mendixToken: token });
  const app = new MendixPlatformClient().getApp(appId);
  console.log('Opening a temporary working copy of ' + appId + ' (' + branch + ')...');
  const workingCopy = await app.createTemporaryWorkingCopy(branch);
  const model = await workingCopy.openModel();
  const report = await applyConnector(model);
  console.log(formatReport(report));
  if (report.created.length === 0 && report.updated.length === 0) {
    console.log('Nothing to change; no commit.');
    return 0;
  }
  await model.flushChanges();
  await workingCopy.commitToRepository(branch, {
    commitMessage: 'Connector Studio: apply ' + connectorSpec.connector + ' connector (' + connectorSpec.module + ')',
  });
  console.log('Committed to ' + branch + '.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof ApplyPreconditionError ? error.message : 'Apply failed: ' + (error instanceof Error ? error.message : String(error)));
      process.exit(1);
    },
  );
}
`;
