import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignFileNames, maxFileNameLength, sanitizeFileName } from './file-names';
import { moduleNameFor, uniqueName } from './identifiers';

describe('file names', () => {
  it('removes separators, dot-dot and device names', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('____etc_passwd');
    expect(sanitizeFileName('a\\b:c')).toBe('a_b_c');
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('')).toBe('_');
  });

  it('keeps every name safe, bounded and unique ignoring case', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 20 }), (names) => {
        const files = assignFileNames(names);
        for (const file of files) {
          expect(file.length).toBeGreaterThan(0);
          expect(file.length).toBeLessThanOrEqual(maxFileNameLength);
          expect(file).not.toMatch(/[/\\]|\.\.|^\./);
        }
        expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
      }),
    );
  });
});

describe('identifiers', () => {
  it('names modules after the service', () => {
    expect(moduleNameFor('Amazon Polly')).toBe('AmazonPollyConnector');
    expect(moduleNameFor('AWS Lambda')).toBe('AWSLambdaConnector');
    expect(moduleNameFor('Amazon DynamoDB')).toBe('AmazonDynamoDBConnector');
    // Mendix's published connectors, not the long service names.
    expect(moduleNameFor('Amazon Simple Storage Service')).toBe('AmazonS3Connector');
    expect(moduleNameFor('Amazon Simple Queue Service')).toBe('AmazonSQSConnector');
    expect(moduleNameFor('Amazon Location Service')).toBe('AmazonLocationServiceConnector');
  });

  it('makes names unique ignoring case', () => {
    expect(uniqueName('Voice', ['voice', 'Voice_2'])).toBe('Voice_3');
  });
});
