import { ruleAnchor, ruleSources } from '../naming/rule-sources';
import type { NamingFinding, RuleId } from '../naming/types';
import type { ConnectorPlan } from '../plan/types';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The naming report as data: counts by severity and every finding. */
export function namingReport(plan: ConnectorPlan, findings: readonly NamingFinding[]) {
  return {
    module: plan.module.name,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      element: f.element,
      message: f.message,
      quickFix: f.quickFix?.label ?? null,
    })),
  };
}

/** The naming report as a Markdown table. */
export function namingReportMarkdown(
  plan: ConnectorPlan,
  findings: readonly NamingFinding[],
): string {
  const report = namingReport(plan, findings);
  const lines = [
    `# Naming report for ${plan.module.name}`,
    '',
    `${report.errors} errors, ${report.warnings} warnings. Each rule is explained, with its public source, in Connector Studio's rulebook (docs/rules/naming.md).`,
    '',
  ];
  if (findings.length > 0) {
    lines.push(
      '| Rule | Severity | Element | Finding | Quick fix |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const f of report.findings)
      lines.push(
        `| ${f.rule} | ${f.severity} | ${f.element.kind} ${cell(f.element.name)} | ${cell(f.message)} | ${cell(f.quickFix ?? '')} |`,
      );
    lines.push('', ...ruleLines(findings.map((f) => f.rule)), '');
  }
  return lines.join('\n');
}

/** The rules the findings cite, each with its title, rulebook anchor and public source. */
function ruleLines(rules: readonly RuleId[]): string[] {
  const cited = [...new Set(rules)].sort();
  return [
    '## Rules',
    '',
    ...cited.map((rule) => {
      const { title, source } = ruleSources[rule];
      return `- ${rule}: ${title} (${ruleAnchor(rule)}; source: ${source ?? 'no public page, see the rulebook'})`;
    }),
  ];
}
