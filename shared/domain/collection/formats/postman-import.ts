import type { CollectionData, RequestFile, Variable } from '../schema';
import { ConversionReport } from '../report';
import type { ConversionNote, FoundSecret } from '../report';
import { applyAuth, authFromHeaders } from './auth-import';
import { SecretCollector, assembleCollection, childFolder, toRequestFile } from './common';
import type { FoundAuth, RawRequest } from './common';
import { isObj, str } from './json-values';
import type { Obj } from './json-values';
import { readPostmanAuth } from './postman-auth';
import { readPostmanBody } from './postman-body';
import { PathVariables, postmanUrl } from './postman-url';
import { buildEnvironment, readVariables } from './postman-variables';

/** What every importer returns: the collection, the secrets it found (kept out of it), and the report. */
export interface ImportResult {
  data: CollectionData;
  secrets: FoundSecret[];
  notes: ConversionNote[];
}

interface WalkContext {
  report: ConversionReport;
  paths: PathVariables;
  placeholders: Set<string>;
}

// Scripts cannot run here; each is named, with what it would have done left to the user.
function reportScripts(item: Obj, where: string, report: ConversionReport): void {
  for (const event of Array.isArray(item.event) ? item.event : []) {
    if (!isObj(event) || event.disabled === true || !isObj(event.script)) continue;
    const exec = event.script.exec;
    const code = Array.isArray(exec) ? exec.join('\n') : (str(exec) ?? '');
    if (!code.trim()) continue;
    const kind = event.listen === 'prerequest' ? 'pre-request script' : 'test script';
    report.add(
      'dropped',
      where,
      `${kind} not imported (scripts do not run here): set by hand what it computes`,
    );
  }
}

function readRequest(
  item: Obj,
  inherited: { folder: string; auth: FoundAuth | null | undefined },
  context: WalkContext,
): RawRequest {
  const name = str(item.name) ?? 'request';
  const request = isObj(item.request) ? item.request : { url: item.request };
  const headers = (Array.isArray(request.header) ? request.header : [])
    .filter(isObj)
    .filter((h) => h.disabled !== true)
    .map((h): [string, string] => [str(h.key) ?? '', str(h.value) ?? '']);
  const own = readPostmanAuth(request.auth, name, context);
  const auth = own === undefined ? inherited.auth : own;
  const body = readPostmanBody(request.body, { where: name, headers, report: context.report });
  reportScripts(item, name, context.report);
  if (isObj(item.protocolProfileBehavior) && Object.keys(item.protocolProfileBehavior).length > 0)
    context.report.add('dropped', name, 'client settings (protocolProfileBehavior) not imported');
  const raw: RawRequest = {
    name,
    folder: inherited.folder,
    method: str(request.method) ?? 'GET',
    url: postmanUrl(request.url, { where: name, ...context }),
    headers,
    ...(body === undefined ? {} : { body }),
    ...(auth ? { auth: { ...auth } } : {}),
  };
  authFromHeaders(raw);
  return raw;
}

function walkItems(root: Obj, context: WalkContext): RawRequest[] {
  const requests: RawRequest[] = [];
  const rootAuth = readPostmanAuth(root.auth, 'collection', context);
  reportScripts(root, 'collection', context.report);
  // Depth-first, in document order, without recursion: a crafted file may nest folders deeply.
  const pending: Array<{ item: Obj; folder: string; auth: FoundAuth | null | undefined }> = [];
  for (const item of [...(Array.isArray(root.item) ? root.item : [])].reverse())
    if (isObj(item)) pending.push({ item, folder: '', auth: rootAuth });
  while (pending.length > 0) {
    const { item, folder, auth } = pending.pop() as (typeof pending)[number];
    if (Array.isArray(item.item)) {
      const path = childFolder(folder, str(item.name) ?? 'folder', context.report);
      const own = readPostmanAuth(item.auth, path, context);
      reportScripts(item, `folder ${path}`, context.report);
      for (const child of [...item.item].reverse())
        if (isObj(child))
          pending.push({ item: child, folder: path, auth: own === undefined ? auth : own });
    } else requests.push(readRequest(item, { folder, auth }, context));
  }
  return requests;
}

/** Reads a Postman collection (v2.1 or v2.0): folders, variables, bodies and every auth type the app sends. */
export function importPostman(root: Obj): ImportResult {
  const report = new ConversionReport();
  const context: WalkContext = { report, paths: new PathVariables(), placeholders: new Set() };
  const info = isObj(root.info) ? root.info : {};
  const raws = walkItems(root, context);
  const variables = readVariables(root);
  const collector = new SecretCollector();
  const secretVariables = new Map<string, Variable>();
  const secretContext = { collector, variables, secretVariables, report };
  const requests: RequestFile[] = raws.map((raw) =>
    applyAuth(raw, toRequestFile(raw, report), secretContext),
  );
  if (isObj(root.protocolProfileBehavior) && Object.keys(root.protocolProfileBehavior).length > 0)
    report.add('dropped', 'collection', 'client settings (protocolProfileBehavior) not imported');
  for (const [name, value] of context.paths.values)
    if (!variables.has(name)) variables.set(name, value);
  const environments = buildEnvironment(
    variables,
    { secretVariables, collector, report },
    {
      name: 'Postman variables',
      requests,
      placeholders: context.placeholders,
    },
  );
  const rootRef = requests.find((r) => r.credentialId)?.credentialId;
  const data = assembleCollection({
    name: str(info.name) ?? 'Imported collection',
    requests,
    environments,
    ...(rootRef ? { credentialId: rootRef } : {}),
  });
  return { data, secrets: collector.secrets, notes: report.grouped() };
}
