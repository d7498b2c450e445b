import type { Catalog, CatalogService } from '../../aws/catalog';
import { findOperation, findService } from '../../aws/catalog';
import { matchOperation } from '../../aws/match-operation';
import { parseUriTemplate } from '../../aws/uri-template';
import type { EntityModel } from '../entity-model/types';
import { upperCamel } from '../naming/identifiers';
import { findActionRoot } from './action-entities';
import { describeAction } from './documentation';
import { cleanSentRequest } from './sent-request';
import { bodyKindOf, parseForm } from './request-body';
import { buildSteps } from './steps';
import type {
  MicroflowParameter,
  OperationInput,
  PlanDocument,
  PlannedOperation,
  PlanService,
  SentRequest,
} from './types';

function planService(service: CatalogService | undefined, name: string): PlanService {
  if (!service)
    return {
      id: name,
      fullName: name,
      signingName: name,
      protocol: 'unknown',
      apiVersion: '',
      endpointPrefix: name,
    };
  const planned: PlanService = {
    id: service.id,
    fullName: service.fullName,
    signingName: service.signingName,
    protocol: service.protocol,
    apiVersion: service.apiVersion,
    endpointPrefix: service.endpointPrefix,
  };
  if (service.targetPrefix !== undefined) planned.targetPrefix = service.targetPrefix;
  if (service.jsonVersion !== undefined) planned.jsonVersion = service.jsonVersion;
  return planned;
}

/** The action a request calls: the catalog's match first; the user's pick or the path only when the catalog does not know it. */
export function resolveAction(
  service: CatalogService | undefined,
  request: SentRequest,
): { action: string; catalogAction: string | null } {
  if (service) {
    const match = matchOperation(service, {
      method: request.method,
      path: request.path,
      query: request.query,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
    });
    if (match) return { action: match.operation.name, catalogAction: match.operation.name };
    // A JSON-protocol request picked from the catalog may not carry its X-Amz-Target yet: the engine adds it.
    const named = request.operation ?? formAction(request);
    const picked = named ? findOperation(service, named) : undefined;
    if (picked) return { action: picked.name, catalogAction: picked.name };
  }
  if (request.operation)
    return { action: upperCamel(request.operation) || 'Operation', catalogAction: null };
  const segments = request.path.split('/').filter((part) => part !== '' && !/^v\d+$/.test(part));
  const guess = upperCamel(
    `${request.method.toLowerCase()} ${segments[segments.length - 1] ?? ''}`,
  );
  return { action: guess || 'Operation', catalogAction: null };
}

/** The `Action` of a query-protocol form body (`Action=ReceiveMessage&...`). */
function formAction(request: SentRequest): string | undefined {
  if (request.body === undefined) return undefined;
  return parseForm(request.body).find(([name]) => name === 'Action')?.[1];
}

/** `v{N}` from a `/v{N}/` path prefix, else `v1`. */
export function apiVersionOf(path: string): string {
  const match = /^\/v(\d+)(?:\/|$)/.exec(path);
  return match ? `v${match[1]}` : 'v1';
}

/** The conventional microflow name `METHOD_vN_Action` (`Get_v1_DescribeVoices`). */
export function microflowNameFor(method: string, apiVersion: string, action: string): string {
  const lower = method.toLowerCase();
  return `${lower.charAt(0).toUpperCase()}${lower.slice(1)}_${apiVersion}_${action}`;
}

/** The documents an operation needs, in their recommended folders: an XML schema instead of a JSON structure for an XML response. */
export function documentsFor(action: string, hasBody: boolean, isXml = false): PlanDocument[] {
  const documents: PlanDocument[] = [
    isXml
      ? { id: 'xsd', kind: 'xml-schema', name: `XSD_${action}`, folder: 'Private/XML Schemas' }
      : {
          id: 'json',
          kind: 'json-structure',
          name: `JSON_${action}`,
          folder: 'Private/JSON Snippets',
        },
    { id: 'imm', kind: 'import-mapping', name: `IMM_${action}`, folder: 'Private/Import Mappings' },
  ];
  if (hasBody) {
    documents.push(
      {
        id: 'json-request',
        kind: 'json-structure',
        name: `JSON_${action}Request`,
        folder: 'Private/JSON Snippets',
      },
      {
        id: 'exm-request',
        kind: 'export-mapping',
        name: `EXM_${action}Request`,
        folder: 'Private/Export Mappings',
      },
    );
  }
  return documents;
}

export interface PlanOperationContext {
  catalog: Catalog;
  model: EntityModel;
  moduleName: string;
  id: (action: string) => string;
  microflowNames: Record<string, string>;
}

/** The microflow parameters: credentials, region and the `{Action}Request` object. */
export function operationParameters(
  moduleName: string,
  requestName: string,
  requestEntityId: string | null,
): MicroflowParameter[] {
  const request: MicroflowParameter = {
    name: requestName,
    type: `${moduleName}.${requestName}`,
    documentation: `The request: its attributes are the inputs of the action; its BasicClientConfig sets the timeout and endpoint.`,
  };
  if (requestEntityId) request.entityId = requestEntityId;
  return [
    {
      name: 'Credentials',
      type: 'AWSAuthentication.Credentials',
      documentation:
        'AWS credentials from the AWS Authentication module (static or session credentials).',
    },
    {
      name: 'Region',
      type: 'AWSAuthentication.ENUM_Region',
      documentation: 'The AWS region to call.',
    },
    request,
  ];
}

/** Plans one operation from the request the user sent and the model's entities. */
export function planOperation(
  input: OperationInput,
  context: PlanOperationContext,
): PlannedOperation {
  const request = cleanSentRequest(input.request);
  const catalogService = findService(context.catalog, request.service);
  const service = planService(catalogService, request.service);
  const bodyKind = bodyKindOf(service.protocol, request);
  // SQS and other query-compatible JSON services still answer a query-protocol form call.
  if (bodyKind === 'form' && service.protocol === 'json') {
    service.protocol = 'query';
    delete service.targetPrefix;
    delete service.jsonVersion;
  }
  const { action, catalogAction } = resolveAction(catalogService, request);
  const id = context.id(action);
  const apiVersion = apiVersionOf(request.path);
  // A JSON body is exported from the request object when one was sent or the operation's model
  // gives it members (ListSecrets sent `{}`: its MaxResults and NextToken still go in the body).
  const modelledBody = (input.requestStructure?.elements.length ?? 0) > 1;
  const hasBody = bodyKind === 'json' && ((request.body ?? '').trim() !== '' || modelledBody);
  const documents = documentsFor(action, hasBody, input.xmlDocument !== undefined);
  const catalogOperation =
    catalogAction && catalogService ? findOperation(catalogService, catalogAction) : undefined;
  const uri = catalogOperation?.uri;
  const hostPrefix = catalogOperation?.hostPrefix;
  const template = uri ? parseUriTemplate(uri) : undefined;
  const fixedQuery = template ? template.query.map(([name]) => name) : [];
  const requestEntity = findActionRoot(context.model, action, 'request');
  const responseEntity = findActionRoot(context.model, action, 'response');
  const requestName = requestEntity?.name ?? `${action}Request`;
  const responseName = responseEntity?.name ?? `${action}Response`;
  const exportMapping = documents.find((d) => d.id === 'exm-request')?.name;
  const xmlSchema = documents.find((d) => d.id === 'xsd')?.name;
  const steps = buildSteps({
    service,
    request,
    action,
    requestVariable: requestName,
    responseVariable: responseName,
    hasBody,
    documents: {
      importMapping: `IMM_${action}`,
      ...(exportMapping ? { exportMapping } : {}),
      ...(xmlSchema ? { xmlSchema } : {}),
    },
    fixedQuery,
    ...(template ? { pathTemplate: template.path } : {}),
    ...(requestEntity ? { requestEntity } : {}),
    ...(hostPrefix ? { hostPrefix } : {}),
  });
  const planned: PlannedOperation = {
    id,
    action,
    catalogAction,
    service,
    request,
    apiVersion,
    microflow: {
      name: context.microflowNames[id] ?? microflowNameFor(request.method, apiVersion, action),
      folder: 'Operations',
      parameters: operationParameters(context.moduleName, requestName, requestEntity?.id ?? null),
      steps,
      returnType: `${context.moduleName}.${responseName}`,
    },
    exposed: { caption: action, category: service.fullName, icon: 'AWS' },
    documents,
    requestEntityId: requestEntity?.id ?? null,
    responseEntityId: responseEntity?.id ?? null,
    documentation: '',
    responseStructure: input.responseStructure,
  };
  if (input.requestStructure) planned.requestStructure = input.requestStructure;
  if (input.xmlDocument) planned.xmlDocument = input.xmlDocument;
  if (fixedQuery.length > 0) planned.fixedQuery = fixedQuery;
  if (template) planned.pathTemplate = template.path;
  if (hostPrefix) planned.hostPrefix = hostPrefix;
  planned.documentation = describeAction(planned, context.model);
  return planned;
}
