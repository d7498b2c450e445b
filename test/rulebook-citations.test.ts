import { describe, expect, it } from 'vitest';
import { loadAllCommands } from '../electron/cli/commands/index';
import { exportBundle } from '../shared/domain/bundle/export-bundle';
import { namingReportMarkdown } from '../shared/domain/bundle/naming-report';
import { layoutEntityModel } from '../shared/domain/diagram/layout';
import { ruleAnchor, ruleSources } from '../shared/domain/naming/rule-sources';
import type { NamingFinding, RuleId } from '../shared/domain/naming/types';
import { connectorOf, pollyDescribeVoices } from '../shared/domain/plan/fixtures.test-helper';
import { runCaptured } from './cli-capture';
import { filesUnder, readRepoFile } from './rulebook';

// Built from parts so that this file does not match what it looks for.
const designDocs = ['MENDIX', 'SIGV4', 'ARCHITECTURE', 'CONVENTIONS', 'SECURITY'].join('|');
/** Citations a user cannot follow: the team's design folder outside the repo, and issue numbers. */
const unreachable: readonly RegExp[] = [
  new RegExp(`\\b(${designDocs})\\.md\\b`),
  /\.\.\/shared\b/,
  /\bshared\/design\b/,
  /\bissues?\s+#?\d+/i,
  /\bissues?\s+\d+\s*(,|and)\s*\d+/i,
];

/** Each citation a user cannot follow in a text, as `where: match`. */
function unreachableCitations(where: string, text: string): string[] {
  return unreachable.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [`${where}: ${match[0]}`] : [];
  });
}

describe('user-visible text cites only the rulebook and public pages', () => {
  it('in the README and docs/', () => {
    const files = ['README.md', ...filesUnder('docs', ['.md'])];
    expect(files).toContain('docs/rules/naming.md');
    expect(files.flatMap((file) => unreachableCitations(file, readRepoFile(file)))).toEqual([]);
  });

  it('in every CLI help text', async () => {
    const commands = await loadAllCommands();
    const found = commands.flatMap((command) =>
      unreachableCitations(command.name, `${command.summary}\n${command.usage}`),
    );
    const top = await runCaptured(['--help']);
    expect([...found, ...unreachableCitations('--help', top.stdout)]).toEqual([]);
    expect(commands.find((command) => command.name === 'plan')?.usage).toContain(
      'docs/rules/naming.md',
    );
  });

  it('in every file of a bundle', async () => {
    const { plan, model } = connectorOf(pollyDescribeVoices);
    const files = exportBundle({
      plan,
      model,
      diagram: await layoutEntityModel(model),
      hash: () => '0',
    });
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((file) =>
      typeof file.content === 'string' ? unreachableCitations(file.path, file.content) : [],
    );
    expect(found).toEqual([]);
  });

  it('in a naming report citing every rule: each rule with its rulebook anchor and source', () => {
    const { plan } = connectorOf(pollyDescribeVoices);
    const findings: NamingFinding[] = (Object.keys(ruleSources) as RuleId[]).map((rule) => ({
      rule,
      severity: 'warning',
      element: { kind: 'entity', id: 'e', name: 'E' },
      message: 'm',
    }));
    const report = namingReportMarkdown(plan, findings);
    expect(unreachableCitations('naming-report.md', report)).toEqual([]);
    for (const finding of findings) {
      const { source } = ruleSources[finding.rule];
      expect(report).toContain(`- ${finding.rule}: `);
      expect(report).toContain(ruleAnchor(finding.rule));
      if (source) expect(report).toContain(source);
    }
  });

  it('and no source file cites the design documents outside the repository', () => {
    const files = ['shared', 'electron', 'renderer', 'build', 'bench', 'e2e', 'test'].flatMap(
      (folder) => filesUnder(folder, ['.ts', '.tsx', '.mjs', '.js']),
    );
    // `../shared/` is an import path in code; only the design documents are checked here.
    const designCitation = [new RegExp(`\\b(${designDocs})\\.md\\b`), /\bshared\/design\b/];
    const found = files.flatMap((file) => {
      const text = readRepoFile(file);
      return designCitation.flatMap((pattern) => (pattern.test(text) ? [file] : []));
    });
    expect(found).toEqual([]);
  });
});
