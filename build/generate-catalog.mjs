// Generates shared/aws/catalog.json from the pinned aws-sdk v2 devDependency (its last models, 2024).
// `npm run catalog` writes the file; build/generate-catalog.test.ts regenerates it in memory and compares.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const catalogPath = `${root}shared/aws/catalog.json`;
export const defaultSdkDir = `${root}node_modules/aws-sdk`;

/**
 * Retired services are hidden from the catalog. Rule: a service is listed here once AWS has ended
 * support for it (its API no longer serves customers) on or before the date given, per the AWS
 * announcement or end-of-support page for that service. Hidden services stay findable by id in the
 * catalog's `retired` list so a lookup can say why the service is missing.
 */
export const retiredServices = {
  appmesh: '2026-09',
  applicationcostprofiler: '2024-09',
  elasticinference: '2024-04',
  elastictranscoder: '2025-11',
  evidently: '2025-10',
  importexport: '2017-12',
  inspector: '2026-05',
  iot1clickdevicesservice: '2024-12',
  iot1clickprojects: '2024-12',
  iotanalytics: '2025-12',
  iotevents: '2026-05',
  ioteventsdata: '2026-05',
  iotfleethub: '2025-10',
  iotthingsgraph: '2022-12',
  lexmodelbuildingservice: '2025-09',
  lexruntime: '2025-09',
  lookoutequipment: '2026-10',
  lookoutmetrics: '2025-10',
  lookoutvision: '2025-10',
  mediastore: '2025-11',
  mediastoredata: '2025-11',
  mobileanalytics: '2018-04',
  nimble: '2024-06',
  opsworks: '2024-05',
  opsworkscm: '2024-05',
  panorama: '2026-05',
  privatenetworks: '2025-05',
  proton: '2026-10',
  qldb: '2025-07',
  qldbsession: '2025-07',
  robomaker: '2025-09',
  sagemakeredge: '2024-04',
  simspaceweaver: '2026-05',
  sms: '2022-03',
  voiceid: '2026-05',
  waf: '2025-09',
  wafregional: '2025-09',
  workdocs: '2025-04',
  worklink: '2022-04',
};

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const sortBy = (key) => (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0);
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `file` (in the SDK's apis/ folder) is a minified model of the service with this prefix. */
export const isModelFile = (prefix) => {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}-\\d{4}-\\d{2}-\\d{2}\\.min\\.json$`);
  return (file) => pattern.test(file);
};

/** The newest model file (by API version date) of the service with this prefix, or undefined. */
export function latestModelFile(files, prefix) {
  return files.filter(isModelFile(prefix)).sort().at(-1);
}

/**
 * Every service of the SDK's apis/metadata.json, in its order, with its newest model file (a path)
 * and, for a retired service, the date it was retired.
 */
export function listServiceModels(sdkDir = defaultSdkDir) {
  const metadata = readJson(`${sdkDir}/apis/metadata.json`);
  const files = readdirSync(`${sdkDir}/apis`);
  return Object.entries(metadata).map(([id, entry]) => {
    const latest = latestModelFile(files, entry.prefix ?? id);
    if (!latest) throw new Error(`No model file for service ${id}.`);
    return { id, modelPath: `${sdkDir}/apis/${latest}`, retired: retiredServices[id] };
  });
}

/** Drops undefined and false values so the JSON stays compact and each field means "present". */
function compact(object) {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== false),
  );
}

function shapeOf(model, ref) {
  return ref && ref.shape ? { ...model.shapes[ref.shape], ...ref, shape: undefined } : ref;
}

/** What the request carries in its body for rest protocols: a structure, a raw blob, or nothing. */
function bodyKind(model, operation) {
  const input = shapeOf(model, operation.input);
  if (!input || !input.members) return undefined;
  if (input.payload) {
    const payload = shapeOf(model, input.members[input.payload]);
    return payload && payload.type === 'structure' ? 'structured' : 'blob';
  }
  return Object.values(input.members).some((member) => !member.location) ? 'structured' : undefined;
}

/**
 * Names of the required input members a rest request carries in the query string or in headers;
 * they tell apart operations that share a URI (S3 PutObject, CopyObject and UploadPart).
 */
function requiredLocations(model, operation, location) {
  const input = shapeOf(model, operation.input);
  if (!input || !input.members) return undefined;
  const names = (input.required ?? [])
    .filter((name) => input.members[name]?.location === location)
    .map((name) => input.members[name].locationName ?? name);
  const normalised = location === 'header' ? names.map((name) => name.toLowerCase()) : names;
  return normalised.length > 0 ? normalised.sort() : undefined;
}

function authTypeOf(operation) {
  if (operation.authtype) return operation.authtype;
  const auth = operation.auth ?? [];
  return auth.length > 0 && auth.every((scheme) => scheme === 'smithy.api#noAuth')
    ? 'none'
    : undefined;
}

function extractOperation(model, name, operation) {
  const rest = model.metadata.protocol.startsWith('rest-');
  return compact({
    name,
    method: operation.http?.method ?? 'POST',
    uri: operation.http?.requestUri ?? '/',
    hostPrefix: operation.endpoint?.hostPrefix,
    authType: authTypeOf(operation),
    deprecated: operation.deprecated === true,
    body: rest ? bodyKind(model, operation) : undefined,
    requiredQuery: rest ? requiredLocations(model, operation, 'querystring') : undefined,
    requiredHeaders: rest ? requiredLocations(model, operation, 'header') : undefined,
  });
}

function extractService(id, model) {
  const m = model.metadata;
  const operations = Object.entries(model.operations).map(([name, op]) =>
    extractOperation(model, name, op),
  );
  return {
    ...compact({
      id,
      fullName: m.serviceFullName,
      serviceId: m.serviceId,
      apiVersion: m.apiVersion,
      endpointPrefix: m.endpointPrefix,
      signingName: m.signingName ?? m.endpointPrefix,
      protocol: m.protocol,
      jsonVersion: m.jsonVersion,
      targetPrefix: m.targetPrefix,
      globalEndpoint: m.globalEndpoint,
      signatureVersion: m.signatureVersion,
      awsQueryCompatible: m.awsQueryCompatible !== undefined,
    }),
    operations: operations.sort(sortBy('name')),
  };
}

/** The standard (non-FIPS, non-dual-stack) endpoint rules, with named patterns resolved. */
function extractEndpointRules(regionConfig) {
  const entries = Object.entries(regionConfig.rules).map(([key, value]) => {
    const rule = typeof value === 'string' ? regionConfig.patterns[value] : value;
    return [
      key,
      compact({
        endpoint: rule.endpoint.replace(/^https?:\/\//, ''),
        global: rule.globalEndpoint === true,
        signingRegion: rule.signingRegion,
      }),
    ];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Reads the aws-sdk v2 package at `sdkDir` and returns the catalog object. */
export function buildCatalog(sdkDir = defaultSdkDir) {
  const services = [];
  const retired = [];
  for (const { id, modelPath, retired: since } of listServiceModels(sdkDir)) {
    const service = extractService(id, readJson(modelPath));
    if (since) retired.push({ id, fullName: service.fullName, since });
    else services.push(service);
  }
  return {
    sdkVersion: readJson(`${sdkDir}/package.json`).version,
    endpointRules: extractEndpointRules(readJson(`${sdkDir}/lib/region_config_data.json`)),
    retired: retired.sort(sortBy('id')),
    services: services.sort(sortBy('id')),
  };
}

/** Deterministic text: one operation per line so a model change shows as a small diff. */
export function serializeCatalog(catalog) {
  const services = catalog.services.map(({ operations, ...service }) => {
    const head = JSON.stringify(service).slice(0, -1);
    return `${head},"operations":[\n${operations.map((op) => JSON.stringify(op)).join(',\n')}\n]}`;
  });
  return [
    `{"sdkVersion":${JSON.stringify(catalog.sdkVersion)},`,
    `"endpointRules":${JSON.stringify(catalog.endpointRules)},`,
    `"retired":${JSON.stringify(catalog.retired)},`,
    `"services":[\n${services.join(',\n')}\n]}`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const catalog = buildCatalog();
  writeFileSync(catalogPath, serializeCatalog(catalog));
  const operationCount = catalog.services.reduce((sum, s) => sum + s.operations.length, 0);
  console.log(
    `Wrote ${catalogPath}: ${catalog.services.length} services, ${operationCount} operations, ` +
      `${catalog.retired.length} retired services hidden (aws-sdk ${catalog.sdkVersion}).`,
  );
}
