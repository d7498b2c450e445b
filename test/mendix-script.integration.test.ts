/**
 * The generated Model SDK script, verified without Mendix's servers: type-checked with
 * `tsc --strict` against the real mendixmodelsdk/mendixplatformsdk typings, and run with the real
 * Model SDK against the local model-server stand-in (test/mendix-model-server.ts).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Tree } from './mendix-script-support';
import { bundles, runScript, unitsInModule, useScriptWorkspace } from './mendix-script-support';
import { addXmlDocumentsByHand, standInApp } from './mendix-stand-in-app';

const ws = useScriptWorkspace();

describe('generated apply-connector.ts', () => {
  it('type-checks with tsc --strict against mendixmodelsdk 4.111 and mendixplatformsdk 5.2', () => {
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        types: ['node'],
        typeRoots: [join(ws.workspace, 'node_modules', '@types')],
        skipLibCheck: true,
      },
      files: Object.values(ws.scripts),
    };
    writeFileSync(join(ws.workspace, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const versions = ['mendixmodelsdk', 'mendixplatformsdk'].map(
      (name) => createRequire(import.meta.url)(`${name}/package.json`).version,
    );
    expect(versions).toEqual(['4.111.0', '5.2.0']);
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(ws.workspace, 'tsconfig.json')], {
        encoding: 'utf8',
      });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      output = `${failed.stdout ?? ''}${failed.stderr ?? ''}` || String(error);
    }
    expect(output).toBe('');
  }, 120_000);
});

/** A JSON structure's element tree as stored, flattened pre-order. */
function storedElements(structure: Tree) {
  const result: Array<Record<string, unknown>> = [];
  const visit = (element: Tree) => {
    result.push({
      kind: element.elementType,
      primitiveType: element.primitiveType,
      path: element.path,
      name: element.exposedName,
      minOccurs: element.minOccurs,
      maxOccurs: element.maxOccurs,
      nillable: element.nillable,
    });
    for (const child of element.children as Tree[]) visit(child);
  };
  for (const root of structure.elements as Tree[]) visit(root);
  return result;
}

describe('generated apply-connector.ts on the real Model SDK and a model-server stand-in', () => {
  it('creates the Polly connector, then a second run sends no delta at all', async () => {
    const server = await standInApp({ withAuthentication: true });
    const first = await runScript(server, ws.scripts.polly);
    expect(server.unserved).toEqual([]);
    expect(first.deltas.length).toBeGreaterThan(0);
    const units = unitsInModule(server, 'AmazonPollyConnector');
    const documents = units
      .filter(
        (u) =>
          !['Projects$Folder', 'DomainModels$DomainModel', 'Security$ModuleSecurity'].includes(
            u.$Type,
          ),
      )
      .map((u) => `${u.$Type} ${String(u.name)}`)
      .sort();
    const planned = bundles.polly.plan.operations.flatMap((o) => [
      ...o.documents.map((d) => d.name),
      o.microflow.name,
    ]);
    expect(documents).toEqual([
      'ImportMappings$ImportMapping IMM_DescribeVoices',
      'JsonStructures$JsonStructure JSON_DescribeVoices',
      'Microflows$Microflow Get_v1_DescribeVoices',
    ]);
    expect(documents.map((d) => d.split(' ')[1]).sort()).toEqual([...new Set(planned)].sort());

    const structure = units.find((u) => u.name === 'JSON_DescribeVoices') as Tree;
    const ours = bundles.polly.plan.operations[0]!.responseStructure.elements.map((e) => ({
      kind: e.kind,
      primitiveType: e.primitiveType,
      path: e.path,
      name: e.name,
      minOccurs: e.minOccurs,
      maxOccurs: e.maxOccurs,
      nillable: e.nillable,
    }));
    expect(storedElements(structure)).toEqual(ours);

    const domainModel = units.find((u) => u.$Type === 'DomainModels$DomainModel') as Tree;
    const entities = (domainModel.entities as Tree[]).map((e) => e.name);
    expect(entities).toEqual(expect.arrayContaining(['DescribeVoicesResponse', 'Voice']));
    const microflow = units.find((u) => u.name === 'Get_v1_DescribeVoices') as Tree;
    const info = microflow.microflowActionInfo as Tree;
    expect([info.caption, info.category]).toEqual(['DescribeVoices', 'Amazon Polly']);
    const imm = units.find((u) => u.name === 'IMM_DescribeVoices') as Tree;
    expect(imm.jsonStructure).toBe('AmazonPollyConnector.JSON_DescribeVoices');

    const second = await runScript(server, ws.scripts.polly);
    expect(second.report.created).toEqual([]);
    expect(second.report.updated).toEqual([]);
    expect(second.deltas).toEqual([]);
  }, 60_000);

  it('applies a bundle of three operations next to an earlier run without duplicating anything', async () => {
    const server = await standInApp({ withAuthentication: true });
    await runScript(server, ws.scripts.polly);
    // The S3 operation answers in XML: its schema and mapping are added by hand first.
    await addXmlDocumentsByHand(server, {
      module: 'AmazonPollyConnector',
      schema: 'XSD_ListObjectsV2',
      importMapping: 'IMM_ListObjectsV2',
      rootElement: 'ListBucketResult',
    });
    const { report } = await runScript(server, ws.scripts.three);
    expect(report.created).toContain('microflow Post_v1_ListTables');
    expect(report.unchanged).toContain('entity Voice');
    const names = unitsInModule(server, 'AmazonPollyConnector').map((u) => String(u.name));
    expect(names.filter((n) => n === 'JSON_DescribeVoices')).toHaveLength(1);
    const modules = [...server.units.values()].filter((u) => u.tree.$Type === 'Projects$Module');
    expect(modules.map((m) => m.tree.name).sort()).toEqual([
      'AWSAuthentication',
      'AmazonPollyConnector',
      'MyFirstModule',
    ]);
  }, 60_000);

  it('stops before changing anything when the app lacks the AWS Authentication module', async () => {
    const server = await standInApp({ withAuthentication: false });
    await expect(runScript(server, ws.scripts.polly)).rejects.toThrow(
      /nothing was changed[\s\S]*no AWSAuthentication module/,
    );
    expect(server.deltas).toEqual([]);
  }, 60_000);
});
