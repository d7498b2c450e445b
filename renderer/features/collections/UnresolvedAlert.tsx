import { useUnresolvedStore } from '../../stores/unresolved-store';

/** Says which variables kept the last send from going out; hidden when none did. */
export function UnresolvedAlert() {
  const names = useUnresolvedStore((s) => s.names);
  const clear = useUnresolvedStore((s) => s.clear);
  if (names.length === 0) return null;
  return (
    <div role="alert" aria-label="Unresolved variables" className="unresolved-alert">
      <p>Not sent: these variables have no value in the chosen environment.</p>
      <ul>
        {names.map((name) => (
          <li key={name}>{`{{${name}}}`}</li>
        ))}
      </ul>
      <button type="button" className="link" onClick={clear}>
        Dismiss
      </button>
    </div>
  );
}
