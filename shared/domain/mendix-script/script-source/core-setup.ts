// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The core of the generated script: report, precondition check, module and folders. */
export const coreSetupSource = String.raw`// ---- Core: applies the connector spec to an opened model; no network of its own. ----

/** What a run created, changed or left alone, in the order it happened. */
export interface ApplyReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** What the user finishes by hand in Studio Pro (the SDK cannot express it offline). */
  manual: string[];
}

/** Raised before any change when the app cannot take the connector (nothing was modified). */
export class ApplyPreconditionError extends Error {
  constructor(readonly problems: string[]) {
    super('The app cannot take the connector; nothing was changed:\n- ' + problems.join('\n- '));
    this.name = 'ApplyPreconditionError';
  }
}

type Spec = ConnectorSpec;
type Report = ApplyReport;

/** Sets a property only when it differs, so a second run sends no deltas; true when it changed. */
function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): boolean {
  if (target[key] === value) return false;
  target[key] = value;
  return true;
}

function fingerprint(value: unknown): string {
  return 'connector-studio:' + createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** Documentation text with the fingerprint of what generated the document, to detect changes. */
function withFingerprint(documentation: string, value: unknown): string {
  return (documentation ? documentation + '\n\n' : '') + '(' + fingerprint(value) + ')';
}

function note(report: Report, changed: boolean, what: string): void {
  (changed ? report.updated : report.unchanged).push(what);
}

/** Everything the connector needs from the app, checked before the first change. */
export function checkApp(model: IModel, spec: Spec): void {
  const auth = spec.authentication;
  const problems: string[] = [];
  if (!model.allModules().some((m) => m.name === auth.module))
    problems.push('the app has no ' + auth.module + ' module: import AWS Authentication from the Marketplace first');
  const entities = [auth.entities.credentials, auth.entities.sigV4Builder, auth.entities.sigV4Parameter,
    auth.entities.sigV4Headers, auth.entities.abstractRequest, auth.entities.temporaryCredentials];
  for (const name of entities)
    if (!model.findEntityByQualifiedName(name)) problems.push('entity ' + name + ' is missing');
  for (const name of [auth.enumerations.region, auth.enumerations.httpMethod])
    if (!model.findEnumerationByQualifiedName(name)) problems.push('enumeration ' + name + ' is missing');
  if (!model.findEntityByQualifiedName(auth.basicClientConfig.entity))
    problems.push('entity ' + auth.basicClientConfig.entity + ' is missing (AWS Authentication 3.0.0 or above has it)');
  if (!model.findAssociationBaseByQualifiedName(auth.basicClientConfig.association))
    problems.push('association ' + auth.basicClientConfig.association + ' is missing (AWS Authentication 3.0.0 or above has it)');
  if (!model.findJavaActionByQualifiedName(auth.actions.getSigV4Headers))
    problems.push('Java action ' + auth.actions.getSigV4Headers + ' is missing');
  const existing = model.allModules().find((m) => m.name === spec.module);
  if (existing && existing.fromAppStore)
    problems.push('module ' + spec.module + ' comes from the Marketplace; rename the connector module');
  for (const entity of spec.entities)
    if (entity.generalization && !model.findEntityByQualifiedName(entity.generalization))
      problems.push('entity ' + entity.generalization + ' (generalization of ' + entity.name + ') is missing');
  problems.push(...missingXmlDocuments(model, spec));
  if (problems.length > 0) throw new ApplyPreconditionError(problems);
}

/**
 * XML operations: the Model SDK can hold an XML schema, but the element tree of an import mapping
 * on it is what Studio Pro derives from the XSD, which this script cannot reproduce faithfully. So
 * the user adds both by hand once; the script then uses that mapping.
 */
function missingXmlDocuments(model: IModel, spec: Spec): string[] {
  const has = (documents: Array<{ qualifiedName: string | null }>, name: string) =>
    documents.some((d) => d.qualifiedName === spec.module + '.' + name);
  return spec.xmlImports
    .filter((xml) => !has(model.allXmlSchemas(), xml.schema) || !has(model.allImportMappings(), xml.importMapping))
    .map((xml) => 'operation ' + xml.action + ' answers in XML: Studio Pro derives an import mapping on an XML schema from the XSD, which this script cannot.' +
      ' By hand in Studio Pro: in module ' + spec.module + ' (create it if needed) add the XML schema ' + xml.schema +
      ' (folder ' + xml.schemaFolder + ') from the bundle file ' + xml.schema + '.xsd, then the import mapping ' +
      xml.importMapping + ' (folder ' + xml.mappingFolder + ') on it with root element ' + xml.rootElement +
      ' ("Map automatically", then rename its entities as the bundle\'s mappings.json for ' + xml.action +
      ' lists them); then run this script again');
}

async function ensureModule(model: IModel, spec: Spec, report: Report): Promise<projects.IModule> {
  const existing = model.allModules().find((m) => m.name === spec.module);
  if (existing) {
    report.unchanged.push('module ' + spec.module);
    return existing;
  }
  const module = projects.Module.createIn(model.root);
  module.name = spec.module;
  domainmodels.DomainModel.createIn(module);
  security.ModuleSecurity.createIn(module);
  report.created.push('module ' + spec.module);
  return module;
}

/** Finds or creates the folder at a slash-separated path inside the module. */
function ensureFolder(module: projects.IModule, path: string, report: Report): projects.IFolderBase {
  let base: projects.IFolderBase = module;
  for (const name of path.split('/').filter(Boolean)) {
    const found: projects.IFolder | undefined = base.folders.find((f) => f.name === name);
    if (found) {
      base = found;
      continue;
    }
    const folder = projects.Folder.createIn(base);
    folder.name = name;
    report.created.push('folder ' + path);
    base = folder;
  }
  return base;
}

function ensureFolders(module: projects.IModule, spec: Spec, report: Report): Map<string, projects.IFolderBase> {
  const folders = new Map<string, projects.IFolderBase>();
  for (const path of spec.folders) {
    const before = report.created.length;
    folders.set(path, ensureFolder(module, path, report));
    if (report.created.length === before) report.unchanged.push('folder ' + path);
  }
  return folders;
}

function folderFor(module: projects.IModule, folders: Map<string, projects.IFolderBase>, path: string, report: Report) {
  return folders.get(path) ?? ensureFolder(module, path, report);
}
`;
