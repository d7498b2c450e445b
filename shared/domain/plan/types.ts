import type { CatalogProtocol } from '../../aws/catalog';
import type { JsonStructure } from '../json-structure/types';
import type { XmlDocument } from '../xml-schema/response-format';

/** The folders of a platform-supported AWS connector module (docs/rules/naming.md#c08). */
export const recommendedFolders = [
  '_Docs',
  'ConnectionDetails',
  'Operations',
  'Private',
  'Private/JSON Snippets',
  'Private/Import Mappings',
  'Private/Export Mappings',
  'Resources',
  'Resources/Enums',
  'UseMe',
] as const;

/** A request the user sent, without credentials: what an operation is planned from. */
export interface SentRequest {
  /** Catalog id, endpoint prefix or signing name of the service (`polly`, `dynamodb`). */
  service: string;
  region: string;
  /** The action the user picked, used only when the catalog does not know the request. */
  operation?: string;
  method: string;
  /** Path without the query (`/v1/voices`); a `?query` part is split off. */
  path: string;
  query: Array<[string, string | null]>;
  headers: Array<[string, string]>;
  /** The exact body text sent, if any. */
  body?: string;
}

/** One operation to plan: the request and the structures of its response and request body. */
export interface OperationInput {
  request: SentRequest;
  responseStructure: JsonStructure;
  requestStructure?: JsonStructure;
  /** Set when the response is XML: its document element; the structure's root stands for it. */
  xmlDocument?: XmlDocument;
}

/** A user-defined enumeration of the connector (`ENUM_Engine`). */
export interface PlanEnumeration {
  name: string;
  values: Array<{ name: string; caption: string }>;
}

/** The user's choices for the whole module; every field is optional. */
export interface PlanSettings {
  toolVersion?: string;
  moduleName?: string;
  version?: string;
  /** Custom microflow names by operation id. */
  microflowNames?: Record<string, string>;
  typicalUseCases?: string;
  enumerations?: PlanEnumeration[];
}

/** The service facts a plan needs, copied from the catalog. */
export interface PlanService {
  id: string;
  fullName: string;
  signingName: string;
  protocol: CatalogProtocol | 'unknown';
  apiVersion: string;
  /** The endpoint host prefix (`polly` in `polly.us-east-1.amazonaws.com`). */
  endpointPrefix: string;
  targetPrefix?: string;
  jsonVersion?: string;
}

export interface NameValue {
  name: string;
  value: string;
  /** When the value is sent only in some cases, in words (the session token of temporary credentials). */
  condition?: string;
  /** An optional input: the expression that is true when it is set; the entry is sent only then. */
  whenSet?: string;
}

export interface MicroflowParameter {
  name: string;
  /** Qualified type (`AWSAuthentication.Credentials`, `AmazonPollyConnector.DescribeVoicesRequest`). */
  type: string;
  /** Id of the connector entity the type refers to, for `{Action}Request`. */
  entityId?: string;
  documentation: string;
}

export interface ExportStep {
  kind: 'export-mapping';
  output: string;
  mapping: string;
  input: string;
}
export interface SigV4BuilderStep {
  kind: 'create-sigv4-builder';
  output: string;
  settings: {
    ServiceName: string;
    HTTPMethod: string;
    Region: string;
    /** A microflow expression: the path as sent (`'/v1/voices'`), or the URI template with its labels from the request object. */
    Path: string;
    RequestBody: string;
    /** A microflow expression: the operation's host prefix without its dot (`'places'`), when it has one. */
    URIPrefix?: string;
    /** A microflow expression: the service's host label when it differs from the signing name (`'email'` for SES). */
    SubDomain?: string;
  };
}
export interface HeaderListStep {
  kind: 'header-list';
  output: string;
  headers: NameValue[];
}
export interface QueryListStep {
  kind: 'query-list';
  output: string;
  parameters: NameValue[];
}
export interface GetSigV4HeadersStep {
  kind: 'get-sigv4-headers';
  output: string;
  action: 'AWSAuthentication.GetSigV4Headers';
}
export interface CallRestStep {
  kind: 'call-rest';
  output: string;
  method: string;
  location: string;
  headers: NameValue[];
  /** The request body (custom request template), when the call sends one. */
  body?: string;
  /** Timeout expression in seconds. */
  timeout: string;
  errorHandling: { log: string; rethrow: boolean };
}
export interface ImportStep {
  kind: 'import-mapping';
  output: string;
  mapping: string;
  /** The XML schema the mapping is built on, for an XML response (a JSON structure otherwise). */
  xmlSchema?: string;
}
/** One required input the microflow checks before it signs: the attribute and the expression that is true when it is set. */
export interface RequiredCheck {
  attribute: string;
  condition: string;
}
/** Decisions at the start: a missing required input is logged by name and the microflow ends, returning empty. */
export interface CheckRequiredStep {
  kind: 'check-required';
  checks: RequiredCheck[];
  onMissing: string;
}
export interface ReturnStep {
  kind: 'return';
  value: string;
}

/** One activity of an operation microflow, in order. */
export type PlanStep =
  | CheckRequiredStep
  | ExportStep
  | SigV4BuilderStep
  | HeaderListStep
  | QueryListStep
  | GetSigV4HeadersStep
  | CallRestStep
  | ImportStep
  | ReturnStep;

export type DocumentKind =
  | 'json-structure'
  | 'xml-schema'
  | 'import-mapping'
  | 'export-mapping'
  | 'enumeration'
  | 'microflow';

export interface PlanDocument {
  /** Stable role within the operation: `json`, `imm`, `json-request`, `exm-request`. */
  id: string;
  kind: DocumentKind;
  name: string;
  folder: string;
}

export interface PlannedOperation {
  /** Stable id: the AWS action (made unique). */
  id: string;
  action: string;
  /** The operation name the catalog matched, or null when the catalog does not know the request. */
  catalogAction: string | null;
  service: PlanService;
  request: SentRequest;
  apiVersion: string;
  microflow: {
    name: string;
    folder: string;
    parameters: MicroflowParameter[];
    steps: PlanStep[];
    returnType: string;
  };
  exposed: { caption: string; category: string; icon: string };
  documents: PlanDocument[];
  requestEntityId: string | null;
  responseEntityId: string | null;
  documentation: string;
  responseStructure: JsonStructure;
  requestStructure?: JsonStructure;
  /** The XML response's document element: the response is imported with an XML schema (`XSD_{Action}`). */
  xmlDocument?: XmlDocument;
  /** Query parameters the operation's URI template fixes, sent as constants. */
  fixedQuery?: string[];
  /** The path of the operation's URI template (`/2015-03-31/functions/{FunctionName}`), when the catalog knows it. */
  pathTemplate?: string;
  /** The operation's host prefix (`places.`), when it has one. */
  hostPrefix?: string;
}

/** Everything a Mendix developer needs to build the connector module. */
export interface ConnectorPlan {
  toolVersion: string;
  module: { name: string; version: string; serviceName: string };
  folders: string[];
  enumerations: PlanEnumeration[];
  typicalUseCases: string;
  operations: PlannedOperation[];
}
