import { usesStoredSecrets } from '../../shared/ipc/operations/request';
import type { RequestSpecInput } from '../../shared/ipc/operations/request';
import type { RequestDraft } from '../stores/request-store';
import { buildRequestSpec } from '../stores/build-spec';
import { activeEnvironment, applyVariables } from '../features/collections/apply-variables';
import { useCollectionsStore } from '../features/collections/store';
import { useUnresolvedStore } from '../stores/unresolved-store';

/** A spec ready to send, a form problem to show, or the variables that keep it from being sent. */
export type SendSpec =
  { ok: true; spec: RequestSpecInput } | { ok: false; message: string; unresolved?: string[] };

/** What of the collections state decides the variables: the open folder and the chosen environment. */
export type VariableSource = Parameters<typeof activeEnvironment>[0];

/**
 * Builds the draft's spec and, when a collection is open, fills the chosen environment's variables
 * (secret ones go as references, for the privileged side to fill).
 */
export function buildSendSpec(draft: RequestDraft, source: VariableSource): SendSpec {
  const built = buildRequestSpec(draft);
  if (!built.ok || !source.dir) return built;
  const applied = applyVariables(built.spec, activeEnvironment(source));
  // Secret variables are filled only from what the user granted this collection, so the folder goes along.
  if (applied.ok && usesStoredSecrets(applied.spec))
    return { ok: true, spec: { ...applied.spec, collection: source.dir } };
  if (applied.ok) return applied;
  return {
    ok: false,
    message: `Unresolved variables: ${applied.unresolved.join(', ')}.`,
    unresolved: applied.unresolved,
  };
}

/** `buildSendSpec` over the live stores; shows or clears the unresolved-variables alert. */
export function prepareSendSpec(draft: RequestDraft): SendSpec {
  const result = buildSendSpec(draft, useCollectionsStore.getState());
  const alert = useUnresolvedStore.getState();
  if (!result.ok && result.unresolved) alert.show(result.unresolved);
  else alert.clear();
  return result;
}
