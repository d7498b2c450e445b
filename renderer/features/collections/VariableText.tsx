import type { Environment } from '../../../shared/domain/collection';
import { variableSegments } from './highlight-variables';

/** Shows a text with its `{{variables}}` highlighted; unresolved ones are marked for the user before sending. */
export function VariableText({
  text,
  environment,
}: {
  text: string;
  environment: Environment | undefined;
}) {
  return (
    <span className="variable-text">
      {variableSegments(text, environment).map((segment, index) =>
        segment.variable ? (
          <mark
            key={index}
            className={segment.variable.resolved ? 'variable-resolved' : 'variable-unresolved'}
            title={
              segment.variable.resolved
                ? `{{${segment.variable.name}}} is set`
                : `{{${segment.variable.name}}} has no value in this environment`
            }
          >
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
