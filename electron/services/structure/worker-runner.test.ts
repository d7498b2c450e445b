import { describe, expect, it } from 'vitest';
import {
  inferJsonStructure,
  StructureParseError,
} from '../../../shared/domain/json-structure/index';
import { StudioError } from '../../../shared/ipc/errors';
import { largeBody, tsStructureWorker } from '../../../test/structure-worker';
import { runInWorker } from './worker-runner';

const tsWorker = tsStructureWorker();

describe('runInWorker', () => {
  it('infers a 10 MB body off the thread, reporting progress, with the same result as in-thread', async () => {
    const body = largeBody(10);
    const fractions: number[] = [];
    const job = runInWorker(
      tsWorker,
      { samples: [body], options: { studioProVersion: 10, protocol: 'ec2' } },
      (fraction) => fractions.push(fraction),
    );
    const structure = await job.result;
    expect(structure).toEqual(
      inferJsonStructure([body], { studioProVersion: 10, protocol: 'ec2' }),
    );
    expect(fractions.length).toBeGreaterThanOrEqual(2);
    expect(fractions.some((fraction) => fraction > 0 && fraction < 1)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('returns malformed JSON as a StructureParseError with the same position as in-thread', async () => {
    const text = '{"a":\n  oops}';
    const inThread = (() => {
      try {
        inferJsonStructure([text], { studioProVersion: 10 });
      } catch (error) {
        return error as StructureParseError;
      }
    })();
    const error = await runInWorker(tsWorker, {
      samples: [text],
      options: { studioProVersion: 10 },
    }).result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StructureParseError);
    expect((error as StructureParseError).position).toEqual(inThread?.position);
    expect((error as StructureParseError).message).toBe(inThread?.message);
  });

  it('turns a worker that crashes, exits early or cannot load into an internal error', async () => {
    const input = { samples: ['{}'], options: { studioProVersion: 10 as const } };
    const exits = runInWorker(
      { path: new URL('data:text/javascript,process.exit(3)') },
      input,
    ).result;
    await expect(exits).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('exit code 3'),
    });
    const throws = runInWorker(
      { path: new URL('data:text/javascript,throw new RangeError("boom")') },
      input,
    ).result;
    await expect(throws).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('RangeError'),
    });
    const missing = runInWorker(
      { path: new URL('./no-such-worker.mjs', import.meta.url) },
      input,
    ).result;
    await expect(missing).rejects.toMatchObject({ code: 'internal' });
  });

  it('ends a worker that never answers with a timeout error, and a cancelled one with the given error', async () => {
    const input = { samples: ['{}'], options: { studioProVersion: 10 as const } };
    const hangs = {
      path: new URL('data:text/javascript,setInterval(() => {}, 1000)'),
      timeoutMs: 50,
    };
    await expect(runInWorker(hangs, input).result).rejects.toMatchObject({ code: 'timeout' });
    const job = runInWorker({ ...hangs, timeoutMs: 60_000 }, input);
    job.cancel(new StudioError('cancelled', 'Replaced.'));
    await expect(job.result).rejects.toMatchObject({ code: 'cancelled', message: 'Replaced.' });
  });
});
