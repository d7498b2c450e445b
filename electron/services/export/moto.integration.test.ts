import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOperationInput } from '../../../shared/ipc/contract';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import { motoSkipReason, startMoto } from '../../../test/moto';
import type { Moto } from '../../../test/moto';
import { runCli } from '../../cli/main';
import { createShapeStore, findShapesDir } from '../catalog/shape-store';
import { createEngine } from '../engine/engine';
import type { Engine } from '../engine/engine';
import { createExportHandlers } from './handlers';

const skipReason = motoSkipReason();

async function cli(argv: string[], cwd: string): Promise<number> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.resume();
  stderr.resume();
  const stdin = new PassThrough();
  stdin.end('');
  return runCli(argv, { stdout, stderr, stdin, env: {}, cwd, isTty: false });
}

describe.skipIf(skipReason !== undefined)(
  `plan and bundle from real moto calls${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let moto: Moto;
    let engine: Engine;
    let dir = '';
    beforeAll(async () => {
      // Signing is tested elsewhere; moto 5 answers SignatureDoesNotMatch to a correctly signed Polly GET /v1/voices.
      moto = await startMoto({ auth: false });
      const credentials = { accessKeyId: moto.accessKeyId, secretAccessKey: moto.secretAccessKey };
      engine = createEngine({
        credentials: { resolve: async () => ({ credentials }) },
        clock: () => new Date(),
        env: {},
      });
      dir = await mkdtemp(join(tmpdir(), 'cs-moto-export-'));
    });
    afterAll(async () => {
      await engine?.dispose();
      await moto?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('gives the same plan and the same bundle bytes in the app and the CLI', async () => {
      const specs: RequestSpecInput[] = [
        {
          region: 'us-east-1',
          service: 'polly',
          method: 'GET',
          path: '/v1/voices',
          endpoint: moto.endpoint,
        },
        {
          region: 'us-east-1',
          service: 'dynamodb',
          operation: 'ListTables',
          method: 'POST',
          path: '/',
          endpoint: moto.endpoint,
        },
      ];
      const sent = await Promise.all(
        specs.map((spec, i) =>
          engine.send(requestSpecSchema.parse(spec), { requestId: `export-${i}` }),
        ),
      );
      expect(sent.map((s) => `${s.status} ${s.status === 200 ? '' : s.preview}`)).toEqual([
        '200 ',
        '200 ',
      ]);
      // The app reads the same generated AWS shapes the CLI does: both plans are model-complete.
      const shapesDir = findShapesDir();
      expect(shapesDir, 'dist/aws-shapes is built (npm run build)').toBeDefined();
      const handlers = createExportHandlers({
        mode: 'browser',
        toolVersion: '0.1.0',
        readBody: (id) => engine.readModelText(id),
        shapes: createShapeStore(shapesDir ?? ''),
      });
      const built = await handlers['plan.build'](
        parseOperationInput('plan.build', {
          operations: specs.map((spec, i) => ({ spec, responseId: sent[i]?.responseId })),
        }),
        undefined,
      );
      const [polly, dynamo] = built.plan.operations;
      expect(polly?.microflow.name).toBe('Get_v1_DescribeVoices');
      // Model-complete: members moto's voices lack come from the AWS model.
      const voice = built.model.entities.find((e) => e.name === 'Voice');
      expect(voice?.attributes.map((a) => a.name)).toContain('LanguageName');
      expect(
        polly?.responseStructure?.elements.some((e) => e.key === 'AdditionalLanguageCodes'),
      ).toBe(true);
      expect(polly?.exposed).toMatchObject({ caption: 'DescribeVoices', category: 'Amazon Polly' });
      expect(dynamo?.microflow.steps.find((s) => s.kind === 'header-list')).toMatchObject({
        headers: [
          { name: 'x-amz-target', value: 'DynamoDB_20120810.ListTables' },
          { name: 'content-type', value: 'application/x-amz-json-1.0' },
        ],
      });
      const app = await handlers['bundle.export'](
        { plan: built.plan, model: built.model, format: 'zip' },
        undefined,
      );

      const args: string[] = [];
      for (const [i, spec] of specs.entries()) {
        await writeFile(join(dir, `r${i}.json`), JSON.stringify(spec));
        await writeFile(
          join(dir, `s${i}.json`),
          await engine.readModelText(sent[i]?.responseId ?? ''),
        );
        args.push('--request', `r${i}.json`, '--sample', `s${i}.json`);
      }
      expect(await cli(['export', ...args, '--out', 'cli.zip', '--check'], dir)).toBe(0);
      const fromCli = await readFile(join(dir, 'cli.zip'));
      expect(fromCli.toString('base64')).toBe(app.download?.base64);
    });
  },
);
