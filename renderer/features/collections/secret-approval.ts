import { create } from 'zustand';
import type { SecretUsePlan } from '../../../shared/ipc/operations/request';
import { usesStoredSecrets } from '../../../shared/ipc/operations/request';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import type { ApiClient } from '../../api/client';

interface SecretApprovalState {
  /** The uses waiting for the user's answer (from the privileged side, without values); null when none. */
  pending: SecretUsePlan | null;
  answer: (approved: boolean) => void;
  ask: (plan: SecretUsePlan) => Promise<boolean>;
}

/** The one open question "send these secret variables to this host?", for the confirmation dialog. */
export const useSecretApprovalStore = create<SecretApprovalState>()((set, get) => ({
  pending: null,
  answer: () => undefined,
  ask: (plan) => {
    // A question still open is declined: only the newest request's uses are on screen.
    get().answer(false);
    return new Promise<boolean>((resolve) =>
      set({
        pending: plan,
        answer: (approved) => {
          set({ pending: null, answer: () => undefined });
          resolve(approved);
        },
      }),
    );
  },
}));

/**
 * Before a spec with secret variables goes out: asks the privileged side where they would go and,
 * when the collection has not approved that host, asks the user; an approval is stored there.
 */
export async function confirmSecretUses(api: ApiClient, spec: RequestSpecInput): Promise<boolean> {
  if (!usesStoredSecrets(spec)) return true;
  const plan = await api.call('request.secretPlan', spec);
  if (!plan || plan.approved) return true;
  if (!(await useSecretApprovalStore.getState().ask(plan))) return false;
  await api.call('request.approveSecretHost', { collection: plan.collection, host: plan.host });
  return true;
}
