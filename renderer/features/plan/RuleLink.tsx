import { ruleSources } from '../../../shared/domain/naming/rule-sources';
import type { RuleId } from '../../../shared/domain/naming/types';

/** A finding's rule id, linked to the Mendix page the rule rests on, its title as the tooltip. */
export function RuleLink({ rule }: { rule: RuleId }) {
  const { title, source } = ruleSources[rule];
  const code = <code title={title}>{rule}</code>;
  // Electron's window-open handler sends allow-listed https links to the system browser.
  return source ? (
    <a href={source} target="_blank" rel="noreferrer" title={`${rule}: ${title}`}>
      {code}
    </a>
  ) : (
    code
  );
}
