import { StudioError } from '../ipc/errors';
import { findOperation } from './catalog';
import type { CatalogOperation, CatalogService } from './catalog';
import { parseUriTemplate } from './uri-template';

/** What choosing an operation fills in on a request: the shape of the contract's `operationTemplateSchema`. */
export interface OperationTemplate {
  method: string;
  /** The path template with its `{Labels}` (and `{Key+}`) still in place. */
  path: string;
  query: Array<[string, string | null]>;
  headers: Array<[string, string]>;
  body?: string;
  labels: string[];
  /** The operation's host prefix, e.g. `data-` or `{AccountId}.`, when it has one. */
  hostPrefix?: string;
}

function protocolParts(
  service: CatalogService,
  operation: CatalogOperation,
): Pick<OperationTemplate, 'headers' | 'body'> {
  switch (service.protocol) {
    case 'json':
      return {
        headers: [
          ['x-amz-target', `${service.targetPrefix ?? ''}.${operation.name}`],
          ['content-type', `application/x-amz-json-${service.jsonVersion ?? '1.0'}`],
        ],
        body: '{}',
      };
    case 'query':
    case 'ec2':
      return {
        headers: [['content-type', 'application/x-www-form-urlencoded; charset=utf-8']],
        body: `Action=${encodeURIComponent(operation.name)}&Version=${encodeURIComponent(service.apiVersion)}`,
      };
    case 'rest-json':
      return operation.body === 'structured'
        ? { headers: [['content-type', 'application/json']], body: '{}' }
        : { headers: [] };
    case 'rest-xml':
      return { headers: [] };
  }
}

/** The request skeleton for an operation of a service; throws `not-found` for an unknown operation. */
export function operationTemplate(
  service: CatalogService,
  operationName: string,
): OperationTemplate {
  const operation = findOperation(service, operationName);
  if (!operation) {
    throw new StudioError('not-found', `${service.id} has no operation "${operationName}".`);
  }
  const uri = parseUriTemplate(operation.uri);
  const template: OperationTemplate = {
    method: operation.method,
    path: uri.path,
    query: uri.query,
    ...protocolParts(service, operation),
    labels: uri.labels,
  };
  if (operation.hostPrefix) template.hostPrefix = operation.hostPrefix;
  return template;
}
