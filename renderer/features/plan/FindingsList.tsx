import { useState } from 'react';
import type { NamingFinding, PlanFix, RuleId, Severity } from '../../../shared/domain/naming/types';
import { filterFindings, noFilter, rulesOf } from './filter-findings';
import type { FindingFilter } from './filter-findings';
import { RuleLink } from './RuleLink';

interface FindingsListProps {
  findings: readonly NamingFinding[];
  onApplyFix(fix: PlanFix): void;
}

/** The naming findings with filters by severity and rule, and a button per quick fix. */
export function FindingsList({ findings, onApplyFix }: FindingsListProps) {
  const [filter, setFilter] = useState<FindingFilter>(noFilter);
  const shown = filterFindings(findings, filter);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section aria-label="Naming findings">
      <h3>
        Findings: {errors} errors, {findings.length - errors} warnings
      </h3>
      <label>
        Severity{' '}
        <select
          aria-label="Filter by severity"
          value={filter.severity}
          onChange={(e) => setFilter({ ...filter, severity: e.target.value as Severity | 'all' })}
        >
          <option value="all">all</option>
          <option value="error">errors</option>
          <option value="warning">warnings</option>
        </select>
      </label>{' '}
      <label>
        Rule{' '}
        <select
          aria-label="Filter by rule"
          value={filter.rule}
          onChange={(e) => setFilter({ ...filter, rule: e.target.value as RuleId | 'all' })}
        >
          <option value="all">all</option>
          {rulesOf(findings).map((rule) => (
            <option key={rule} value={rule}>
              {rule}
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 ? (
        <p className="muted">
          No findings{findings.length > 0 ? ' match the filter' : ': every name follows the rules'}.
        </p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {shown.map((finding, i) => (
            <li key={`${finding.rule}-${finding.element.id}-${i}`}>
              <span className={finding.severity === 'error' ? 'error-text' : 'warning'}>
                {finding.severity}
              </span>{' '}
              <RuleLink rule={finding.rule} />{' '}
              <span className="muted">
                {finding.element.kind} {finding.element.name}
              </span>
              : {finding.message}{' '}
              {finding.quickFix && (
                <button
                  type="button"
                  onClick={() => finding.quickFix && onApplyFix(finding.quickFix.fix)}
                >
                  {finding.quickFix.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
