import type { Environment } from '../../../shared/domain/collection';

/** Picks the environment whose variables fill `{{name}}`. */
export function EnvironmentSelector({
  environments,
  value,
  onChange,
}: {
  environments: Environment[];
  value: string | undefined;
  onChange(name: string | undefined): void;
}) {
  return (
    <label className="environment-selector">
      Environment
      <select
        aria-label="Environment"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">No environment</option>
        {environments.map((environment) => (
          <option key={environment.name} value={environment.name}>
            {environment.name}
          </option>
        ))}
      </select>
    </label>
  );
}
