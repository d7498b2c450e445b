import type { RequestSpecInput } from '../../ipc/operations/request';
import type { CollectionFile, Environment, RequestFile } from './schema';
import {
  environmentValues,
  secretReferences,
  substituteRequest,
  unresolvedVariables,
} from './variables';

/** A request ready for the engine, or the variables that keep it from being sent. */
export type SpecResult = { ok: true; spec: RequestSpecInput } | { ok: false; unresolved: string[] };

/**
 * Turns a saved request into a `RequestSpec`: plain variables filled, secret ones passed as references
 * for the engine to fill, the collection's region, service and credential as defaults.
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
  const credentialId = filled.credentialId ?? collection.credentialId;
  return {
    ok: true,
    spec: {
      region: filled.region ?? collection.region,
      service: filled.service ?? collection.service,
      method: filled.method,
      path: filled.path,
      query: filled.query,
      headers: filled.headers,
      ...(filled.operation ? { operation: filled.operation } : {}),
      ...(filled.body ? { body: filled.body } : {}),
      ...(filled.endpoint ? { endpoint: filled.endpoint } : {}),
      ...(credentialId ? { credentialId } : {}),
      ...(secretVariables.length > 0 ? { secretVariables } : {}),
    },
  };
}
