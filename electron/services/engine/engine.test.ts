import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/errors';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import { BodyStore } from '../http/body-store';
import type { HttpResponse, SendHttpOptions } from '../http/send';
import { createEngine } from './engine';
import type { CredentialResolver } from './engine';
import type { SentRequest } from './sent-record';
import { TEXT_PREVIEW_BYTES } from './summarize';

const SECRET = 'engine/test+SECRET0123456789abcdefghijkl';
const TOKEN = 'FwoGZXIvYXdzENGINE//test+token/0123456789==';
const CREDS = { accessKeyId: 'AKIDENGINETEST000001', secretAccessKey: SECRET, sessionToken: TOKEN };
const fixed: CredentialResolver = { resolve: async () => ({ credentials: CREDS }) };
const spec = (input: Partial<RequestSpecInput> = {}) =>
  requestSpecSchema.parse({
    region: 'eu-west-1',
    service: 'dynamodb',
    operation: 'ListTables',
    method: 'POST',
    path: '/',
    ...input,
  });

function respond(
  body: string | Uint8Array,
  init: { status?: number; headers?: Array<[string, string]> } = {},
): HttpResponse {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return {
    status: init.status ?? 200,
    statusText: 'OK',
    headers: init.headers ?? [],
    timing: { totalMs: 1 },
    body: BodyStore.fromBytes(bytes),
  };
}

function recorder(
  make: () => HttpResponse = () =>
    respond('{}', { headers: [['Content-Type', 'application/x-amz-json-1.0']] }),
) {
  const sent: SendHttpOptions[] = [];
  const sendImpl = async (options: SendHttpOptions) => {
    sent.push(options);
    return make();
  };
  return { sent, sendImpl };
}

describe('createEngine', () => {
  it('signs with the injected clock, sends the signed headers, and shows no secret', async () => {
    const { sent, sendImpl } = recorder();
    const engine = createEngine({
      credentials: fixed,
      clock: () => new Date('2024-03-04T05:06:07Z'),
      env: {},
      sendImpl,
    });
    const summary = await engine.send(spec(), { requestId: 'r1' });
    expect(sent).toHaveLength(1);
    const wire = sent[0] as SendHttpOptions;
    expect(wire.url).toBe('https://dynamodb.eu-west-1.amazonaws.com');
    expect(wire.headers).toContainEqual(['x-amz-date', '20240304T050607Z']);
    expect(wire.headers).toContainEqual(['x-amz-security-token', TOKEN]);
    expect(summary.signed.headers).toContainEqual(['x-amz-security-token', '<session-token>']);
    const shown = JSON.stringify(summary);
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain(TOKEN);
  });

  it('dry runs are reproducible with a fixed signing date and send nothing', async () => {
    const { sent, sendImpl } = recorder();
    const engine = createEngine({ credentials: fixed, clock: () => new Date(), env: {}, sendImpl });
    const one = await engine.dryRun(spec({ signingDate: '2024-01-02T03:04:05Z' }));
    const two = await engine.dryRun(spec({ signingDate: '2024-01-02T03:04:05Z' }));
    expect(two).toEqual(one);
    expect(one.stringToSign).toContain('20240102/eu-west-1/dynamodb/aws4_request');
    expect(sent).toHaveLength(0);
  });

  it('never sends when credentials cannot be resolved', async () => {
    const { sent, sendImpl } = recorder();
    const failing: CredentialResolver = {
      resolve: async () => {
        throw new Error(`config mentions ${SECRET}`);
      },
    };
    const engine = createEngine({
      credentials: failing,
      clock: () => new Date(),
      env: {},
      sendImpl,
    });
    const error = await engine.send(spec(), { requestId: 'r' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe('credentials');
    expect((error as StudioError).message).not.toContain(SECRET);
    expect(sent).toHaveLength(0);
  });

  it('summarises XML errors, clock skew and large bodies, and keeps the whole body', async () => {
    const xml = '<Error><Code>RequestTimeTooSkewed</Code><Message>too skewed</Message></Error>';
    const headers: Array<[string, string]> = [
      ['Content-Type', 'application/xml'],
      ['Date', 'Mon, 04 Mar 2024 06:06:07 GMT'],
    ];
    const { sendImpl } = recorder(() => respond(xml, { status: 403, headers }));
    const engine = createEngine({
      credentials: fixed,
      clock: () => new Date('2024-03-04T05:06:07Z'),
      env: {},
      sendImpl,
    });
    const summary = await engine.send(spec(), { requestId: 'r' });
    expect(summary.awsError).toMatchObject({ code: 'RequestTimeTooSkewed', message: 'too skewed' });
    expect(summary.clockSkewMs).toBe(3_600_000);
    expect(JSON.parse(summary.xmlAsJson ?? '{}')).toMatchObject({
      Error: { Code: 'RequestTimeTooSkewed' },
    });

    const big = 'x'.repeat(TEXT_PREVIEW_BYTES + 10);
    const large = createEngine({
      credentials: fixed,
      clock: () => new Date(),
      env: {},
      sendImpl: recorder(() => respond(big, { headers: [['Content-Type', 'text/plain']] }))
        .sendImpl,
    });
    const truncated = await large.send(spec(), { requestId: 'r' });
    expect(truncated).toMatchObject({ truncated: true, size: big.length, bodyKind: 'text' });
    expect(truncated.preview).toHaveLength(TEXT_PREVIEW_BYTES);
    const tail = await large.readRange({
      responseId: truncated.responseId,
      offset: TEXT_PREVIEW_BYTES,
      length: 100,
    });
    expect(tail).toMatchObject({
      data: 'x'.repeat(10),
      encoding: 'utf8',
      offset: TEXT_PREVIEW_BYTES,
      length: 10,
      total: big.length,
    });
  });

  it('tells onSent about every request that went on the wire, without secrets, and nothing about unsent ones', async () => {
    const heard: SentRequest[] = [];
    const onSent = (sent: SentRequest) => heard.push(sent);
    let fail = false;
    const sendImpl = async () => {
      if (fail) throw new StudioError('network', 'Connection refused by 127.0.0.1:1.');
      return respond('{}', { status: 201 });
    };
    const engine = createEngine({ credentials: fixed, clock: () => new Date(), env: {}, sendImpl });
    await engine.send(spec({ headers: [['x-note', SECRET]] }), { requestId: 'ok', onSent });
    fail = true;
    await expect(engine.send(spec(), { requestId: 'down', onSent })).rejects.toMatchObject({
      code: 'network',
    });
    expect(heard).toEqual([
      expect.objectContaining({
        name: 'ListTables',
        status: 201,
        durationMs: 1,
        spec: expect.objectContaining({
          method: 'POST',
          service: 'dynamodb',
          region: 'eu-west-1',
          path: '/',
        }),
      }),
      expect.objectContaining({
        name: 'ListTables',
        error: 'network: Connection refused by 127.0.0.1:1.',
      }),
    ]);
    expect(heard[1]).not.toHaveProperty('status');
    expect(JSON.stringify(heard)).not.toContain(SECRET);

    const noKeys: CredentialResolver = { resolve: async () => Promise.reject(new Error('none')) };
    const unsigned = createEngine({
      credentials: noKeys,
      clock: () => new Date(),
      env: {},
      sendImpl,
    });
    await expect(unsigned.send(spec(), { requestId: 'x', onSent })).rejects.toMatchObject({
      code: 'credentials',
    });
    expect(heard).toHaveLength(2);
  });

  it('a failing onSent listener does not fail the request', async () => {
    const engine = createEngine({
      credentials: fixed,
      clock: () => new Date(),
      env: {},
      sendImpl: recorder().sendImpl,
    });
    const onSent = () => {
      throw new Error('disk full');
    };
    await expect(engine.send(spec(), { requestId: 'r', onSent })).resolves.toMatchObject({
      status: 200,
    });
  });

  it('keeps a bounded number of responses, releasing the oldest', async () => {
    const engine = createEngine({
      credentials: fixed,
      clock: () => new Date(),
      env: {},
      sendImpl: recorder().sendImpl,
      maxKeptResponses: 2,
    });
    const ids: string[] = [];
    for (const requestId of ['a', 'b', 'c'])
      ids.push((await engine.send(spec(), { requestId })).responseId);
    expect(() => engine.body(ids[0] as string)).toThrow(/No response/);
    expect(engine.body(ids[2] as string).size).toBe(2);
  });

  it('cancels a request in flight by its id', async () => {
    const sendImpl = (options: SendHttpOptions) =>
      new Promise<HttpResponse>((_resolve, reject) => {
        options.signal?.addEventListener('abort', () =>
          reject(new StudioError('cancelled', 'The request was cancelled.')),
        );
      });
    const engine = createEngine({ credentials: fixed, clock: () => new Date(), env: {}, sendImpl });
    const pending = engine.send(spec(), { requestId: 'slow' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(engine.cancel('slow')).toBe(true);
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(engine.cancel('slow')).toBe(false);
  });
});
