/**
 * Shared support of the Model SDK script tests: the bundles they generate, writing their mendix/
 * folders to a temp dir, running a script's core on the stand-in, reading the stand-in's units.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IModel } from 'mendixmodelsdk';
import { afterAll, beforeAll } from 'vitest';
import { mendixScriptFiles } from '../shared/domain/mendix-script/render-script';
import type { RecordedOperation } from '../shared/domain/plan/build-connector';
import {
  connectorOf,
  dynamoListTables,
  pollyDescribeVoices,
} from '../shared/domain/plan/fixtures.test-helper';
import { buildServiceShapes } from '../build/generate-shapes.mjs';
import type { ServiceShapes } from '../shared/aws/shapes';
import { all, location, planOf } from './golden-operations';
import type { ModelServerStandIn } from './mendix-model-server';
import { openStandInModel } from './mendix-stand-in-app';

/** An S3 ListObjectsV2 call (rest-xml), its XML answer in the JSON form the pipeline reads. */
export const s3ListObjects: RecordedOperation = {
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

/** A DynamoDB DescribeTable call: JSON protocol with an input member, so a request body to export. */
export const dynamoDescribeTable: RecordedOperation = {
  request: {
    service: 'dynamodb',
    region: 'us-east-1',
    method: 'POST',
    path: '/',
    query: [],
    headers: [
      ['X-Amz-Target', 'DynamoDB_20120810.DescribeTable'],
      ['Content-Type', 'application/x-amz-json-1.0'],
    ],
    body: '{"TableName":"Music"}',
  },
  samples: ['{"Table":{"TableName":"Music","ItemCount":3,"TableStatus":"ACTIVE"}}'],
};

/** Plans from the AWS models (the CLI's and the app's default): required checks, inputs sent when set. */
const shapes = new Map(
  ['lambda', 's3', 'location'].map((id) => [id, buildServiceShapes(id) as ServiceShapes]),
);

export const bundles = {
  lambda: planOf(all.lambda, shapes),
  s3Model: planOf(all.s3, shapes),
  location: planOf(location, shapes),
  polly: connectorOf(pollyDescribeVoices),
  dynamodb: connectorOf(dynamoListTables),
  describeTable: connectorOf(dynamoDescribeTable),
  s3: connectorOf(s3ListObjects),
  three: connectorOf(pollyDescribeVoices, dynamoListTables, s3ListObjects),
};

export type BundleName = keyof typeof bundles;

/** Writes each bundle's mendix/ folder to a new temp dir that resolves packages from ours. */
export function writeScripts(): { workspace: string; scripts: Record<BundleName, string> } {
  const workspace = mkdtempSync(join(tmpdir(), 'apply-connector-'));
  symlinkSync(resolve('node_modules'), join(workspace, 'node_modules'), 'dir');
  const scripts = {} as Record<BundleName, string>;
  for (const [name, connector] of Object.entries(bundles)) {
    const folder = join(workspace, name);
    mkdirSync(folder);
    for (const file of mendixScriptFiles(connector.plan, connector.model))
      writeFileSync(join(folder, file.path.replace('mendix/', '')), file.content);
    scripts[name as BundleName] = join(folder, 'apply-connector.ts');
  }
  return { workspace, scripts };
}

/** The scripts of every bundle, written before a test file's tests and removed after them. */
export function useScriptWorkspace(): { workspace: string; scripts: Record<BundleName, string> } {
  const state = { workspace: '', scripts: {} as Record<BundleName, string> };
  beforeAll(() => Object.assign(state, writeScripts()));
  afterAll(() => rmSync(state.workspace, { recursive: true, force: true }));
  return state;
}

export type Tree = { $ID: string; $Type: string; [key: string]: unknown };

interface ScriptModule {
  applyConnector: (model: IModel) => Promise<{
    created: string[];
    updated: string[];
    unchanged: string[];
    manual: string[];
  }>;
}

/** The units inside a module (folders followed), from the stand-in's state built from the deltas. */
export function unitsInModule(server: ModelServerStandIn, moduleName: string): Tree[] {
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

/** Runs a generated script's core on the stand-in; returns its report and the deltas it sent. */
export async function runScript(server: ModelServerStandIn, script: string) {
  const module = (await import(pathToFileURL(script).href)) as ScriptModule;
  const model = await openStandInModel(server);
  const before = server.deltas.length;
  const report = await module.applyConnector(model);
  await model.flushChanges();
  return { report, deltas: server.deltas.slice(before) };
}

/** Every element of a unit tree, depth first in document order. */
export function nodesOf(tree: unknown): Tree[] {
  const result: Tree[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...(node as unknown[]).slice().reverse());
    else if (node && typeof node === 'object') {
      if ('$Type' in node) result.push(node as Tree);
      stack.push(...Object.values(node).reverse());
    }
  }
  return result;
}

export const ofType = (tree: unknown, type: string) =>
  nodesOf(tree).filter((n) => n.$Type === type);

/** Mendix's own variables, declared by the runtime rather than the flow. */
const builtIns = new Set(['latestError', 'latestHttpResponse', 'currentUser', 'currentSession']);

/** The `$Variable` names expressions of a microflow read that no parameter or action declares. */
export function undeclaredVariables(microflow: Tree): string[] {
  const nodes = nodesOf(microflow);
  const declared = new Set([
    ...ofType(microflow, 'Microflows$MicroflowParameterObject').map((p) => String(p.name)),
    ...nodes.flatMap((n) =>
      typeof n.outputVariableName === 'string' ? [n.outputVariableName] : [],
    ),
    ...builtIns,
  ]);
  const read = new Set<string>();
  for (const node of nodes)
    for (const [key, value] of Object.entries(node))
      if (typeof value === 'string' && !key.startsWith('$') && key !== 'documentation')
        for (const match of value.matchAll(/\$([A-Za-z_]\w*)/g)) read.add(match[1] as string);
  return [...read].filter((name) => !declared.has(name)).sort();
}
