import { describe, expect, it } from 'vitest';
import {
  awsCatalog,
  findOperation,
  findRetiredService,
  findService,
  frozenNote,
  listOperations,
  requireService,
  searchServices,
} from './catalog';

describe('findService', () => {
  it('finds by catalog id first, case-insensitively', () => {
    expect(findService(awsCatalog, 'DynamoDB')?.id).toBe('dynamodb');
    expect(findService(awsCatalog, 'bedrock')?.id).toBe('bedrock');
  });

  it('finds by endpoint prefix, keeping the signing name that differs from it', () => {
    const runtime = findService(awsCatalog, 'bedrock-runtime');
    expect(runtime?.id).toBe('bedrockruntime');
    expect(runtime?.signingName).toBe('bedrock');
    const email = findService(awsCatalog, 'email');
    expect(email?.id).toBe('ses');
    expect(email?.signingName).toBe('ses');
    expect(findService(awsCatalog, 'monitoring')?.id).toBe('cloudwatch');
  });

  it('finds by signing name when nothing else matches', () => {
    expect(findService(awsCatalog, 'mobiletargeting')?.id).toBe('pinpoint');
    expect(findService(awsCatalog, 'no-such-service')).toBeUndefined();
    expect(findService(awsCatalog, '')).toBeUndefined();
  });

  it('counts the services whose signing name differs from their endpoint prefix', () => {
    const differing = awsCatalog.services.filter((s) => s.signingName !== s.endpointPrefix);
    // 68 in the whole aws-sdk v2; 58 once the 39 retired services are hidden.
    expect(differing).toHaveLength(58);
    expect(awsCatalog.services.length + awsCatalog.retired.length).toBe(385);
  });

  it('explains a retired service instead of finding it', () => {
    expect(findService(awsCatalog, 'robomaker')).toBeUndefined();
    expect(findRetiredService(awsCatalog, 'robomaker')).toMatchObject({
      id: 'robomaker',
      since: '2025-09',
    });
    expect(() => requireService(awsCatalog, 'robomaker')).toThrow(/retired by AWS in 2025-09/);
    expect(() => requireService(awsCatalog, 'nope')).toThrow(/No AWS service "nope"/);
    expect(requireService(awsCatalog, 'email').id).toBe('ses');
  });
});

describe('searchServices', () => {
  it('searches name, id, signing name and serviceId, closest first', () => {
    expect(searchServices(awsCatalog, 'polly').map((s) => s.id)).toEqual(['polly']);
    const bedrock = searchServices(awsCatalog, 'bedrock').map((s) => s.id);
    expect(bedrock[0]).toBe('bedrock');
    expect(bedrock).toEqual(
      expect.arrayContaining(['bedrockruntime', 'bedrockagent', 'bedrockagentruntime']),
    );
    expect(searchServices(awsCatalog, 'Simple Queue').map((s) => s.id)).toEqual(['sqs']);
    expect(searchServices(awsCatalog, 'bedrock runtime').map((s) => s.id)).toContain(
      'bedrockruntime',
    );
  });

  it('returns everything for empty text and nothing for nonsense', () => {
    expect(searchServices(awsCatalog, ' ')).toHaveLength(awsCatalog.services.length);
    expect(searchServices(awsCatalog, 'zzzz-nothing')).toEqual([]);
  });
});

describe('operations', () => {
  const polly = findService(awsCatalog, 'polly');
  if (!polly) throw new Error('polly missing');

  it('lists and filters operations by name', () => {
    expect(listOperations(polly).length).toBe(polly.operations.length);
    expect(listOperations(polly, 'voice').map((op) => op.name)).toEqual(['DescribeVoices']);
    expect(findOperation(polly, 'describevoices')).toMatchObject({
      method: 'GET',
      uri: '/v1/voices',
    });
  });

  it('says the catalog is frozen, with the SDK version', () => {
    expect(frozenNote).toContain('frozen');
    expect(frozenNote).toContain(awsCatalog.sdkVersion);
  });
});
