import type { RequestAuth } from '../../ipc/operations/auth';
import type { CollectionData, Variable } from './schema';

// The secret of bearer, basic or API key auth may be a stored entry: its reference is swapped too.
function swapAuth(
  auth: RequestAuth | undefined,
  swap: (ref: string | undefined) => string | undefined,
): RequestAuth | undefined {
  if (!auth || !('credentialId' in auth) || auth.credentialId === undefined) return auth;
  const { credentialId, ...rest } = auth;
  const id = swap(credentialId);
  return id ? { ...rest, credentialId: id } : rest;
}

/** Replaces the placeholder credential references of an import by the ids the credential store gave (or removes them). */
export function replaceCredentialRefs(
  data: CollectionData,
  ids: ReadonlyMap<string, string | undefined>,
): CollectionData {
  const swap = (ref: string | undefined): string | undefined =>
    ref !== undefined && ids.has(ref) ? ids.get(ref) : ref;
  const collectionRef = swap(data.collection.credentialId);
  const { credentialId: _c, ...collectionRest } = data.collection;
  return {
    collection: {
      ...collectionRest,
      ...(collectionRef ? { credentialId: collectionRef } : {}),
      environments: data.collection.environments.map((env) => ({
        ...env,
        variables: env.variables.map((v): Variable => {
          if (!('secret' in v)) return v;
          const id = swap(v.secret.credentialId);
          return id
            ? { name: v.name, secret: { ...v.secret, credentialId: id } }
            : { name: v.name, value: '' };
        }),
      })),
    },
    requests: data.requests.map(({ slug, request }) => {
      const { credentialId, ...rest } = request;
      const id = swap(credentialId);
      const auth = swapAuth(rest.auth, swap);
      return {
        slug,
        request: { ...rest, ...(auth ? { auth } : {}), ...(id ? { credentialId: id } : {}) },
      };
    }),
  };
}
