import { describe, expect, it } from 'vitest';
import { invokeOperation } from '../../../shared/ipc/dispatch';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { StudioError } from '../../../shared/ipc/errors';
import { largeBody, tsStructureWorker } from '../../../test/structure-worker';
import { buildServiceShapes } from '../../../build/generate-shapes.mjs';
import type { ServiceShapes } from '../../../shared/aws/shapes';
import { createStructureHandlers } from './handlers';
import type { StructureHandlerDeps } from './handlers';

const bodies = new Map([['r1', '{"Voices":[{"Id":"Emma"}]}']]);
const handlers = createStructureHandlers({
  readBody: async (id) => {
    const body = bodies.get(id);
    if (body === undefined) throw new StudioError('not-found', `No response ${id}.`);
    return body;
  },
}) as unknown as Handlers;
const call = (name: string, input: unknown) =>
  invokeOperation(handlers, { name, input, context: undefined });

describe('structure operations', () => {
  it('infers from a kept response plus saved samples', async () => {
    const result = await call('structure.infer', {
      responseId: 'r1',
      samples: ['{"Voices":[{"Name":"Amy"}]}'],
      options: { studioProVersion: 10 },
    });
    expect(result.ok).toBe(true);
    const value = (result as { value: { elements: { name: string }[] } }).value;
    expect(value.elements.map((e) => e.name)).toEqual(['Root', 'Voices', 'Voice', '_Id', 'Name']);
  });

  it('reports malformed JSON as invalid input with the position', async () => {
    const result = await call('structure.infer', {
      samples: ['{"a":\n  oops}'],
      options: { studioProVersion: 10 },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { line: 2, column: 3, offset: 8 } },
    });
  });

  it('refuses a call with neither a response nor samples, and passes a missing response through', async () => {
    expect(await call('structure.infer', { options: { studioProVersion: 10 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await call('structure.infer', { responseId: 'gone', options: { studioProVersion: 10 } }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('writes the representative snippet of a structure that crossed the bridge', async () => {
    const inferred = await call('structure.infer', {
      samples: ['[{"a":1},{"b":"x"}]'],
      options: { studioProVersion: 9 },
    });
    const structure = JSON.parse(JSON.stringify((inferred as { value: unknown }).value)) as unknown;
    const result = await call('structure.snippet', { structure });
    expect(JSON.parse((result as { value: { snippet: string } }).value.snippet)).toEqual([
      { a: 1, b: 'x' },
    ]);
  });

  it('answers progress for a job id: not started, then done with the whole input scanned', async () => {
    expect(await call('structure.progress', { jobId: 'j-1' })).toEqual({
      ok: true,
      value: { fraction: null, done: false },
    });
    const result = await call('structure.infer', {
      responseId: 'r1',
      jobId: 'j-1',
      options: { studioProVersion: 10 },
    });
    expect(result.ok).toBe(true);
    expect(await call('structure.progress', { jobId: 'j-1' })).toEqual({
      ok: true,
      value: { fraction: 1, done: true },
    });
  });
});

describe('structure.infer in the worker', () => {
  const big = largeBody(10);
  const workerBodies = new Map([
    ['big', big],
    ['bad', `[${big.slice(0, 3_000_000)}`],
  ]);
  function workerHandlers(extra: Partial<StructureHandlerDeps> = {}): Handlers {
    const readBody = async (id: string) => workerBodies.get(id) ?? '';
    return createStructureHandlers({
      readBody,
      worker: tsStructureWorker(),
      ...extra,
    }) as unknown as Handlers;
  }

  it('infers a large body off the thread, with progress readable while it runs, and the in-thread result', async () => {
    const seen: Promise<unknown>[] = [];
    const handlers = workerHandlers({
      onProgress: () => seen.push(handlers['structure.progress']({ jobId: 'big-1' }, undefined)),
    });
    const result = await invokeOperation(handlers, {
      name: 'structure.infer',
      input: { responseId: 'big', jobId: 'big-1', options: { studioProVersion: 10 } },
      context: undefined,
    });
    const inThread = await invokeOperation(
      createStructureHandlers({ readBody: async () => big }) as unknown as Handlers,
      {
        name: 'structure.infer',
        input: { responseId: 'big', options: { studioProVersion: 10 } },
        context: undefined,
      },
    );
    expect(result).toEqual(inThread);
    const progress = (await Promise.all(seen)) as { fraction: number; done: boolean }[];
    expect(progress.some((p) => p.fraction > 0 && p.fraction < 1 && !p.done)).toBe(true);
    expect(await handlers['structure.progress']({ jobId: 'big-1' }, undefined)).toEqual({
      fraction: 1,
      done: true,
    });
  });

  it('reports malformed JSON from the worker exactly as in-thread: invalid input with the position', async () => {
    const viaWorker = await invokeOperation(workerHandlers(), {
      name: 'structure.infer',
      input: { responseId: 'bad', options: { studioProVersion: 10 } },
      context: undefined,
    });
    const inThread = await invokeOperation(
      createStructureHandlers({
        readBody: async () => workerBodies.get('bad') ?? '',
      }) as unknown as Handlers,
      {
        name: 'structure.infer',
        input: { responseId: 'bad', options: { studioProVersion: 10 } },
        context: undefined,
      },
    );
    expect(viaWorker).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { offset: expect.any(Number), line: 1 } },
    });
    expect(viaWorker).toEqual(inThread);
  });

  it('ends the older job when a newer one for the same response starts', async () => {
    const handlers = workerHandlers();
    const infer = (jobId: string) =>
      invokeOperation(handlers, {
        name: 'structure.infer',
        input: { responseId: 'big', jobId, options: { studioProVersion: 10 } },
        context: undefined,
      });
    const [older, newer] = await Promise.all([infer('a'), infer('b')]);
    expect(older).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(newer.ok).toBe(true);
    expect(await handlers['structure.progress']({ jobId: 'a' }, undefined)).toMatchObject({
      done: true,
    });
  });

  it('keeps small bodies in-thread even with a worker configured', async () => {
    const handlers = createStructureHandlers({
      readBody: async () => '{"a":1}',
      worker: { path: new URL('data:text/javascript,process.exit(9)') },
    }) as unknown as Handlers;
    expect(
      await invokeOperation(handlers, {
        name: 'structure.infer',
        input: { responseId: 'x', options: { studioProVersion: 10 } },
        context: undefined,
      }),
    ).toMatchObject({ ok: true });
  });
});

describe('structure.requestSide', () => {
  const withShapes = createStructureHandlers({
    readBody: async () => '{}',
    shapes: {
      serviceShapes: async (id) => buildServiceShapes(id) as ServiceShapes | undefined,
    },
  }) as unknown as Handlers;
  const requestSide = (input: unknown) =>
    invokeOperation(withShapes, { name: 'structure.requestSide', input, context: undefined });

  it('gives the request entity the path and query members of Lambda GetFunction, required marked', async () => {
    const result = await requestSide({
      spec: {
        region: 'us-west-2',
        service: 'lambda',
        method: 'GET',
        path: '/2015-03-31/functions/my-function',
      },
    });
    expect(result.ok).toBe(true);
    const { inputs } = (result as { value: { inputs: Array<Record<string, unknown>> } }).value;
    expect(inputs.map((i) => [i.member, i.location, i.required])).toEqual([
      ['FunctionName', 'uri', true],
      ['Qualifier', 'querystring', false],
    ]);
  });

  it('makes the JSON body model-complete, and follows the sent body alone when switched off', async () => {
    const spec = {
      region: 'us-east-1',
      service: 'polly',
      method: 'POST',
      path: '/v1/speech',
      body: { kind: 'text', text: '{"Text":"Hi","VoiceId":"Joanna","OutputFormat":"mp3"}' },
    };
    const keys = (result: Awaited<ReturnType<typeof requestSide>>) =>
      (
        result as { value: { structure?: { elements: Array<{ key: string | null }> } } }
      ).value.structure?.elements
        .map((e) => e.key)
        .filter((k) => k !== null);
    expect(keys(await requestSide({ spec }))).toEqual(
      expect.arrayContaining(['Engine', 'LexiconNames', 'Text', 'VoiceId']),
    );
    expect(keys(await requestSide({ spec, modelComplete: false }))).toEqual([
      'Text',
      'VoiceId',
      'OutputFormat',
    ]);
  });
});
