import { describe, expect, it } from 'vitest';
import { awsCatalog, findService } from './catalog';
import type { CatalogService } from './catalog';
import { operationTemplate } from './operation-template';

function service(name: string): CatalogService {
  const found = findService(awsCatalog, name);
  if (!found) throw new Error(`${name} is not in the catalog`);
  return found;
}

describe('operationTemplate', () => {
  it('fills target and json content type for a json-protocol operation', () => {
    expect(operationTemplate(service('dynamodb'), 'ListTables')).toMatchInlineSnapshot(`
      {
        "body": "{}",
        "headers": [
          [
            "x-amz-target",
            "DynamoDB_20120810.ListTables",
          ],
          [
            "content-type",
            "application/x-amz-json-1.0",
          ],
        ],
        "labels": [],
        "method": "POST",
        "path": "/",
        "query": [],
      }
    `);
  });

  it('fills a form body with Action and Version for query and ec2 operations', () => {
    expect(operationTemplate(service('sts'), 'GetCallerIdentity')).toMatchInlineSnapshot(`
      {
        "body": "Action=GetCallerIdentity&Version=2011-06-15",
        "headers": [
          [
            "content-type",
            "application/x-www-form-urlencoded; charset=utf-8",
          ],
        ],
        "labels": [],
        "method": "POST",
        "path": "/",
        "query": [],
      }
    `);
    expect(operationTemplate(service('ec2'), 'DescribeRegions').body).toBe(
      'Action=DescribeRegions&Version=2016-11-15',
    );
  });

  it('keeps the URI template, its labels and its fixed query for rest operations', () => {
    expect(operationTemplate(service('s3'), 'GetObject')).toMatchInlineSnapshot(`
      {
        "headers": [],
        "labels": [
          "Bucket",
          "Key",
        ],
        "method": "GET",
        "path": "/{Bucket}/{Key+}",
        "query": [],
      }
    `);
    expect(operationTemplate(service('s3'), 'ListObjectsV2')).toMatchInlineSnapshot(`
      {
        "headers": [],
        "labels": [
          "Bucket",
        ],
        "method": "GET",
        "path": "/{Bucket}",
        "query": [
          [
            "list-type",
            "2",
          ],
        ],
      }
    `);
    expect(operationTemplate(service('polly'), 'DescribeVoices')).toMatchInlineSnapshot(`
      {
        "headers": [],
        "labels": [],
        "method": "GET",
        "path": "/v1/voices",
        "query": [],
      }
    `);
  });

  it('adds a json content type and body only when a rest-json operation has a body', () => {
    expect(operationTemplate(service('polly'), 'SynthesizeSpeech')).toMatchInlineSnapshot(`
      {
        "body": "{}",
        "headers": [
          [
            "content-type",
            "application/json",
          ],
        ],
        "labels": [],
        "method": "POST",
        "path": "/v1/speech",
        "query": [],
      }
    `);
  });

  it('keeps the host prefix and finds operations case-insensitively', () => {
    expect(operationTemplate(service('s3control'), 'listjobs').hostPrefix).toBe('{AccountId}.');
    expect(() => operationTemplate(service('s3'), 'NoSuchThing')).toThrow(
      /no operation "NoSuchThing"/,
    );
  });
});
