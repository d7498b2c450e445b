import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, newCollection } from '../../../shared/domain/collection';
import type { CollectionData, RequestFile } from '../../../shared/domain/collection';
import { defaultModelDecisions, withName } from '../../../shared/domain/entity-model/decisions';
import { loadCollection, saveCollection } from './collection-store';

// A fixed identity and no user or system config: the commit must not depend on the machine.
function git(cwd: string, args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Studio Test',
      '-c',
      'user.email=studio@example.invalid',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'core.autocrlf=false',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
    },
  );
}

const ROOT = 'e:ListTablesResponse';
const TABLE_NAMES = 'e:TableNames';

function requestWithDecisions(name: string, operation: string): Omit<RequestFile, 'formatVersion'> {
  let model = withName(defaultModelDecisions, [ROOT], `${operation}Response`);
  model = withName(model, [TABLE_NAMES], 'TableName');
  model = { ...model, excluded: ['a:LastEvaluatedTableName'], documentation: { [ROOT]: 'Tables' } };
  return {
    name,
    folder: 'Tables',
    method: 'POST',
    region: 'us-east-1',
    service: 'dynamodb',
    operation,
    path: '/',
    query: [],
    headers: [['X-Amz-Target', `DynamoDB_20120810.${operation}`]],
    body: { kind: 'text', text: '{}' },
    modelDecisions: model,
  };
}

function collection(): CollectionData {
  const data = newCollection({ name: 'Dynamo', service: 'dynamodb', region: 'us-east-1' });
  const requests = [
    requestWithDecisions('List tables', 'ListTables'),
    requestWithDecisions('Describe limits', 'DescribeLimits'),
  ];
  return {
    collection: { ...data.collection, order: ['list-tables', 'describe-limits'] },
    requests: requests.map((request, index) => ({
      slug: index === 0 ? 'list-tables' : 'describe-limits',
      request: { ...request, formatVersion: FORMAT_VERSION },
    })),
  };
}

describe('a collection in Git', () => {
  it('shows one entity rename as a one-line diff in one file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-diff-'));
    await saveCollection(dir, collection());
    git(dir, ['init', '-q']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Collection']);

    // Opening and saving unchanged writes nothing Git would see (no timestamps, no reordering).
    const opened = await loadCollection(dir);
    await saveCollection(dir, opened.data);
    expect(git(dir, ['status', '--porcelain'])).toBe('');

    const renamed: CollectionData = {
      ...opened.data,
      requests: opened.data.requests.map((entry) =>
        entry.slug === 'list-tables' && entry.request.modelDecisions
          ? {
              ...entry,
              request: {
                ...entry.request,
                modelDecisions: withName(entry.request.modelDecisions, [TABLE_NAMES], 'Table'),
              },
            }
          : entry,
      ),
    };
    await saveCollection(dir, renamed);

    expect(git(dir, ['status', '--porcelain'])).toBe(' M requests/list-tables.json\n');
    expect(git(dir, ['diff', '--numstat'])).toBe('1\t1\trequests/list-tables.json\n');
    const changed = git(dir, ['diff', '--unified=0'])
      .split('\n')
      .filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changed).toHaveLength(2);
    const [removed = '', added = ''] = changed;
    expect(removed).toMatch(new RegExp(`^-\\s+"${TABLE_NAMES}": "TableName",?$`));
    expect(added).toBe(`+${removed.slice(1).replace('"TableName"', '"Table"')}`);
  });
});
