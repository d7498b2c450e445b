import type { RequestSpecInput } from '../../ipc/operations/request';
import { joinBasePath, resolveEndpointText } from './endpoint';
import type { ResolvedEndpoint } from './endpoint';
import type { CollectionFile, Environment, RequestFile } from './schema';
import {
  environmentValues,
  secretReferences,
  substitute,
  substituteRequest,
  unresolvedVariables,
} from './variables';

/** A request ready for the engine, or the variables that keep it from being sent. */
export type SpecResult = { ok: true; spec: RequestSpecInput } | { ok: false; unresolved: string[] };

/** The endpoint a request is sent to with an environment's values, when it has its own endpoint and it can be read. */
export function resolvedEndpoint(
  request: RequestFile,
  environment?: Environment,
): ResolvedEndpoint | undefined {
  if (!request.endpoint) return undefined;
  const text = substitute(request.endpoint, environmentValues(environment));
  return text.includes('{{') ? undefined : resolveEndpointText(text);
}

/**
 * Turns a saved request into a `RequestSpec`: plain variables filled, secret ones passed as references
 * for the engine to fill, the collection's region, service and credential as defaults. An endpoint
 * template (`{{baseUrl}}`) is filled here: its path goes in front of the request's path, and an AWS
 * host gives the signing service and region when the request names none.
 */
export function toRequestSpec(
  collection: CollectionFile,
  request: RequestFile,
  environment?: Environment,
): SpecResult {
  const values = environmentValues(environment);
  const missing = unresolvedVariables(request, values);
  const secretVariables = secretReferences(environment, missing);
  const secret = new Set(secretVariables.map((reference) => reference.name));
  const unresolved = missing.filter((name) => !secret.has(name));
  if (unresolved.length > 0) return { ok: false, unresolved };
  const filled = substituteRequest(request, values);
  const endpoint = filled.endpoint ? resolveEndpointText(filled.endpoint) : undefined;
  const credentialId = filled.credentialId ?? collection.credentialId;
  return {
    ok: true,
    spec: {
      region: filled.region || endpoint?.aws?.region || collection.region,
      service: filled.service || endpoint?.aws?.service || collection.service,
      method: filled.method,
      path: endpoint ? joinBasePath(endpoint.basePath, filled.path) : filled.path,
      query: filled.query,
      headers: filled.headers,
      ...(filled.operation ? { operation: filled.operation } : {}),
      ...(filled.body ? { body: filled.body } : {}),
      // An endpoint that is no URL goes as written: the engine refuses it with its reason.
      ...(endpoint
        ? { endpoint: endpoint.origin }
        : filled.endpoint
          ? { endpoint: filled.endpoint }
          : {}),
      ...(credentialId ? { credentialId } : {}),
      ...(secretVariables.length > 0 ? { secretVariables } : {}),
      ...(filled.auth ? { auth: filled.auth } : {}),
    },
  };
}
