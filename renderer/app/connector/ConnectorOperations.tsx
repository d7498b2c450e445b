import { useConnectorStore } from '../../stores/connector-store';
import type { ConnectorEntry } from '../../stores/connector-store';

function describeEntry(entry: ConnectorEntry): string {
  const { service, operation, method, path } = entry.spec;
  return operation ? `${service} ${operation}` : `${service} ${method} ${path}`;
}

/** The responses kept as connector operations, each with a remove button. */
export function ConnectorOperations() {
  const entries = useConnectorStore((state) => state.entries);
  const remove = useConnectorStore((state) => state.remove);
  if (entries.length === 0) {
    return (
      <p className="muted">
        No operations yet: send a request, then press "Add to connector" on its response.
      </p>
    );
  }
  return (
    <ul aria-label="Connector operations" className="connector-operations">
      {entries.map((entry) => {
        const label = describeEntry(entry);
        return (
          <li key={entry.key}>
            <span>{label}</span>{' '}
            <span className="muted">
              {entry.spec.method} {entry.spec.path}
            </span>{' '}
            <button type="button" aria-label={`Remove ${label}`} onClick={() => remove(entry.key)}>
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}
