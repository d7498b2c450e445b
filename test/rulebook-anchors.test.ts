import { describe, expect, it } from 'vitest';
import { ruleAnchor, ruleSources } from '../shared/domain/naming/rule-sources';
import type { RuleId } from '../shared/domain/naming/types';
import { anchorsOf, emittedFindingKinds, filesUnder, readRepoFile, sectionOf } from './rulebook';

const sources = (folder: string) =>
  filesUnder(folder, ['.ts']).filter((path) => !/\.test(-helper)?\.ts$/.test(path));

/** Rule ids written as literals anywhere in the domain code (`rule: 'C06'`, `'N08'`). */
function emittedRuleIds(): Set<string> {
  const ids = new Set<string>();
  for (const path of sources('shared/domain'))
    for (const match of readRepoFile(path).matchAll(/'([NC]\d\d)'/g))
      if (match[1]) ids.add(match[1]);
  return ids;
}

/** Finding kinds by the rulebook page that must explain them. */
function emittedKindsByPage(): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  for (const path of sources('shared/domain')) {
    const page = path.includes('/entity-model/')
      ? 'docs/rules/entity-model.md'
      : 'docs/rules/json-structure.md';
    const kinds = pages.get(page) ?? new Set<string>();
    for (const kind of emittedFindingKinds(readRepoFile(path))) kinds.add(kind);
    pages.set(page, kinds);
  }
  return pages;
}

describe('the rulebook in docs/rules', () => {
  it('has a heading for every naming rule id the code emits, with its title and source', () => {
    const naming = readRepoFile('docs/rules/naming.md');
    const ids = emittedRuleIds();
    // The scan must see the rules, or this test would pass on nothing.
    expect(ids.size).toBeGreaterThanOrEqual(20);
    expect([...ids].filter((id) => !(id in ruleSources))).toEqual([]);
    for (const id of Object.keys(ruleSources) as RuleId[]) {
      const anchor = ruleAnchor(id).split('#')[1] ?? '';
      const section = sectionOf(naming, anchor)?.replace(/`/g, '');
      expect(section, `docs/rules/naming.md has no heading "### ${id}"`).toBeDefined();
      const { title, source } = ruleSources[id];
      expect(section, `${id}: docs/rules/naming.md should state "${title}"`).toContain(
        `**${title}`,
      );
      if (source)
        expect(section, `${id}: docs/rules/naming.md should link ${source}`).toContain(source);
      else
        expect(section, `${id}: say that no public page states it`).toMatch(/no\s+public\s+page/);
    }
  });

  it('has a heading for every structure and entity-model finding kind the code emits', () => {
    const byPage = emittedKindsByPage();
    expect(byPage.get('docs/rules/json-structure.md')).toContain('later-item-keys');
    expect(byPage.get('docs/rules/json-structure.md')).toContain('incompatible-types');
    expect(byPage.get('docs/rules/entity-model.md')).toContain('dropped-wrapper');
    for (const [page, kinds] of byPage) {
      const anchors = anchorsOf(readRepoFile(page));
      const missing = [...kinds].filter((kind) => !anchors.has(kind));
      expect(missing, `finding kinds without a "### kind" heading in ${page}`).toEqual([]);
    }
  });

  it('resolves every docs/rules link in the docs, the README and the code', () => {
    const files = [
      'README.md',
      ...filesUnder('docs', ['.md']),
      ...sources('shared'),
      ...sources('electron'),
      ...filesUnder('renderer', ['.ts', '.tsx']),
    ];
    const broken: string[] = [];
    for (const file of files) {
      const text = readRepoFile(file);
      const base = file.startsWith('docs/rules/')
        ? 'docs/rules/'
        : file.startsWith('docs/')
          ? 'docs/'
          : '';
      const links = [
        ...[...text.matchAll(/docs\/rules\/([a-z-]+\.md)(?:#([a-z0-9-]+))?/g)].map((m) => ({
          path: `docs/rules/${m[1]}`,
          anchor: m[2],
        })),
        // Relative Markdown links inside docs/ (`[x](naming.md#n03)`, `[x](rules/README.md)`).
        ...[...text.matchAll(/\]\(((?:[a-z-]+\/)*[a-z-]+\.md)(?:#([a-z0-9-]+))?\)/gi)].map((m) => ({
          path: `${base}${m[1]}`,
          anchor: m[2],
        })),
      ];
      for (const { path, anchor } of links) {
        let target: string;
        try {
          target = readRepoFile(path);
        } catch {
          broken.push(`${file}: ${path} does not exist`);
          continue;
        }
        if (anchor && !anchorsOf(target).has(anchor)) broken.push(`${file}: ${path}#${anchor}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
