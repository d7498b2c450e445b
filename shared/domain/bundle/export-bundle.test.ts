import { Sha256 } from '@aws-crypto/sha256-js';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { layoutEntityModel } from '../diagram/layout';
import { buildConnector } from '../plan/build-connector';
import { connectorOf, dynamoListTables, pollyDescribeVoices } from '../plan/fixtures.test-helper';
import { toSentRequest } from '../plan/sent-request';
import { awsCatalog } from '../../aws/catalog';
import { exportBundle } from './export-bundle';
import type { BundleFile } from './export-bundle';
import { readmeHeadings } from './readme';
import { studioProImportProblems } from './studio-pro-openapi.test-helper';

function sha256(text: string): string {
  const hash = new Sha256();
  hash.update(new TextEncoder().encode(text));
  return Buffer.from(hash.digestSync()).toString('hex');
}

async function bundleOf(connector: ReturnType<typeof connectorOf>): Promise<BundleFile[]> {
  return exportBundle({
    ...connector,
    diagram: await layoutEntityModel(connector.model),
    hash: sha256,
  });
}

const textOf = (files: BundleFile[], path: string): string => {
  const file = files.find((f) => f.path === path);
  if (!file || typeof file.content !== 'string') throw new Error(`no ${path}`);
  return file.content;
};

describe('exportBundle', () => {
  it('lists every file of the bundle, sorted, with hashes in the manifest', async () => {
    const files = await bundleOf(connectorOf(pollyDescribeVoices, dynamoListTables));
    expect(files.map((f) => f.path)).toMatchInlineSnapshot(`
      [
        "README.md",
        "connector.json",
        "docs/actions.md",
        "docs/entities.md",
        "domain-model/domain-model.json",
        "domain-model/domain-model.mmd",
        "domain-model/domain-model.svg",
        "mendix/README.md",
        "mendix/apply-connector.ts",
        "mendix/package.json",
        "naming/naming-report.json",
        "naming/naming-report.md",
        "openapi.yaml",
        "operations/DescribeVoices/JSON_DescribeVoices.json",
        "operations/DescribeVoices/mappings.json",
        "operations/DescribeVoices/microflow.json",
        "operations/DescribeVoices/microflow.md",
        "operations/DescribeVoices/request.json",
        "operations/DescribeVoices/structure.json",
        "operations/ListTables/JSON_ListTables.json",
        "operations/ListTables/JSON_ListTablesRequest.json",
        "operations/ListTables/mappings.json",
        "operations/ListTables/microflow.json",
        "operations/ListTables/microflow.md",
        "operations/ListTables/request-structure.json",
        "operations/ListTables/request.json",
        "operations/ListTables/structure.json",
      ]
    `);
    const manifest = JSON.parse(textOf(files, 'connector.json'));
    const readme = manifest.files.find((f: { path: string }) => f.path === 'README.md');
    expect(readme.sha256).toBe(sha256(textOf(files, 'README.md')));
    expect(manifest.operations.map((o: { microflow: string }) => o.microflow)).toEqual([
      'Get_v1_DescribeVoices',
      'Post_v1_ListTables',
    ]);
  });

  it('gives byte-identical files for the same input', async () => {
    const first = await bundleOf(connectorOf(pollyDescribeVoices, dynamoListTables));
    const second = await bundleOf(connectorOf(pollyDescribeVoices, dynamoListTables));
    expect(second).toEqual(first);
  });

  it('writes the README in the Marketplace template sections', async () => {
    const readme = textOf(await bundleOf(connectorOf(pollyDescribeVoices)), 'README.md');
    let from = 0;
    for (const heading of readmeHeadings) {
      const at = readme.indexOf(`\n${heading}\n`, from);
      expect(at, heading).toBeGreaterThan(from - 1);
      from = at;
    }
    expect(readme).toContain('Studio Pro 9.18.0 or above');
    expect(readme).toContain('AWS Authentication 3.0.0 or above');
  });

  it('writes an OpenAPI 3.0 document Studio Pro can import, with entity-named schemas and signed-header parameters', async () => {
    const yaml = textOf(
      await bundleOf(connectorOf(pollyDescribeVoices, dynamoListTables)),
      'openapi.yaml',
    );
    const document = parse(yaml);
    const result = await validate(structuredClone(document));
    expect(result.valid ? '' : compileErrors(result)).toBe('');
    const broken = structuredClone(document);
    delete broken.paths['/v1/voices'].get.responses;
    expect((await validate(broken)).valid).toBe(false);
    expect(Object.keys(document.paths)).toEqual(['/v1/voices', '/']);
    const post = document.paths['/'].post;
    expect(
      post.parameters.find((p: { name: string }) => p.name === 'X-Amz-Target').schema.enum,
    ).toEqual(['DynamoDB_20120810.ListTables']);
    expect(studioProImportProblems(document)).toEqual([]);
    // Response schemas carry the entity names Studio Pro shows (Voice, not DescribeVoicesResponse_Voice).
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['DescribeVoicesResponse', 'Voice', 'ListTablesResponse']),
    );
  });

  it('keeps JSON-protocol operations that share a path apart', async () => {
    const limits = {
      ...dynamoListTables,
      request: {
        ...dynamoListTables.request,
        headers: [['X-Amz-Target', 'DynamoDB_20120810.DescribeLimits']] as Array<[string, string]>,
      },
      samples: ['{"AccountMaxReadCapacityUnits":80000}'],
    };
    const yaml = textOf(await bundleOf(connectorOf(dynamoListTables, limits)), 'openapi.yaml');
    const document = parse(yaml);
    expect(Object.keys(document.paths)).toEqual(['/', '/#DescribeLimits']);
    const result = await validate(document);
    expect(result.valid ? '' : compileErrors(result)).toBe('');
  });

  it('puts no secret into any file', async () => {
    const secrets = [
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY',
      'FwoGZXIvYXdzEXAMPLESESSIONTOKEN',
      'AKIDPLANTEDKEY0001',
      'my-api-key-value-42',
      'sig0123456789abcdef',
    ];
    const request = toSentRequest({
      service: 'polly',
      region: 'us-east-1',
      method: 'GET',
      path: `/v1/voices?X-Amz-Security-Token=${secrets[1]}&X-Amz-Signature=${secrets[4]}&X-Amz-Credential=${secrets[2]}`,
      query: [
        ['Engine', 'neural'],
        ['token', secrets[1] as string],
      ],
      headers: [
        ['Authorization', `AWS4-HMAC-SHA256 Credential=${secrets[2]}/x, Signature=${secrets[4]}`],
        ['X-Amz-Security-Token', secrets[1] as string],
        ['x-api-key', secrets[3] as string],
        ['X-Aws-Secret-Access-Key', secrets[0] as string],
      ],
    });
    const spec = { ...request, credentialId: `profile:${secrets[2]}` } as typeof request;
    const connector = buildConnector({
      catalog: awsCatalog,
      operations: [
        { request: spec, samples: [pollyDescribeVoices.samples[0] as string] },
        dynamoListTables,
      ],
    });
    const files = await bundleOf(connector);
    for (const file of files) {
      const content =
        typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
      for (const secret of secrets)
        expect(content.includes(secret), `${secret} in ${file.path}`).toBe(false);
    }
    expect(textOf(files, 'operations/DescribeVoices/request.json')).toContain('"Engine"');
    // The Model SDK script is among the files searched.
    expect(textOf(files, 'mendix/apply-connector.ts')).toContain(
      'export async function applyConnector(',
    );
  });

  it('sanitizes file names made from user-editable names', async () => {
    const connector = connectorOf(pollyDescribeVoices);
    const operation = connector.plan.operations[0]!;
    const evil = {
      ...operation,
      id: '../../etc',
      documents: operation.documents.map((d) =>
        d.id === 'json' ? { ...d, name: '..\\..\\x/JSON' } : d,
      ),
    };
    const twin = { ...operation, id: '../../ETC' };
    const files = exportBundle({
      ...connector,
      plan: { ...connector.plan, operations: [evil, twin] },
      diagram: await layoutEntityModel(connector.model),
      hash: sha256,
    });
    for (const file of files) {
      expect(
        file.path.split('/').every((part) => part !== '..' && part !== '' && !part.includes('\\')),
      ).toBe(true);
    }
    const folders = new Set(
      files
        .filter((f) => f.path.startsWith('operations/'))
        .map((f) => f.path.split('/')[1]!.toLowerCase()),
    );
    expect(folders.size).toBe(2);
  });
});
