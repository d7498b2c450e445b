import { awsCatalog, findService } from '../../../aws/catalog';
import { resolveEndpoint } from '../../../aws/endpoints';
import type { CollectionFile, RequestFile } from '../schema';
import { encodePath, joinQuery } from './url';

/** The region and service a request is sent with: its own, else the collection's defaults. */
export function effectiveTarget(
  collection: CollectionFile,
  request: RequestFile,
): { region: string; service: string } {
  return {
    region: request.region ?? collection.region,
    service: request.service ?? collection.service,
  };
}

/** The origin a request goes to: its custom endpoint, else the AWS endpoint of its service and region. */
export function requestOrigin(collection: CollectionFile, request: RequestFile): string {
  if (request.endpoint) return request.endpoint.replace(/\/+$/, '');
  const { region, service } = effectiveTarget(collection, request);
  const known = findService(awsCatalog, service);
  if (known && !region.includes('{{')) {
    try {
      return resolveEndpoint({
        service: known,
        region,
        ...(request.operation ? { operation: request.operation } : {}),
      }).url;
    } catch {
      // An unknown region falls through to the usual host pattern.
    }
  }
  return `https://${known?.endpointPrefix ?? service}.${region}.amazonaws.com`;
}

/** The full URL of a request, path and query encoded, `{{variables}}` kept. */
export function requestUrl(collection: CollectionFile, request: RequestFile): string {
  return `${requestOrigin(collection, request)}${encodePath(request.path)}${joinQuery(request.query)}`;
}
