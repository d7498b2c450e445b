import { useRequestStore } from '../../stores/request-store';

/** One input per `{Label}` of the operation's path template. */
export function PathLabels() {
  const labelNames = useRequestStore((state) => state.labelNames);
  const labels = useRequestStore((state) => state.labels);
  const setLabel = useRequestStore((state) => state.setLabel);
  if (labelNames.length === 0) return null;
  return (
    <fieldset className="path-labels">
      <legend>Path labels</legend>
      {labelNames.map((name) => (
        <label key={name} className="field">
          <span className="field-label">{name}</span>
          <input
            aria-label={`Path label ${name}`}
            value={labels[name] ?? ''}
            spellCheck={false}
            onChange={(event) => setLabel(name, event.target.value)}
          />
        </label>
      ))}
    </fieldset>
  );
}
