import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferJsonStructure } from '../json-structure';
import { defaultModelDecisions, mapAutomaticallyConventions } from './decisions';
import { deriveEntityModel } from './derive';
import { summarize } from './testing/summarize';

const fixture = (name: string) =>
  readFileSync(new URL(`../json-structure/fixtures/${name}`, import.meta.url), 'utf8');
const examples = (file: string, operation: string) => {
  const text = readFileSync(
    new URL(`../../../node_modules/aws-sdk/apis/${file}.examples.json`, import.meta.url),
    'utf8',
  );
  const example = (
    JSON.parse(text) as { examples: Record<string, { input: unknown; output: unknown }[]> }
  ).examples[operation]?.[0];
  if (!example) throw new Error(`no example for ${operation}`);
  return example;
};
const structure = (samples: string[], protocol: string) =>
  inferJsonStructure(samples, { studioProVersion: 10, protocol });

describe('golden entity models', () => {
  it('Polly DescribeVoices', () => {
    const samples = [
      fixture('polly-describe-voices.json'),
      fixture('polly-describe-voices-engines.json'),
    ];
    const operation = { action: 'DescribeVoices', serviceName: 'Amazon Polly' };
    const model = deriveEntityModel(
      structure(samples, 'rest-json'),
      operation,
      defaultModelDecisions,
    );
    expect(summarize(model)).toMatchInlineSnapshot(`
      {
        "associations": [
          "Voice_DescribeVoicesResponse: Voice -> DescribeVoicesResponse Reference Default 1-*",
          "AbstractRequest_BasicClientConfig: AbstractRequest -> BasicClientConfig Reference Both 1-1",
        ],
        "entities": [
          "DescribeVoicesResponse { NextToken: String }",
          "Voice { Gender: String, VoiceId: String, LanguageCode: String, LanguageName: String, Name: String }",
          "DescribeVoicesRequest : AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.BasicClientConfig { APITimeOutInMs: Long, EndpointUrl: String }",
        ],
        "findings": [
          "info reserved-name response:(Object)|Voices|(Object)|Id",
          "info dropped-wrapper response:(Object)|Voices|(Object)|SupportedEngines|(Wrapper)",
          "info dropped-wrapper response:(Object)|Voices|(Object)|AdditionalLanguageCodes|(Wrapper)",
          "warning unknown-type response:(Object)|NextToken",
        ],
      }
    `);
    const automatic = deriveEntityModel(structure(samples, 'rest-json'), operation, {
      ...defaultModelDecisions,
      conventions: mapAutomaticallyConventions,
    });
    expect(summarize(automatic).entities).toMatchInlineSnapshot(`
      [
        "Root { NextToken: String }",
        "Voice { Gender: String, _Id: String, LanguageCode: String, LanguageName: String, Name: String }",
        "SupportedEngine { Value: String }",
        "AdditionalLanguageCode { Value: String }",
        "DescribeVoicesRequest : AWSAuthentication.AbstractRequest {  }",
        "AWSAuthentication.AbstractRequest {  }",
        "AWSAuthentication.BasicClientConfig { APITimeOutInMs: Long, EndpointUrl: String }",
      ]
    `);
  });

  it('Lambda ListFunctions', () => {
    const operation = { action: 'ListFunctions', serviceName: 'AWS Lambda' };
    const model = deriveEntityModel(
      structure([fixture('lambda-list-functions.json')], 'rest-json'),
      operation,
      defaultModelDecisions,
    );
    expect(summarize(model)).toMatchInlineSnapshot(`
      {
        "associations": [
          "Function_ListFunctionsResponse: Function -> ListFunctionsResponse Reference Default 1-*",
          "Function_TracingConfig: Function -> TracingConfig Reference Both 1-1",
          "Function_VpcConfig: Function -> VpcConfig Reference Both 1-1",
          "AbstractRequest_BasicClientConfig: AbstractRequest -> BasicClientConfig Reference Both 1-1",
        ],
        "entities": [
          "ListFunctionsResponse { NextMarker: String }",
          "Function { CodeSha256: String, CodeSize: Integer, Description: String, FunctionArn: String, FunctionName: String, Handler: String, LastModified: DateTime, MemorySize: Integer, RevisionId: String, Role: String, Runtime: String, Timeout: Integer, Version: String }",
          "TracingConfig { Mode: String }",
          "VpcConfig { VpcId: String }",
          "ListFunctionsRequest : AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.BasicClientConfig { APITimeOutInMs: Long, EndpointUrl: String }",
        ],
        "findings": [],
      }
    `);
  });

  it('DynamoDB Query, with its request body', () => {
    const example = examples('dynamodb-2012-08-10', 'Query');
    const operation = {
      action: 'Query',
      serviceName: 'Amazon DynamoDB',
      requestStructure: structure([JSON.stringify(example.input)], 'json'),
    };
    const model = deriveEntityModel(
      structure([fixture('dynamodb-query.json')], 'json'),
      operation,
      defaultModelDecisions,
    );
    expect(summarize(model)).toMatchInlineSnapshot(`
      {
        "associations": [
          "QueryResponse_ConsumedCapacity: QueryResponse -> ConsumedCapacity Reference Both 1-1",
          "Item_QueryResponse: Item -> QueryResponse Reference Default 1-*",
          "Item_SongTitle: Item -> SongTitle Reference Both 1-1",
          "QueryRequest_ExpressionAttributeValues: QueryRequest -> ExpressionAttributeValues Reference Both 1-1",
          "ExpressionAttributeValues__v1: ExpressionAttributeValues -> _v1 Reference Both 1-1",
          "AbstractRequest_BasicClientConfig: AbstractRequest -> BasicClientConfig Reference Both 1-1",
        ],
        "entities": [
          "QueryResponse { Count: Integer, ScannedCount: Integer }",
          "ConsumedCapacity {  }",
          "Item {  }",
          "SongTitle { S: String }",
          "QueryRequest : AWSAuthentication.AbstractRequest { KeyConditionExpression: String, ProjectionExpression: String, TableName: String }",
          "ExpressionAttributeValues {  }",
          "_v1 { S: String }",
          "AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.BasicClientConfig { APITimeOutInMs: Long, EndpointUrl: String }",
        ],
        "findings": [
          "info empty-entity response:(Object)|ConsumedCapacity",
        ],
      }
    `);
  });

  it('Rekognition DetectLabels, with its request body', () => {
    const example = examples('rekognition-2016-06-27', 'DetectLabels');
    const operation = {
      action: 'DetectLabels',
      serviceName: 'Amazon Rekognition',
      requestStructure: structure([JSON.stringify(example.input)], 'json'),
    };
    const model = deriveEntityModel(
      structure([fixture('rekognition-detect-labels.json')], 'json'),
      operation,
      defaultModelDecisions,
    );
    expect(summarize(model)).toMatchInlineSnapshot(`
      {
        "associations": [
          "Label_DetectLabelsResponse: Label -> DetectLabelsResponse Reference Default 1-*",
          "DetectLabelsRequest_Image: DetectLabelsRequest -> Image Reference Both 1-1",
          "Image_S3Object: Image -> S3Object Reference Both 1-1",
          "AbstractRequest_BasicClientConfig: AbstractRequest -> BasicClientConfig Reference Both 1-1",
        ],
        "entities": [
          "DetectLabelsResponse {  }",
          "Label { Confidence: Decimal, Name: String }",
          "DetectLabelsRequest : AWSAuthentication.AbstractRequest { MaxLabels: Integer, MinConfidence: Integer }",
          "Image {  }",
          "S3Object { Bucket: String, Name: String }",
          "AWSAuthentication.AbstractRequest {  }",
          "AWSAuthentication.BasicClientConfig { APITimeOutInMs: Long, EndpointUrl: String }",
        ],
        "findings": [],
      }
    `);
  });
});
