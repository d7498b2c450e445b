import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOperationInput } from '../../../shared/ipc/contract';
import { createExportHandlers } from './handlers';
import { writeBundleFolder, zipBundle } from './write-bundle';

const pollySample = JSON.stringify({
  Voices: [
    {
      Gender: 'Female',
      Id: 'Emma',
      LanguageCode: 'en-GB',
      LanguageName: 'British English',
      Name: 'Emma',
    },
  ],
});
const pollySpec = {
  region: 'us-east-1',
  service: 'polly',
  method: 'GET',
  path: '/v1/voices',
  headers: [['X-Amz-Security-Token', 'PLANTED-TOKEN-123']] as [string, string][],
};

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cs-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function handlers(mode: 'desktop' | 'browser', target?: string) {
  return createExportHandlers({
    mode,
    toolVersion: '0.1.0',
    readBody: async (responseId) =>
      responseId === 'r1' ? pollySample : Promise.reject(new Error('unknown')),
    ...(target ? { chooseSavePath: async () => target } : {}),
  });
}

describe('export handlers', () => {
  it('builds a plan from a kept response, fixes it, and exports the same zip twice', async () => {
    const h = handlers('browser');
    const built = await h['plan.build'](
      parseOperationInput('plan.build', { operations: [{ spec: pollySpec, responseId: 'r1' }] }),
      undefined,
    );
    expect(built.plan.operations[0]?.microflow.name).toBe('Get_v1_DescribeVoices');
    const renamed = { ...built.plan, module: { ...built.plan.module, name: 'polly' } };
    const fixed = await h['plan.applyFix'](
      {
        plan: renamed,
        model: built.model,
        fix: { kind: 'rename-module', to: 'AmazonPollyConnector' },
      },
      undefined,
    );
    expect(fixed.plan.module.name).toBe('AmazonPollyConnector');
    const first = await h['bundle.export'](
      { plan: fixed.plan, model: fixed.model, format: 'zip' },
      undefined,
    );
    const second = await h['bundle.export'](
      { plan: fixed.plan, model: fixed.model, format: 'zip' },
      undefined,
    );
    expect(first.download?.fileName).toBe('AmazonPollyConnector.zip');
    expect(second.download?.base64).toBe(first.download?.base64);
    const entries = unzipSync(Buffer.from(first.download?.base64 ?? '', 'base64'));
    expect(Object.keys(entries)).toContain('connector.json');
    for (const content of Object.values(entries))
      expect(Buffer.from(content).toString('utf8')).not.toContain('PLANTED-TOKEN-123');
  });

  it('applies saved model decisions', async () => {
    const built = await handlers('browser')['plan.build'](
      parseOperationInput('plan.build', {
        operations: [
          {
            spec: pollySpec,
            samples: [pollySample],
            modelDecisions: { names: { 'response:(Object)|Voices|(Object)': 'Speaker' } },
          },
        ],
      }),
      undefined,
    );
    expect(built.model.entities.map((e) => e.name)).toContain('Speaker');
    expect(built.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('writes a folder on the desktop and replaces an earlier bundle, never other folders', async () => {
    const target = join(dir, 'bundle');
    const h = handlers('desktop', target);
    const built = await h['plan.build'](
      parseOperationInput('plan.build', {
        operations: [{ spec: pollySpec, samples: [pollySample] }],
      }),
      undefined,
    );
    const result = await h['bundle.export'](
      { plan: built.plan, model: built.model, format: 'folder' },
      undefined,
    );
    expect(result.savedTo).toBe(target);
    expect(await readdir(target)).toContain('connector.json');
    await h['bundle.export']({ plan: built.plan, model: built.model, format: 'folder' }, undefined);
    expect((await readdir(dir)).sort()).toEqual(['bundle']);
    const other = join(dir, 'other');
    await mkdir(other);
    await writeFile(join(other, 'keep.txt'), 'mine');
    await expect(writeBundleFolder([{ path: 'a.txt', content: 'x' }], other)).rejects.toThrow(
      /not an exported bundle/,
    );
    expect(await readFile(join(other, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('refuses bundle paths that leave the folder', async () => {
    expect(() => zipBundle([{ path: '../evil.txt', content: 'x' }])).toThrow(/Refusing/);
    await expect(
      writeBundleFolder([{ path: 'a/../../evil.txt', content: 'x' }], join(dir, 'out')),
    ).rejects.toThrow(/Refusing/);
  });
});
