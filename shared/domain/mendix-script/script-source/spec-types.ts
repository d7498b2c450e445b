// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The types of the data the generated script applies. */
export const specTypesSource = String.raw`// ---- The data this script applies (generated from the connector plan). ----

interface ElementData {
  path: string;
  parent: string | null;
  elementType: 'Object' | 'Array' | 'Wrapper' | 'Value';
  primitiveType: string;
  exposedName: string;
  minOccurs: number;
  maxOccurs: number;
  nillable: boolean;
  originalValue: string;
}

/** The names of the AWS Authentication module the connector builds on. */
interface AuthenticationNames {
  module: string;
  entities: { credentials: string; sigV4Builder: string; sigV4Parameter: string; sigV4Headers: string; abstractRequest: string; temporaryCredentials: string };
  sigV4Parameter: { key: string; value: string };
  sigV4Builder: { serviceName: string; httpMethod: string; region: string; path: string; requestBody: string; uriPrefix: string; subDomain: string };
  temporaryCredentials: { token: string };
  sigV4Headers: { endpointUrl: string };
  basicClientConfig: { entity: string; association: string; timeoutInMs: string };
  actions: { getSigV4Headers: string };
  getSigV4HeadersParameters: { builder: string; credentials: string; headers: string; query: string };
  enumerations: { region: string; httpMethod: string };
}

/** An entry of a signing list; 'when' (an expression) adds it only when true. */
interface ListEntry {
  key: string;
  value: string;
  when: string | null;
}

/** An import or export mapping on a JSON structure: mapped objects with their entities and values. */
interface MappingData {
  name: string;
  folder: string;
  structure: string;
  rootEntity: string;
  objects: Array<{ elementPath: string; entity: string; association: string | null; values: Array<{ elementPath: string; attribute: string }> }>;
}

/** Everything the script creates, in plain data. */
export interface ConnectorSpec {
  toolVersion: string;
  connector: string;
  module: string;
  folders: string[];
  authentication: AuthenticationNames;
  entities: Array<{
    name: string;
    documentation: string;
    generalization: string | null;
    attributes: Array<{ name: string; type: string; length: number; documentation: string }>;
  }>;
  associations: Array<{ name: string; parent: string; child: string; type: 'Reference' | 'ReferenceSet'; owner: 'Default' | 'Both' }>;
  jsonStructures: Array<{ name: string; folder: string; snippet: string; elements: ElementData[] }>;
  importMappings: MappingData[];
  exportMappings: MappingData[];
  xmlImports: Array<{ action: string; schema: string; schemaFolder: string; importMapping: string; mappingFolder: string; rootElement: string }>;
  microflows: Array<{
    name: string;
    folder: string;
    documentation: string;
    parameters: Array<{ name: string; type: string; documentation: string }>;
    returnEntity: string | null;
    requestParameter: string | null;
    exportMapping: string | null;
    checks: Array<{ attribute: string; condition: string }>;
    builder: { serviceName: string; httpMethod: string; path: string; requestBody: string; uriPrefix: string | null; subDomain: string | null };
    headers: Array<{ key: string; value: string }>;
    sessionToken: { key: string; value: string } | null;
    headerList: ListEntry[];
    queryList: ListEntry[];
    body: string | null;
    timeout: string;
    method: string;
    errorLog: string;
    importMapping: string | null;
    exposed: { caption: string; category: string; icon: string };
    manual: string[];
  }>;
}
`;
