import type { Environment } from '../../../shared/domain/collection';
import { variableStates } from './apply-variables';
import { variableSegments } from './highlight-variables';
import { describeVariable, variableClass } from './variable-title';

/** Shows a text with its `{{variables}}` highlighted; unresolved ones are marked for the user before sending. */
export function VariableText({
  text,
  environment,
}: {
  text: string;
  environment: Environment | undefined;
}) {
  const states = new Map(variableStates([text], environment).map((s) => [s.name, s]));
  return (
    <span className="variable-text">
      {variableSegments(text, environment).map((segment, index) => {
        const state = segment.variable && states.get(segment.variable.name);
        if (!state) return <span key={index}>{segment.text}</span>;
        return (
          <mark
            key={index}
            className={variableClass(state.state)}
            title={`{{${state.name}}}: ${describeVariable(state)}`}
          >
            {segment.text}
          </mark>
        );
      })}
    </span>
  );
}
