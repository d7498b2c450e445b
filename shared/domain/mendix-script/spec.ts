import type { StructureElement } from '../json-structure/types';
import { toRepresentativeSnippet } from '../json-structure/snippet';
import type { PlannedOperation } from '../plan/types';

/** One JSON structure element as the Model SDK stores it (`mappings.Element`). */
export interface ScriptElement {
  path: string;
  /** Path of the parent element, or null for the root. */
  parent: string | null;
  elementType: 'Object' | 'Array' | 'Wrapper' | 'Value';
  primitiveType: string;
  exposedName: string;
  minOccurs: number;
  maxOccurs: number;
  nillable: boolean;
  /** The sample value without quotes, as Studio Pro keeps it in `originalValue`. */
  originalValue: string;
}

/** The names of the AWS Authentication module the script uses (a subset of `awsAuthentication`). */
export interface AuthenticationNames {
  module: string;
  entities: {
    credentials: string;
    sigV4Builder: string;
    sigV4Parameter: string;
    sigV4Headers: string;
    abstractRequest: string;
    temporaryCredentials: string;
  };
  sigV4Parameter: { key: string; value: string };
  sigV4Builder: {
    serviceName: string;
    httpMethod: string;
    region: string;
    path: string;
    requestBody: string;
    uriPrefix: string;
    subDomain: string;
  };
  temporaryCredentials: { token: string };
  sigV4Headers: { endpointUrl: string };
  /** The client configuration every request carries (its timeout), reached over the association. */
  basicClientConfig: { entity: string; association: string; timeoutInMs: string };
  actions: { getSigV4Headers: string };
  getSigV4HeadersParameters: {
    builder: string;
    credentials: string;
    headers: string;
    query: string;
  };
  enumerations: { region: string; httpMethod: string };
}

export interface ScriptJsonStructure {
  name: string;
  folder: string;
  snippet: string;
  elements: ScriptElement[];
}

export interface ScriptEntity {
  name: string;
  documentation: string;
  /** Qualified name of the generalization (`AWSAuthentication.AbstractRequest`), if any. */
  generalization: string | null;
  attributes: Array<{ name: string; type: string; length: number; documentation: string }>;
}

export interface ScriptAssociation {
  name: string;
  parent: string;
  child: string;
  type: 'Reference' | 'ReferenceSet';
  owner: 'Default' | 'Both';
}

export interface ScriptImportMapping {
  name: string;
  folder: string;
  structure: string;
  /** The entity the mapping returns (its root object). */
  rootEntity: string;
  objects: Array<{
    elementPath: string;
    entity: string;
    /** The association to the parent object's entity, or null for the root. */
    association: string | null;
    values: Array<{ elementPath: string; attribute: string }>;
  }>;
}

/** An export mapping from the request entity to the request body's JSON structure. */
export interface ScriptExportMapping {
  name: string;
  folder: string;
  structure: string;
  /** The entity the mapping takes as its parameter (the request). */
  rootEntity: string;
  objects: ScriptImportMapping['objects'];
}

/** An operation that answers in XML: its schema and mapping are made by hand in Studio Pro. */
export interface ScriptXmlImport {
  action: string;
  schema: string;
  schemaFolder: string;
  importMapping: string;
  mappingFolder: string;
  /** The document element of the response (`ListBucketResult`). */
  rootElement: string;
}

export interface ScriptMicroflow {
  name: string;
  folder: string;
  documentation: string;
  parameters: Array<{ name: string; type: string; documentation: string }>;
  returnEntity: string | null;
  /** The request parameter: the export mapping's input and the start of the client configuration. */
  requestParameter: string | null;
  /** The export mapping that makes `$RequestBody`, when the plan has one. */
  exportMapping: string | null;
  /** The required inputs checked first: a decision each; a missing one is logged and the microflow ends. */
  checks: Array<{ attribute: string; condition: string }>;
  /** SigV4Builder members as plan expressions (RequestBody is `$RequestBody`, a form expression, a literal). */
  builder: {
    serviceName: string;
    httpMethod: string;
    path: string;
    requestBody: string;
    uriPrefix: string | null;
    subDomain: string | null;
  };
  /** The headers every Call REST activity sends. */
  headers: Array<{ key: string; value: string }>;
  /** The session token header, sent on the temporary-credentials branch of an inheritance split. */
  sessionToken: { key: string; value: string } | null;
  /** The header and query lists GetSigV4Headers signs: Mendix expressions; `when` adds an entry only when it is true. */
  headerList: ScriptListEntry[];
  queryList: ScriptListEntry[];
  /** The Call REST request template expression, when the call sends a body. */
  body: string | null;
  timeout: string;
  method: string;
  errorLog: string;
  importMapping: string | null;
  /** The toolbox icon is a base64 PNG (the plan's AWS icon). */
  exposed: { caption: string; category: string; icon: string };
  /** What the script leaves to the user for this microflow, in words. */
  manual: string[];
}

export interface ScriptListEntry {
  key: string;
  value: string;
  when: string | null;
}

/** Everything the generated script creates, in plain data: the script's only input. */
export interface ConnectorScriptSpec {
  toolVersion: string;
  connector: string;
  module: string;
  folders: string[];
  authentication: AuthenticationNames;
  entities: ScriptEntity[];
  associations: ScriptAssociation[];
  jsonStructures: ScriptJsonStructure[];
  importMappings: ScriptImportMapping[];
  exportMappings: ScriptExportMapping[];
  /** XML operations: the script stops until their schema and import mapping exist in the app. */
  xmlImports: ScriptXmlImport[];
  microflows: ScriptMicroflow[];
}

function unquote(sample: string | undefined): string {
  if (sample === undefined) return '';
  if (!sample.startsWith('"')) return sample;
  try {
    return String(JSON.parse(sample));
  } catch {
    return sample;
  }
}

/** The element tree of a structure as the SDK stores it, pre-order (parents first). */
export function scriptElements(elements: readonly StructureElement[]): ScriptElement[] {
  return elements.map((element) => ({
    path: element.path,
    parent: element.parent < 0 ? null : (elements[element.parent]?.path ?? null),
    elementType: element.kind,
    primitiveType: element.primitiveType,
    exposedName: element.name,
    minOccurs: element.minOccurs,
    maxOccurs: element.maxOccurs,
    nillable: element.nillable,
    originalValue: element.kind === 'Value' ? unquote(element.sample) : '',
  }));
}

export function documentOf(operation: PlannedOperation, id: string) {
  return operation.documents.find((d) => d.id === id);
}

/** The JSON structure documents of an operation: the response, and the request body when there is one. */
export function jsonStructuresOf(operation: PlannedOperation): ScriptJsonStructure[] {
  const result: ScriptJsonStructure[] = [];
  const json = documentOf(operation, 'json');
  if (json)
    result.push({
      name: json.name,
      folder: json.folder,
      snippet: toRepresentativeSnippet(operation.responseStructure),
      elements: scriptElements(operation.responseStructure.elements),
    });
  const request = documentOf(operation, 'json-request');
  if (request && operation.requestStructure)
    result.push({
      name: request.name,
      folder: request.folder,
      snippet: toRepresentativeSnippet(operation.requestStructure),
      elements: scriptElements(operation.requestStructure.elements),
    });
  return result;
}
