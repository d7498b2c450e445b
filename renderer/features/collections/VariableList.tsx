import { variableStates } from './apply-variables';
import { useActiveEnvironment } from './use-active-environment';
import { describeVariable, variableClass } from './variable-title';

/** Lists the `{{variables}}` of some texts with what the chosen environment holds for each; nothing without a collection. */
export function VariableList({ label, texts }: { label: string; texts: readonly string[] }) {
  const { open, environment } = useActiveEnvironment();
  if (!open) return null;
  const states = variableStates(texts, environment);
  if (states.length === 0) return null;
  return (
    <ul className="variable-list" aria-label={label}>
      {states.map((variable) => (
        <li key={variable.name}>
          <mark className={variableClass(variable.state)}>{`{{${variable.name}}}`}</mark>{' '}
          <span className="variable-value">{describeVariable(variable)}</span>
        </li>
      ))}
    </ul>
  );
}
