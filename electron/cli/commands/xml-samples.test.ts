import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../../test/cli-capture';

const dir = mkdtempSync(join(tmpdir(), 'xml-samples-cli-'));
const fixtures = join(__dirname, '../../../shared/domain/plan/fixtures');
copyFileSync(join(fixtures, 's3-list-objects-v2.xml'), join(dir, 's3.xml'));
copyFileSync(join(fixtures, 'sqs-receive-message.xml'), join(dir, 'sqs.xml'));
writeFileSync(join(dir, 'dtd.xml'), '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>');
const wideAttributes = Array.from({ length: 100_000 }, (_, i) => `a${i}="v"`).join(' ');
writeFileSync(join(dir, 'wide.xml'), `<ListAllMyBucketsResult ${wideAttributes}/>`);

const run = (argv: string[]) => runCaptured(argv, {}, { cwd: dir, stdin: '' });

describe('XML samples on the command line', () => {
  it('structure reads an S3 XML response, rooted at its document element, and prints its XSD', async () => {
    const tree = await run(['structure', 's3.xml']);
    expect(tree.code).toBe(0);
    expect(tree.stdout).toMatch(/^Root {2}Object 1\.\.1\n {2}Name {2}String/);
    expect(tree.stdout).not.toContain('xmlns');
    const xsd = await run(['structure', 's3.xml', '--snippet']);
    expect(xsd.stdout).toContain('<xs:element name="ListBucketResult">');
  });

  it('model reads an XML response', async () => {
    const model = await run([
      'model',
      'sqs.xml',
      '--service',
      'sqs',
      '--operation',
      'ReceiveMessage',
    ]);
    expect(model.code).toBe(0);
    const names = JSON.parse(model.stdout).entities.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['ReceiveMessageResponse', 'Message']));
  });

  it('plan plans an XML response with an XML schema', async () => {
    const plan = await run([
      'plan',
      's3.xml',
      '--service',
      's3',
      '--method',
      'GET',
      '--path',
      '/DOC-EXAMPLE-BUCKET?list-type=2',
    ]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Documents: XSD_ListObjectsV2, IMM_ListObjectsV2');
  });

  it('refuses an XML sample with a DTD as a usage error naming the file', async () => {
    const result = await run(['structure', 'dtd.xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dtd.xml: The XML body declares a DOCTYPE');
  });

  // Before the limit, plan spent hours on this 1 MB file (naming checks square the attribute count).
  it.each([
    ['structure', 'wide.xml'],
    ['plan', 'wide.xml', '--service', 's3', '--method', 'GET', '--path', '/'],
  ])(
    '%s refuses an element with 100,000 attributes as a usage error naming the limit',
    async (...argv) => {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        'wide.xml: The XML body is too wide to model: <ListAllMyBucketsResult> has more than 1000 attributes',
      );
    },
  );
});
