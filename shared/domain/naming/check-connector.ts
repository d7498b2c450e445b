import type { EntityModel } from '../entity-model/types';
import type { ConnectorPlan } from '../plan/types';
import { checkModel } from './check-model';
import { checkModule } from './check-module';
import { checkOperations } from './check-operation';
import type { NamingFinding } from './types';

const severityOrder = { error: 0, warning: 1 } as const;

/**
 * Every finding of docs/rules/naming.md on a plan and its domain model, errors first, then by rule
 * id; each finding names its element and, where one exists, a quick fix.
 */
export function checkConnector(plan: ConnectorPlan, model: EntityModel): NamingFinding[] {
  const findings = [
    ...checkModule(plan, model),
    ...checkModel(plan, model),
    ...checkOperations(plan, model),
  ];
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        severityOrder[a.finding.severity] - severityOrder[b.finding.severity] ||
        a.finding.rule.localeCompare(b.finding.rule) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/** Whether any finding would make Studio Pro refuse the connector. */
export function hasErrors(findings: readonly NamingFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
