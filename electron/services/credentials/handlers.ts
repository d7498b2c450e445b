import type { Handlers } from '../../../shared/ipc/dispatch';
import type { CredentialService } from './credential-service';

export type CredentialsHandlers = Pick<
  Handlers<unknown>,
  'credentials.list' | 'credentials.add' | 'credentials.bind' | 'credentials.remove'
>;

/** Records which stored keys a collection's secret variables may be filled from (storage/secret-grants.ts fits). */
export interface CredentialBindings {
  bind(collection: string, credentialId: string): Promise<void>;
}

/** The contract handlers for listing, adding, binding and removing credentials (`credentials.test` lives with the engine). */
export function credentialsHandlers(
  service: CredentialService,
  bindings: CredentialBindings,
): CredentialsHandlers {
  return {
    'credentials.list': () => service.list(),
    'credentials.add': async ({ collection, ...key }) => {
      const description = await service.add(key);
      if (collection) await bindings.bind(collection, description.id);
      return description;
    },
    'credentials.bind': async ({ id, collection }) => {
      // Only a key that exists can be bound; resolving it gives the usual clear error otherwise.
      await service.resolve(id);
      await bindings.bind(collection, id);
      return { bound: true };
    },
    'credentials.remove': async ({ id }) => ({ removed: await service.remove(id) }),
  };
}
