import type { Handlers } from '../../../shared/ipc/dispatch';
import { StudioError } from '../../../shared/ipc/errors';
import type { KeyStore } from '../credentials/index';
import { applyToMendixApp } from './apply-service';
import type { ScriptRunner } from './apply-service';

/** The key-store id of the Mendix token; the credential list skips this `mendix:` prefix. */
export const mendixTokenId = 'mendix:token';

/** The `mendix.*` handlers: the token lives in the key store like a static key and never crosses the bridge. */
export function createMendixHandlers(deps: {
  keyStore: KeyStore;
  run?: ScriptRunner;
}): Pick<
  Handlers<unknown>,
  'mendix.token.status' | 'mendix.token.set' | 'mendix.token.clear' | 'mendix.apply'
> {
  const { keyStore } = deps;
  const status = async () => ({
    hasToken: (await keyStore.get(mendixTokenId)) !== undefined,
    storage: keyStore.storage,
  });
  return {
    'mendix.token.status': status,
    'mendix.token.set': async ({ token }) => {
      await keyStore.put({
        id: mendixTokenId,
        label: 'Mendix personal access token',
        accessKeyId: 'MENDIXPERSONALACCESSTOKEN',
        secretAccessKey: token,
      });
      return status();
    },
    'mendix.token.clear': async () => {
      await keyStore.remove(mendixTokenId);
      return status();
    },
    'mendix.apply': async ({ plan, model, appId, branch }) => {
      const stored = await keyStore.get(mendixTokenId);
      if (!stored)
        throw new StudioError('credentials', 'Store a Mendix personal access token first.');
      return applyToMendixApp(
        { plan, model, target: { appId, branch: branch ?? 'main', token: stored.secretAccessKey } },
        () => undefined,
        deps.run,
      );
    },
  };
}
