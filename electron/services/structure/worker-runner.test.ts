import { describe, expect, it } from 'vitest';
import {
  inferJsonStructure,
  StructureParseError,
} from '../../../shared/domain/json-structure/index';
import { StudioError } from '../../../shared/ipc/errors';
import { largeBody, tsStructureWorker } from '../../../test/structure-worker';
import { xmlToJson } from '../http/xml-json';
import { runInWorker, xmlConverter, xmlToJsonInWorker } from './worker-runner';

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

/** About `megabytes` MB of an S3 ListObjectsV2 answer. */
function listObjectsXml(megabytes: number): string {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i += 1) {
    const item = `<Contents><Key>photos/${i}.jpg</Key><LastModified>2026-01-01T10:00:00.000Z</LastModified><ETag>"${i.toString(16)}"</ETag><Size>${i}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
    items.push(item);
    size += item.length;
  }
  return `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name>${items.join('')}</ListBucketResult>`;
}

describe('XML to JSON off the host thread (issue 17)', () => {
  it('converts in the worker exactly as in-thread, while the host keeps running', async () => {
    const xml = listObjectsXml(4);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const json = await xmlToJsonInWorker(tsWorker, xml).finally(() => clearInterval(timer));
    // Converting 4 MB takes the worker well over 100 ms; in-thread, the interval could not fire at all.
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(json).toBe(xmlToJson(xml));
  });

  it('refuses a hostile 1 MB element with 100,000 attributes with the limit error, not a crash', async () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => `a${i}="v"`).join(' ');
    const hostile = `<Root ${attributes}/>`;
    const error = await xmlToJsonInWorker(tsWorker, hostile).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StudioError);
    expect(error).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/1000/) });
  });

  it('stops a conversion past the heap limit with an unsupported error', async () => {
    const error = await xmlToJsonInWorker({ ...tsWorker, maxHeapMb: 24 }, listObjectsXml(24)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'unsupported', message: expect.stringContaining('24 MB') });
  });

  it('keeps small bodies in-thread and sends larger ones to the worker', async () => {
    const small = '<a><b>1</b><b>2</b></a>';
    const convert = xmlConverter({ path: new URL('data:text/javascript,process.exit(3)') });
    // The broken worker is never started for a small body...
    await expect(convert(small)).resolves.toBe(xmlToJson(small));
    // ...and is started for a large one.
    await expect(convert(listObjectsXml(0.2))).rejects.toMatchObject({ code: 'internal' });
  });
});
