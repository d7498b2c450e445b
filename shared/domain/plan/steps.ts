import type { NameValue, PlanService, PlanStep, SentRequest } from './types';

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

/** The headers a signed Call REST activity sends, from the `GetSigV4Headers` result. */
export const signedHeaders: readonly NameValue[] = [
  { name: 'authorization', value: '$SigV4Headers/Authorization' },
  { name: 'x-amz-date', value: '$SigV4Headers/XAmzDate' },
  { name: 'x-amz-content-sha256', value: '$SigV4Headers/XAmzContentSha256' },
  { name: 'host', value: '$SigV4Headers/Host' },
  {
    name: 'x-amz-security-token',
    value: '$SigV4Headers/XAmzSecurityToken (temporary credentials only)',
  },
];

/** The timeout of the Call REST activity in seconds, from the request's client configuration. */
export const timeoutExpression = '$BasicClientConfig/ApiTimeOutInMs div 1000';

export interface StepContext {
  service: PlanService;
  request: SentRequest;
  action: string;
  requestVariable: string;
  responseVariable: string;
  hasBody: boolean;
  documents: { importMapping: string; exportMapping?: string };
}

/** The headers the protocol needs besides the signed ones (`x-amz-target`, the JSON content type). */
export function protocolHeaders(service: PlanService, action: string): NameValue[] {
  if (service.protocol !== 'json') return [];
  return [
    { name: 'x-amz-target', value: `${service.targetPrefix ?? ''}.${action}` },
    { name: 'content-type', value: `application/x-amz-json-${service.jsonVersion ?? '1.0'}` },
  ];
}

function extraHeaders(request: SentRequest): NameValue[] {
  return request.headers
    .filter(([name]) => !isSensitiveName(name))
    .map(([name, value]) => ({ name: name.toLowerCase(), value }));
}

/** The activities of an operation microflow, in order (MENDIX.md section 4). */
export function buildSteps(context: StepContext): PlanStep[] {
  const { service, request, action } = context;
  const steps: PlanStep[] = [];
  if (context.hasBody && context.documents.exportMapping) {
    steps.push({
      kind: 'export-mapping',
      mapping: context.documents.exportMapping,
      input: `$${context.requestVariable}`,
      output: 'RequestBody',
    });
  }
  steps.push({
    kind: 'create-sigv4-builder',
    output: 'SigV4Builder',
    settings: {
      ServiceName: service.signingName,
      HTTPMethod: request.method.toUpperCase(),
      Region: '$Region',
      Path: request.path,
      RequestBody: context.hasBody ? '$RequestBody' : "''",
    },
  });
  const headers = [...protocolHeaders(service, action), ...extraHeaders(request)];
  steps.push({ kind: 'header-list', output: 'SigV4HeaderList', headers });
  const parameters = request.query
    .filter(([name]) => !isSensitiveName(name) && !/^x-amz-/i.test(name))
    .map(([name, value]) => ({ name, value: value ?? '' }));
  steps.push({ kind: 'query-list', output: 'SigV4QueryList', parameters });
  steps.push({
    kind: 'get-sigv4-headers',
    output: 'SigV4Headers',
    action: 'AWSAuthentication.GetSigV4Headers',
  });
  steps.push({
    kind: 'call-rest',
    output: 'HttpResponse',
    method: request.method.toUpperCase(),
    location: '$SigV4Headers/EndpointUrl',
    headers: [...signedHeaders, ...headers],
    timeout: timeoutExpression,
    errorHandling: {
      log: `Log the error of ${service.fullName} ${action} (status, message) and rethrow it`,
      rethrow: true,
    },
  });
  steps.push({
    kind: 'import-mapping',
    mapping: context.documents.importMapping,
    output: context.responseVariable,
  });
  steps.push({ kind: 'return', value: `$${context.responseVariable}` });
  return steps;
}
