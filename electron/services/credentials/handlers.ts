import type { Handlers } from '../../../shared/ipc/dispatch';
import type { CredentialService } from './credential-service';

export type CredentialsHandlers = Pick<
  Handlers<unknown>,
  'credentials.list' | 'credentials.add' | 'credentials.remove'
>;

/** The contract handlers for listing, adding and removing credentials (`credentials.test` lives with the engine). */
export function credentialsHandlers(service: CredentialService): CredentialsHandlers {
  return {
    'credentials.list': () => service.list(),
    'credentials.add': (input) => service.add(input),
    'credentials.remove': async ({ id }) => ({ removed: await service.remove(id) }),
  };
}
