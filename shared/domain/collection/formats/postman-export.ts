import type { CollectionData, CollectionRequest } from '../schema';
import { ConversionReport } from '../report';
import type { ConversionNote } from '../report';
import { chooseEnvironment, orderedRequests, reportStudioOnly } from './export-common';
import { effectiveTarget, requestOrigin, requestUrl } from './request-url';
import { storedSecretVariables } from './postman-export-auth';
import { encodeKeepingVariables } from './url';
import { postmanAuth } from './postman-export-auth';

/** The schema id Postman writes into v2.1 exports. */
export const POSTMAN_V21_SCHEMA =
  'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
export const KEY_VARIABLES = ['accessKey', 'secretKey', 'sessionToken'] as const;

interface PostmanItem {
  name: string;
  item?: PostmanItem[];
  request?: Record<string, unknown>;
}

/** The result of an export: the text to write and what the target could not hold. */
export interface ExportResult {
  text: string;
  notes: ConversionNote[];
}

function postmanUrl(data: CollectionData, entry: CollectionRequest): Record<string, unknown> {
  const origin = requestOrigin(data.collection, entry.request);
  // A base-URL template (`{{baseUrl}}`) has no protocol of its own: Postman keeps it as the host.
  const [protocol, hostPort = ''] = origin.includes('://')
    ? origin.split('://')
    : [undefined, origin];
  const [hostname = '', port] = hostPort.startsWith('{{') ? [hostPort] : hostPort.split(':');
  return {
    raw: requestUrl(data.collection, entry.request),
    ...(protocol ? { protocol } : {}),
    host: hostPort.startsWith('{{') ? [hostname] : hostname.split('.'),
    ...(port ? { port } : {}),
    path: entry.request.path.split('/').slice(1).map(encodeKeepingVariables),
    ...(entry.request.query.length
      ? { query: entry.request.query.map(([key, value]) => ({ key, value })) }
      : {}),
  };
}

function postmanRequest(
  data: CollectionData,
  entry: CollectionRequest,
  report: ConversionReport,
): PostmanItem {
  const { request } = entry;
  const { region, service } = effectiveTarget(data.collection, request);
  reportStudioOnly(entry, report, 'Postman');
  if (request.operation)
    report.add(
      'dropped',
      request.name,
      `operation name "${request.operation}" is not held by Postman`,
    );
  const json = request.headers.some(
    ([name, value]) => name.toLowerCase() === 'content-type' && value.includes('json'),
  );
  const auth = postmanAuth(request, { region, service }, report);
  return {
    name: request.name,
    request: {
      method: request.method,
      header: request.headers.map(([key, value]) => ({ key, value })),
      url: postmanUrl(data, entry),
      ...(request.body?.kind === 'text'
        ? {
            body: {
              mode: 'raw',
              raw: request.body.text,
              ...(json ? { options: { raw: { language: 'json' } } } : {}),
            },
          }
        : {}),
      auth,
    },
  };
}

// Builds the Postman folder tree from folder paths without recursion: each folder is found or made by its path.
function folderTree(): {
  root: PostmanItem[];
  add(folder: string, item: PostmanItem): void;
  addFolders(paths: string[]): void;
} {
  const root: PostmanItem[] = [];
  const folders = new Map<string, PostmanItem>();
  const ensure = (path: string): PostmanItem[] => {
    if (!path) return root;
    let parent = root;
    let sofar = '';
    for (const part of path.split('/')) {
      sofar = sofar ? `${sofar}/${part}` : part;
      let folder = folders.get(sofar);
      if (!folder) {
        folder = { name: part, item: [] };
        folders.set(sofar, folder);
        parent.push(folder);
      }
      parent = folder.item as PostmanItem[];
    }
    return parent;
  };
  return {
    root,
    add: (folder, item) => ensure(folder).push(item),
    addFolders: (paths) => paths.forEach(ensure),
  };
}

function variables(
  data: CollectionData,
  environmentName: string | undefined,
  report: ConversionReport,
): Array<{ key: string; value: string }> {
  const environment = chooseEnvironment(data, environmentName);
  const out = (environment?.variables ?? []).map((v) => {
    if ('value' in v) return { key: v.name, value: v.value };
    report.add(
      'secret',
      `variable ${v.name}`,
      'a secret variable is exported empty: set it in Postman',
    );
    return { key: v.name, value: '' };
  });
  const signed = data.requests.some((r) => (r.request.auth?.type ?? 'sigv4') === 'sigv4');
  const needed = [...(signed ? KEY_VARIABLES : []), ...storedSecretVariables(data)];
  for (const key of needed) if (!out.some((v) => v.key === key)) out.push({ key, value: '' });
  if (signed)
    report.add(
      'secret',
      'collection',
      `keys are the variables {{accessKey}}, {{secretKey}}, {{sessionToken}}, exported empty`,
    );
  for (const other of data.collection.environments)
    if (other !== environment)
      report.add(
        'dropped',
        `environment ${other.name}`,
        'Postman collections hold one set of variables; export the environment separately',
      );
  return out;
}

/** Writes a collection as a Postman v2.1 collection with `awsv4` auth whose keys are `{{variables}}`. */
export function exportPostman(
  data: CollectionData,
  options: { environment?: string } = {},
): ExportResult {
  const report = new ConversionReport();
  const tree = folderTree();
  for (const entry of orderedRequests(data))
    tree.add(entry.request.folder, postmanRequest(data, entry, report));
  // Empty folders go last; the others appear where their first request does.
  tree.addFolders(data.collection.folders);
  if (data.collection.credentialId)
    report.add(
      'dropped',
      'collection',
      `credential reference "${data.collection.credentialId}" is not held by Postman`,
    );
  if (data.collection.module)
    report.add('dropped', 'collection', 'module settings are not held by Postman');
  const collection = {
    info: { name: data.collection.name, schema: POSTMAN_V21_SCHEMA },
    item: tree.root,
    variable: variables(data, options.environment, report),
  };
  return { text: `${JSON.stringify(collection, null, 2)}\n`, notes: report.notes };
}
