import { findVariables } from '../../../shared/domain/collection';
import { useActiveEnvironment } from './use-active-environment';
import { VariableText } from './VariableText';

const none = new Map<string, string>();

/** A text's `{{variables}}` highlighted under its input, when a collection is open and the text has any. */
export function VariableHint({ text }: { text: string }) {
  const { open, environment } = useActiveEnvironment();
  if (!open || findVariables(text, none).length === 0) return null;
  return (
    <div className="variable-hint">
      <VariableText text={text} environment={environment} />
    </div>
  );
}
