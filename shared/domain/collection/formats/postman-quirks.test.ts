import { describe, expect, it } from 'vitest';
import { importCollection } from './detect';

const collection = (request: object, name = 'r') =>
  JSON.stringify({
    info: { name: 'c', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/' },
    item: [{ name, request }],
  });

describe('Postman files as Postman itself writes them', () => {
  it('drops a header that repeats what the auth sends, so the literal secret is not written', () => {
    const result = importCollection(
      collection({
        method: 'GET',
        url: 'https://postman-echo.com/get',
        auth: {
          type: 'apikey',
          apikey: [
            { key: 'key', value: 'token' },
            { key: 'value', value: 'PlantedApiKeyValue1' },
            { key: 'in', value: 'header' },
          ],
        },
        header: [
          { key: 'token', value: 'PlantedApiKeyValue1' },
          { key: 'X-Other', value: 'kept' },
        ],
      }),
    );
    const request = result.data.requests[0]?.request;
    expect(request?.headers).toEqual([['X-Other', 'kept']]);
    expect(request?.auth).toMatchObject({ type: 'apikey', key: 'token', in: 'header' });
    expect(JSON.stringify(result.data)).not.toContain('PlantedApiKeyValue1');
  });

  it('keeps an API key header whose value differs from the auth (it is not an echo)', () => {
    const result = importCollection(
      collection({
        method: 'GET',
        url: 'https://api.example.com/me',
        auth: {
          type: 'apikey',
          apikey: [
            { key: 'key', value: 'X-Key' },
            { key: 'value', value: '{{key}}' },
          ],
        },
        header: [
          { key: 'x-key', value: '{{key}}' },
          { key: 'X-Key', value: '{{otherKey}}' },
        ],
      }),
    );
    expect(result.data.requests[0]?.request.headers).toEqual([['X-Key', '{{otherKey}}']]);
  });

  it('drops a Basic header equal to the basic auth it repeats', () => {
    const result = importCollection(
      collection({
        method: 'GET',
        url: 'https://api.example.com/me',
        auth: {
          type: 'basic',
          basic: [
            { key: 'username', value: 'alice' },
            { key: 'password', value: 'Planted:Pässword' },
          ],
        },
        header: [
          {
            key: 'Authorization',
            value: `Basic ${Buffer.from('alice:Planted:Pässword').toString('base64')}`,
          },
        ],
      }),
    );
    expect(result.data.requests[0]?.request.headers).toEqual([]);
    expect(JSON.stringify(result.data)).not.toContain('Planted');
  });

  it("names Postman's dynamic variables ({{$guid}}), which nothing here generates", () => {
    const result = importCollection(
      collection({
        method: 'GET',
        url: 'https://httpbin.org/anything/{{$guid}}?t={{$timestamp}}',
        header: [{ key: 'X-Id', value: '{{ $guid }}' }],
      }),
    );
    const notes = result.notes.filter((n) => n.message.includes('dynamic variable'));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.where).toContain('{{$guid}}');
    expect(notes[0]?.where).toContain('{{$timestamp}}');
  });
});
