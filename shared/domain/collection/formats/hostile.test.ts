import { describe, expect, it } from 'vitest';
import { collectionDataSchema } from '../schema';
import { importCollection } from './detect';

describe('hostile imports', () => {
  it('walks folders nested thousands deep without recursion, flattening what a collection cannot hold', () => {
    const depth = 5_000;
    const text = `{"info":{"name":"deep","schema":"v2.1"},"item":[${'{"name":"f","item":['.repeat(depth)}{"name":"leaf","request":{"method":"GET","url":"https://sqs.eu-west-1.amazonaws.com/"}}${']}'.repeat(depth)}]}`;
    const result = importCollection(text);
    expect(result.data.requests.map((r) => r.request.name)).toEqual(['leaf']);
    expect(result.data.requests[0]?.request.folder.length).toBeLessThanOrEqual(500);
    expect(collectionDataSchema.safeParse(result.data).success).toBe(true);
    expect(result.notes.some((n) => n.message.includes('flattened'))).toBe(true);
  });

  it('ignores __proto__ and constructor keys instead of polluting prototypes', () => {
    const text = JSON.stringify({
      _type: 'export',
      __export_format: 4,
      resources: [
        {
          _id: '__proto__',
          _type: 'request',
          parentId: '__proto__',
          name: '__proto__',
          method: 'GET',
          url: 'https://sqs.eu-west-1.amazonaws.com/',
          headers: [{ name: '__proto__', value: 'x' }],
        },
        {
          _id: 'env',
          _type: 'environment',
          name: 'e',
          data: JSON.parse('{"__proto__": "polluted", "constructor": "c"}'),
        },
      ],
    });
    const result = importCollection(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.data.requests[0]?.request.headers).toEqual([['__proto__', 'x']]);
    expect(collectionDataSchema.safeParse(result.data).success).toBe(true);
  });

  it('gives long names a bounded length and empty names a default', () => {
    const text = JSON.stringify({
      info: { name: 'n', schema: 'v2.1' },
      item: [
        { name: 'x'.repeat(1000), request: { url: '/' } },
        { name: '   ', request: { url: '/' } },
      ],
    });
    const names = importCollection(text).data.requests.map((r) => r.request.name);
    expect(names.map((n) => n.length)).toEqual([200, 7]);
  });
});
