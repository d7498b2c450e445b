import type { NamingFinding, RuleId, Severity } from '../../../shared/domain/naming/types';

export interface FindingFilter {
  severity: Severity | 'all';
  rule: RuleId | 'all';
}

export const noFilter: FindingFilter = { severity: 'all', rule: 'all' };

/** The findings a filter lets through, in their order. */
export function filterFindings(
  findings: readonly NamingFinding[],
  filter: FindingFilter,
): NamingFinding[] {
  return findings.filter(
    (f) =>
      (filter.severity === 'all' || f.severity === filter.severity) &&
      (filter.rule === 'all' || f.rule === filter.rule),
  );
}

/** The rule ids present in the findings, sorted, for the rule filter. */
export function rulesOf(findings: readonly NamingFinding[]): RuleId[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}
