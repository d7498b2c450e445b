import { useEffect, useRef } from 'react';
import { useSecretApprovalStore } from './secret-approval';

/** Shows every use of a collection's secret variables (variable, request field, host) before the first send to that host. */
export function SecretApprovalDialog() {
  const pending = useSecretApprovalStore((state) => state.pending);
  const answer = useSecretApprovalStore((state) => state.answer);
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus: Enter must not approve by accident.
  useEffect(() => cancel.current?.focus(), [pending]);
  if (!pending) return null;
  return (
    <div className="modal-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-label="Send secret variables?"
        className="modal"
        onKeyDown={(event) => event.key === 'Escape' && answer(false)}
      >
        <h2>Send secret variables?</h2>
        <p>
          This request puts values from your credential store into the request to{' '}
          <strong>{pending.host}</strong>, a host not yet approved for this collection:
        </p>
        <ul aria-label="Secret variable uses">
          {pending.uses.map((use) => (
            <li key={`${use.variable} ${use.field}`}>
              <code>{`{{${use.variable}}}`}</code> in {use.field}
            </li>
          ))}
        </ul>
        <p className="note">
          Approve only if you trust this collection and {pending.host}. The approval is kept for
          this collection and host.
        </p>
        <div className="modal-actions">
          <button ref={cancel} type="button" onClick={() => answer(false)}>
            Don&apos;t send
          </button>
          <button type="button" onClick={() => answer(true)}>
            Approve and send
          </button>
        </div>
      </div>
    </div>
  );
}
