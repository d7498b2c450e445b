import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/ipc/errors';
import { ApiError, createApiClient } from './client';
import { createBridgeTransport, createFetchTransport } from './transport';
import type { StudioBridge } from './bridge';

const regions = [
  { id: 'us-east-1', name: 'US East (N. Virginia)', partition: 'aws', dnsSuffix: 'amazonaws.com' },
];

describe('createApiClient', () => {
  it('returns the value of an ok result', async () => {
    const client = createApiClient(async () => ({ ok: true, value: regions }));
    await expect(client.call('catalog.regions', {})).resolves.toEqual(regions);
  });

  it('throws an ApiError with code, message and details for an error result', async () => {
    const client = createApiClient(async () => ({
      ok: false,
      error: { code: 'credentials', message: 'No credentials.', details: { profile: 'dev' } },
    }));
    const error = await client.call('credentials.list', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'credentials',
      message: 'No credentials.',
      details: { profile: 'dev' },
    });
  });

  it('rejects an answer that does not match the contract', async () => {
    const client = createApiClient(async () => ({ ok: true, value: [{ id: 7 }] }));
    await expect(client.call('catalog.regions', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('passes the operation name and input to the transport', async () => {
    const transport = vi.fn(async (): Promise<Result<unknown>> => ({
      ok: true,
      value: { cancelled: true },
    }));
    await createApiClient(transport).call('request.cancel', { requestId: 'abc' });
    expect(transport).toHaveBeenCalledWith('request.cancel', { requestId: 'abc' });
  });
});

describe('createFetchTransport', () => {
  it('posts JSON to /api/<operation> with same-origin credentials', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: regions })));
    const result = await createFetchTransport(fetchImpl)('catalog.regions', {});
    expect(result).toEqual({ ok: true, value: regions });
    expect(fetchImpl).toHaveBeenCalledWith('/api/catalog.regions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
    });
  });

  it('keeps an error result the host sent with a 4xx status', async () => {
    const body = { ok: false, error: { code: 'invalid-input', message: 'bad' } };
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify(body), { status: 400 }));
    await expect(createFetchTransport(fetchImpl)('catalog.regions', {})).resolves.toEqual(body);
  });

  it('turns a refusal without a result body into a network error', async () => {
    const fetchImpl = vi.fn(async () => new Response('Forbidden', { status: 403 }));
    const result = await createFetchTransport(fetchImpl)('catalog.regions', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(JSON.stringify(result)).toContain('403');
  });

  it('turns a failed fetch into a network error', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createFetchTransport(fetchImpl)('catalog.regions', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'network' },
    });
  });
});

describe('createBridgeTransport', () => {
  it('calls the preload method named after the operation', async () => {
    const regionsMethod = vi.fn(async () => ({ ok: true as const, value: regions }));
    const bridge = { 'catalog.regions': regionsMethod } as unknown as StudioBridge;
    const client = createApiClient(createBridgeTransport(bridge));
    await expect(client.call('catalog.regions', {})).resolves.toEqual(regions);
    expect(regionsMethod).toHaveBeenCalledWith({});
  });

  it('reports an operation the preload does not expose', async () => {
    const client = createApiClient(createBridgeTransport({} as StudioBridge));
    await expect(client.call('app.info', {})).rejects.toMatchObject({ code: 'not-found' });
  });
});
