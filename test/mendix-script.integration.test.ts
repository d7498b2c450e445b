/**
 * The generated Model SDK script, verified without Mendix's servers: type-checked with
 * `tsc --strict` against the real mendixmodelsdk/mendixplatformsdk typings, and run with the real
 * Model SDK against the local model-server stand-in (test/mendix-model-server.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IModel } from 'mendixmodelsdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedOperation } from '../shared/domain/plan/build-connector';
import {
  connectorOf,
  dynamoListTables,
  pollyDescribeVoices,
} from '../shared/domain/plan/fixtures.test-helper';
import { mendixScriptFiles } from '../shared/domain/mendix-script/render-script';
import type { ModelServerStandIn } from './mendix-model-server';
import { openStandInModel, standInApp } from './mendix-stand-in-app';

/** An S3 ListObjectsV2 call (rest-xml), its XML answer in the JSON form the pipeline reads. */
const s3ListObjects: RecordedOperation = {
  request: {
    service: 's3',
    region: 'us-east-1',
    method: 'GET',
    path: '/my-bucket',
    query: [['list-type', '2']],
    headers: [],
  },
  samples: [
    JSON.stringify({
      ListBucketResult: {
        Name: 'my-bucket',
        KeyCount: 1,
        IsTruncated: false,
        Contents: [{ Key: 'a.txt', Size: 12, LastModified: '2024-01-02T03:04:05.000Z' }],
      },
    }),
  ],
};

const bundles = {
  polly: connectorOf(pollyDescribeVoices),
  dynamodb: connectorOf(dynamoListTables),
  s3: connectorOf(s3ListObjects),
  three: connectorOf(pollyDescribeVoices, dynamoListTables, s3ListObjects),
};

interface ScriptModule {
  applyConnector: (
    model: IModel,
  ) => Promise<{ created: string[]; updated: string[]; unchanged: string[] }>;
}

let workspace: string;

/** Writes each bundle's mendix/ folder to a temp dir that resolves packages from ours. */
function writeScripts(): Record<keyof typeof bundles, string> {
  const paths = {} as Record<keyof typeof bundles, string>;
  for (const [name, connector] of Object.entries(bundles)) {
    const folder = join(workspace, name);
    mkdirSync(folder);
    for (const file of mendixScriptFiles(connector.plan, connector.model))
      writeFileSync(join(folder, file.path.replace('mendix/', '')), file.content);
    paths[name as keyof typeof bundles] = join(folder, 'apply-connector.ts');
  }
  return paths;
}

let scripts: Record<keyof typeof bundles, string>;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'apply-connector-'));
  symlinkSync(resolve('node_modules'), join(workspace, 'node_modules'), 'dir');
  scripts = writeScripts();
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

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
        typeRoots: [join(workspace, 'node_modules', '@types')],
        skipLibCheck: true,
      },
      files: Object.values(scripts),
    };
    writeFileSync(join(workspace, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const versions = ['mendixmodelsdk', 'mendixplatformsdk'].map(
      (name) => createRequire(import.meta.url)(`${name}/package.json`).version,
    );
    expect(versions).toEqual(['4.111.0', '5.2.0']);
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(workspace, 'tsconfig.json')], {
        encoding: 'utf8',
      });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      output = `${failed.stdout ?? ''}${failed.stderr ?? ''}` || String(error);
    }
    expect(output).toBe('');
  }, 120_000);
});

type Tree = { $ID: string; $Type: string; [key: string]: unknown };

/** The units inside a module (folders followed), from the stand-in's state built from the deltas. */
function unitsInModule(server: ModelServerStandIn, moduleName: string) {
  const units = [...server.units.entries()];
  const module = units.find(
    ([, u]) => u.tree.$Type === 'Projects$Module' && u.tree.name === moduleName,
  );
  if (!module) return [];
  const inside = new Set([module[0]]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, unit] of units)
      if (!inside.has(id) && inside.has(unit.containerId)) {
        inside.add(id);
        grew = true;
      }
  }
  return units.filter(([id]) => id !== module[0] && inside.has(id)).map(([, u]) => u.tree as Tree);
}

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

async function runScript(server: ModelServerStandIn, script: string) {
  const module = (await import(pathToFileURL(script).href)) as ScriptModule;
  const model = await openStandInModel(server);
  const before = server.deltas.length;
  const report = await module.applyConnector(model);
  await model.flushChanges();
  return { report, deltas: server.deltas.slice(before) };
}

describe('generated apply-connector.ts on the real Model SDK and a model-server stand-in', () => {
  it('creates the Polly connector, then a second run sends no delta at all', async () => {
    const server = await standInApp({ withAuthentication: true });
    const first = await runScript(server, scripts.polly);
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

    const second = await runScript(server, scripts.polly);
    expect(second.report.created).toEqual([]);
    expect(second.report.updated).toEqual([]);
    expect(second.deltas).toEqual([]);
  }, 60_000);

  it('applies a bundle of three operations next to an earlier run without duplicating anything', async () => {
    const server = await standInApp({ withAuthentication: true });
    await runScript(server, scripts.polly);
    const { report } = await runScript(server, scripts.three);
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
    await expect(runScript(server, scripts.polly)).rejects.toThrow(
      /nothing was changed[\s\S]*no AWSAuthentication module/,
    );
    expect(server.deltas).toEqual([]);
  }, 60_000);
});
