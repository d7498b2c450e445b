import type { Entity } from '../entity-model/types';
import { awsAuthentication, unqualified } from '../mendix/aws-authentication';
import {
  inputEntry,
  inputsOf,
  pathAttributesOf,
  requiredChecks,
  templateExpression,
  uriPrefixExpression,
} from './inputs';
import {
  bodyHeaders,
  bodyKindOf,
  formBodyExpression,
  inputAttributeName,
  mendixString,
} from './request-body';
import type {
  CallRestStep,
  NameValue,
  PlanService,
  PlanStep,
  SentRequest,
  SigV4BuilderStep,
} from './types';

/** Header names the signer or the Call REST activity sets, or that may carry a secret: never copied from a request. */
const managedHeaders = new Set([
  'authorization',
  'host',
  'content-length',
  'x-amz-date',
  'date',
  'x-amz-content-sha256',
  'x-amz-security-token',
  'x-amz-target',
  'content-type',
  'cookie',
  'proxy-authorization',
]);

const secretLike = /(secret|token|password|passwd|auth|signature|credential|api[-_]?key|session)/i;

/** Whether a header or query parameter name may carry a secret (its value is never copied anywhere). */
export function isSensitiveName(name: string): boolean {
  return secretLike.test(name) || managedHeaders.has(name.toLowerCase());
}

const parameters = awsAuthentication.getSigV4HeadersParameters;
const headersVariable = unqualified(awsAuthentication.entities.sigV4Headers);
const member = (name: string) => `$${headersVariable}/${name}`;

/** The variable a temporary-credentials branch casts `$Credentials` to (an inheritance split on Credentials). */
export const temporaryCredentialsVariable = unqualified(
  awsAuthentication.entities.temporaryCredentials,
);

/**
 * The headers a signed Call REST activity sends: the `SigV4Headers` members GetSigV4Headers fills,
 * and with temporary credentials the session token, which SigV4Headers does not carry: it comes
 * from the credentials object after an inheritance split and cast.
 */
export const signedHeaders: readonly NameValue[] = [
  { name: 'authorization', value: member(awsAuthentication.sigV4Headers.authorization) },
  { name: 'x-amz-date', value: member(awsAuthentication.sigV4Headers.xAmzDate) },
  {
    name: 'x-amz-content-sha256',
    value: member(awsAuthentication.sigV4Headers.xAmzContentSha256),
  },
  { name: 'host', value: member(awsAuthentication.sigV4Headers.host) },
  {
    name: 'x-amz-security-token',
    value: `$${temporaryCredentialsVariable}/${awsAuthentication.temporaryCredentials.token}`,
    condition: `only when $Credentials is a ${awsAuthentication.entities.temporaryCredentials}: inheritance split on $Credentials, cast to $${temporaryCredentialsVariable}`,
  },
];

/** The Call REST location: the endpoint GetSigV4Headers resolved. */
export const endpointExpression = member(awsAuthentication.sigV4Headers.endpointUrl);

/**
 * The timeout of the Call REST activity in whole seconds (an Integer: `div` alone gives a Decimal),
 * from the request's client configuration.
 */
export const timeoutExpression = `floor($${unqualified(awsAuthentication.entities.basicClientConfig)}/${awsAuthentication.basicClientConfig.timeoutInMs} div 1000)`;

export interface StepContext {
  service: PlanService;
  request: SentRequest;
  action: string;
  requestVariable: string;
  responseVariable: string;
  hasBody: boolean;
  documents: { importMapping: string; exportMapping?: string; xmlSchema?: string };
  /** Query parameters the operation's URI template fixes (`list-type` of S3 ListObjectsV2): sent as constants. */
  fixedQuery?: readonly string[];
  /** The path part of the operation's URI template (`/2015-03-31/functions/{FunctionName}`), when the catalog knows it. */
  pathTemplate?: string;
  /** The request entity: its located inputs (path, query, headers from the AWS model) and required attributes. */
  requestEntity?: Entity;
  /** The operation's host prefix (`places.`), when it has one. */
  hostPrefix?: string;
}

/**
 * The SigV4Builder's Path as a microflow expression: the URI template with each label taken from
 * the request object and URL-encoded (`urlEncode`; a greedy label such as S3's `{Key+}` keeps its
 * slashes), or, when a label has no request attribute, the path as it was sent.
 */
export function pathExpression(context: StepContext): string {
  const sent = mendixString(context.request.path);
  const template = context.pathTemplate;
  if (template === undefined || !template.includes('{')) return sent;
  const attributes = pathAttributesOf(inputsOf(context.requestEntity));
  const expression = templateExpression(template, (label, greedy) => {
    const attribute = attributes[label];
    if (attribute === undefined) return undefined;
    const value = `urlEncode($${context.requestVariable}/${attribute})`;
    return greedy ? `replaceAll(${value}, '%2F', '/')` : value;
  });
  return expression ?? sent;
}

/** The headers the protocol needs besides the signed ones (`x-amz-target`, the JSON content type). */
export function protocolHeaders(service: PlanService, action: string): NameValue[] {
  if (service.protocol !== 'json') return [];
  return [
    { name: 'x-amz-target', value: `${service.targetPrefix ?? ''}.${action}` },
    { name: 'content-type', value: `application/x-amz-json-${service.jsonVersion ?? '1.0'}` },
  ];
}

/** The headers of the operation's model inputs, then the other headers as sent (the model's win). */
function extraHeaders(context: StepContext): NameValue[] {
  const inputs = inputsOf(context.requestEntity).filter((i) => i.location === 'header');
  const known = new Set(inputs.map((i) => i.wireName.toLowerCase()));
  const sent = context.request.headers
    .filter(([name]) => !isSensitiveName(name) && !known.has(name.toLowerCase()))
    .map(([name, value]) => ({ name: name.toLowerCase(), value }));
  const modelled = inputs
    .filter((i) => !isSensitiveName(i.wireName))
    .map((i) => ({ ...inputEntry(context.requestVariable, i), name: i.wireName.toLowerCase() }));
  return [...modelled, ...sent];
}

/**
 * Query parameters as the microflow sends them: the ones the URI template fixes as constants, every
 * query member of the operation's model from the request object (optional ones when set), and any
 * other parameter sent from the request attribute named after it.
 */
function queryParameters(context: StepContext): NameValue[] {
  const fixed = new Set([...(context.fixedQuery ?? []), 'Action', 'Version']);
  const inputs = inputsOf(context.requestEntity).filter((i) => i.location === 'querystring');
  const known = new Set(inputs.map((i) => i.wireName));
  const sent = context.request.query.filter(
    ([name]) => !isSensitiveName(name) && !/^x-amz-/i.test(name) && !known.has(name),
  );
  return [
    ...sent
      .filter(([name]) => fixed.has(name))
      .map(([name, value]) => ({ name, value: mendixString(value ?? '') })),
    ...inputs.map((input) => inputEntry(context.requestVariable, input)),
    ...sent
      .filter(([name]) => !fixed.has(name))
      .map(([name]) => ({
        name,
        value: `$${context.requestVariable}/${inputAttributeName(name)}`,
      })),
  ];
}

/** The RequestBody of the SigV4Builder: the exported JSON, a form expression, `{}` for an empty JSON-protocol call, or empty. */
function requestBodyExpression(context: StepContext): string {
  const kind = bodyKindOf(context.service.protocol, context.request);
  if (kind === 'form')
    return formBodyExpression(context.request.body ?? '', context.requestVariable);
  if (context.hasBody && context.documents.exportMapping) return '$RequestBody';
  return kind === 'json' ? mendixString(context.request.body?.trim() || '{}') : "''";
}

/** The activities of an operation microflow, in order (docs/rules/aws-authentication.md#how-a-plan-uses-them). */
export function buildSteps(context: StepContext): PlanStep[] {
  const { service, request, action } = context;
  const steps: PlanStep[] = [];
  const checks = requiredChecks(context.requestVariable, context.requestEntity);
  if (checks.length > 0) {
    steps.push({
      kind: 'check-required',
      checks,
      onMissing: `Log "${action}: <attribute> is required" (error) and end, returning empty`,
    });
  }
  if (context.hasBody && context.documents.exportMapping) {
    steps.push({
      kind: 'export-mapping',
      mapping: context.documents.exportMapping,
      input: `$${context.requestVariable}`,
      output: 'RequestBody',
    });
  }
  const requestBody = requestBodyExpression(context);
  const settings: SigV4BuilderStep['settings'] = {
    ServiceName: service.signingName,
    HTTPMethod: request.method.toUpperCase(),
    Region: '$Region',
    Path: pathExpression(context),
    RequestBody: requestBody,
  };
  const uriPrefix = uriPrefixExpression(
    context.hostPrefix,
    context.requestVariable,
    context.requestEntity,
  );
  if (uriPrefix) settings.URIPrefix = uriPrefix;
  // "Leave empty if it is the same as the ServiceName" (docs/rules/aws-authentication.md).
  if (service.endpointPrefix && service.endpointPrefix !== service.signingName)
    settings.SubDomain = mendixString(service.endpointPrefix);
  steps.push({ kind: 'create-sigv4-builder', output: 'SigV4Builder', settings });
  const headers = [
    ...protocolHeaders(service, action),
    ...bodyHeaders(service, bodyKindOf(service.protocol, request)),
    ...extraHeaders(context),
  ];
  steps.push({ kind: 'header-list', output: parameters.headers, headers });
  steps.push({
    kind: 'query-list',
    output: parameters.query,
    parameters: queryParameters(context),
  });
  steps.push({
    kind: 'get-sigv4-headers',
    output: headersVariable,
    action: awsAuthentication.actions.getSigV4Headers,
  });
  const call: CallRestStep = {
    kind: 'call-rest',
    output: 'HttpResponse',
    method: request.method.toUpperCase(),
    location: endpointExpression,
    headers: [...signedHeaders, ...headers],
    timeout: timeoutExpression,
    errorHandling: {
      log: `Log the error of ${service.fullName} ${action} (status, message) and rethrow it`,
      rethrow: true,
    },
  };
  // The body signed is the body sent: the Call REST request template is the builder's RequestBody.
  if (requestBody !== "''")
    call.body = `$SigV4Builder/${awsAuthentication.sigV4Builder.requestBody}`;
  steps.push(call);
  steps.push({
    kind: 'import-mapping',
    mapping: context.documents.importMapping,
    output: context.responseVariable,
    ...(context.documents.xmlSchema ? { xmlSchema: context.documents.xmlSchema } : {}),
  });
  steps.push({ kind: 'return', value: `$${context.responseVariable}` });
  return steps;
}
