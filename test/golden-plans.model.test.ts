// Golden plans from the AWS models (model-complete, the default in the app and the CLI): the
// request side comes from the operation (issue 12, point 3), not from the one sample that was sent.
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { studioProImportProblems } from '../shared/domain/bundle/studio-pro-openapi.test-helper';
import { buildServiceShapes } from '../build/generate-shapes.mjs';
import type { ServiceShapes } from '../shared/aws/shapes';
import type { RecordedOperation } from '../shared/domain/plan/build-connector';
import { formatPlanText } from '../shared/domain/plan/markdown';
import { plannedSteps } from '../shared/domain/plan/sync';
import type { ConnectorPlan, PlanStep } from '../shared/domain/plan/types';
import { all, bundleOf, fileOf, location, planOf, polly, recorded } from './golden-operations';

const shapes = new Map(
  ['lambda', 's3', 'polly', 'textract', 'secretsmanager', 'sqs', 'location'].map((id) => [
    id,
    buildServiceShapes(id) as ServiceShapes,
  ]),
);
const modelPlanOf = (operation: RecordedOperation) => planOf(operation, shapes);

function stepOf<K extends PlanStep['kind']>(plan: ConnectorPlan, kind: K) {
  return plan.operations[0]?.microflow.steps.find(
    (s): s is Extract<PlanStep, { kind: K }> => s.kind === kind,
  );
}

describe('golden plans from the AWS models (issue 12)', () => {
  it('plans Polly DescribeVoices: every query member, the optional ones sent when set', () => {
    expect(formatPlanText(modelPlanOf(all.polly).plan)).toMatchInlineSnapshot(`
      "Module AmazonPollyConnector 1.0.0 (Amazon Polly)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe

      Get_v1_DescribeVoices  [action DescribeVoices, category Amazon Polly]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, DescribeVoicesRequest: AmazonPollyConnector.DescribeVoicesRequest
        1. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'polly', HTTPMethod = GET, Region = $Region, Path = '/v1/voices', RequestBody = ''
        2. Header list $SigV4HeaderParameterList: (empty)
        3. Query list $SigV4QueryParameterList: Engine=$DescribeVoicesRequest/Engine (when set: $DescribeVoicesRequest/Engine != empty and $DescribeVoicesRequest/Engine != ''); LanguageCode=$DescribeVoicesRequest/LanguageCode (when set: $DescribeVoicesRequest/LanguageCode != empty and $DescribeVoicesRequest/LanguageCode != ''); IncludeAdditionalLanguageCodes=toString($DescribeVoicesRequest/IncludeAdditionalLanguageCodes); NextToken=$DescribeVoicesRequest/NextToken (when set: $DescribeVoicesRequest/NextToken != empty and $DescribeVoicesRequest/NextToken != '')
        4. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        5. Call REST GET $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials), timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of Amazon Polly DescribeVoices (status, message) and rethrow it
        6. Import with mapping IMM_DescribeVoices → $DescribeVoicesResponse
        7. Return $DescribeVoicesResponse
        Documents: JSON_DescribeVoices, IMM_DescribeVoices"
    `);
  });

  it('plans Lambda GetFunction: FunctionName checked and in the path, Qualifier when set', () => {
    expect(formatPlanText(modelPlanOf(all.lambda).plan)).toMatchInlineSnapshot(`
      "Module AWSLambdaConnector 1.0.0 (AWS Lambda)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe

      Get_v1_GetFunction  [action GetFunction, category AWS Lambda]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, GetFunctionRequest: AWSLambdaConnector.GetFunctionRequest
        1. Check required inputs: FunctionName ($GetFunctionRequest/FunctionName != empty and $GetFunctionRequest/FunctionName != ''); when one is missing: Log "GetFunction: <attribute> is required" (error) and end, returning empty
        2. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'lambda', HTTPMethod = GET, Region = $Region, Path = '/2015-03-31/functions/' + urlEncode($GetFunctionRequest/FunctionName), RequestBody = ''
        3. Header list $SigV4HeaderParameterList: (empty)
        4. Query list $SigV4QueryParameterList: Qualifier=$GetFunctionRequest/Qualifier (when set: $GetFunctionRequest/Qualifier != empty and $GetFunctionRequest/Qualifier != '')
        5. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        6. Call REST GET $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials), timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of AWS Lambda GetFunction (status, message) and rethrow it
        7. Import with mapping IMM_GetFunction → $GetFunctionResponse
        8. Return $GetFunctionResponse
        Documents: JSON_GetFunction, IMM_GetFunction"
    `);
  });

  it('plans Textract AnalyzeDocument', () => {
    expect(formatPlanText(modelPlanOf(all.textract).plan)).toMatchInlineSnapshot(`
      "Module AmazonTextractConnector 1.0.0 (Amazon Textract)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe

      Post_v1_AnalyzeDocument  [action AnalyzeDocument, category Amazon Textract]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, AnalyzeDocumentRequest: AmazonTextractConnector.AnalyzeDocumentRequest
        1. Export with mapping EXM_AnalyzeDocumentRequest: $AnalyzeDocumentRequest → $RequestBody
        2. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'textract', HTTPMethod = POST, Region = $Region, Path = '/', RequestBody = $RequestBody
        3. Header list $SigV4HeaderParameterList: x-amz-target: Textract.AnalyzeDocument; content-type: application/x-amz-json-1.1
        4. Query list $SigV4QueryParameterList: (empty)
        5. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        6. Call REST POST $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials); x-amz-target: Textract.AnalyzeDocument; content-type: application/x-amz-json-1.1, body $SigV4Builder/RequestBody, timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of Amazon Textract AnalyzeDocument (status, message) and rethrow it
        7. Import with mapping IMM_AnalyzeDocument → $AnalyzeDocumentResponse
        8. Return $AnalyzeDocumentResponse
        Documents: JSON_AnalyzeDocument, IMM_AnalyzeDocument, JSON_AnalyzeDocumentRequest, EXM_AnalyzeDocumentRequest"
    `);
  });

  it('plans Secrets Manager ListSecrets: the optional body members are exported though `{}` was sent', () => {
    expect(formatPlanText(modelPlanOf(all.secrets).plan)).toMatchInlineSnapshot(`
      "Module AWSSecretsManagerConnector 1.0.0 (AWS Secrets Manager)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe

      Post_v1_ListSecrets  [action ListSecrets, category AWS Secrets Manager]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, ListSecretsRequest: AWSSecretsManagerConnector.ListSecretsRequest
        1. Export with mapping EXM_ListSecretsRequest: $ListSecretsRequest → $RequestBody
        2. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'secretsmanager', HTTPMethod = POST, Region = $Region, Path = '/', RequestBody = $RequestBody
        3. Header list $SigV4HeaderParameterList: x-amz-target: secretsmanager.ListSecrets; content-type: application/x-amz-json-1.1
        4. Query list $SigV4QueryParameterList: (empty)
        5. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        6. Call REST POST $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials); x-amz-target: secretsmanager.ListSecrets; content-type: application/x-amz-json-1.1, body $SigV4Builder/RequestBody, timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of AWS Secrets Manager ListSecrets (status, message) and rethrow it
        7. Import with mapping IMM_ListSecrets → $ListSecretsResponse
        8. Return $ListSecretsResponse
        Documents: JSON_ListSecrets, IMM_ListSecrets, JSON_ListSecretsRequest, EXM_ListSecretsRequest"
    `);
  });

  it('plans S3 ListObjectsV2 (XML): the bucket from the request, query members and headers when set', () => {
    expect(formatPlanText(modelPlanOf(all.s3).plan)).toMatchInlineSnapshot(`
      "Module AmazonS3Connector 1.0.0 (Amazon Simple Storage Service)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe, Private/XML Schemas

      Get_v1_ListObjectsV2  [action ListObjectsV2, category Amazon Simple Storage Service]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, ListObjectsV2Request: AmazonS3Connector.ListObjectsV2Request
        1. Check required inputs: Bucket ($ListObjectsV2Request/Bucket != empty and $ListObjectsV2Request/Bucket != ''); when one is missing: Log "ListObjectsV2: <attribute> is required" (error) and end, returning empty
        2. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 's3', HTTPMethod = GET, Region = $Region, Path = '/' + urlEncode($ListObjectsV2Request/Bucket), RequestBody = ''
        3. Header list $SigV4HeaderParameterList: x-amz-request-payer: $ListObjectsV2Request/RequestPayer (when set: $ListObjectsV2Request/RequestPayer != empty and $ListObjectsV2Request/RequestPayer != ''); x-amz-expected-bucket-owner: $ListObjectsV2Request/ExpectedBucketOwner (when set: $ListObjectsV2Request/ExpectedBucketOwner != empty and $ListObjectsV2Request/ExpectedBucketOwner != '')
        4. Query list $SigV4QueryParameterList: list-type='2'; delimiter=$ListObjectsV2Request/Delimiter (when set: $ListObjectsV2Request/Delimiter != empty and $ListObjectsV2Request/Delimiter != ''); encoding-type=$ListObjectsV2Request/EncodingType (when set: $ListObjectsV2Request/EncodingType != empty and $ListObjectsV2Request/EncodingType != ''); max-keys=toString($ListObjectsV2Request/MaxKeys) (when set: $ListObjectsV2Request/MaxKeys != empty); prefix=$ListObjectsV2Request/Prefix (when set: $ListObjectsV2Request/Prefix != empty and $ListObjectsV2Request/Prefix != ''); continuation-token=$ListObjectsV2Request/ContinuationToken (when set: $ListObjectsV2Request/ContinuationToken != empty and $ListObjectsV2Request/ContinuationToken != ''); fetch-owner=toString($ListObjectsV2Request/FetchOwner); start-after=$ListObjectsV2Request/StartAfter (when set: $ListObjectsV2Request/StartAfter != empty and $ListObjectsV2Request/StartAfter != '')
        5. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        6. Call REST GET $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials); x-amz-request-payer: $ListObjectsV2Request/RequestPayer (when set: $ListObjectsV2Request/RequestPayer != empty and $ListObjectsV2Request/RequestPayer != ''); x-amz-expected-bucket-owner: $ListObjectsV2Request/ExpectedBucketOwner (when set: $ListObjectsV2Request/ExpectedBucketOwner != empty and $ListObjectsV2Request/ExpectedBucketOwner != ''), timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of Amazon Simple Storage Service ListObjectsV2 (status, message) and rethrow it
        7. Import with mapping IMM_ListObjectsV2 (on XML schema XSD_ListObjectsV2: the body is XML) → $ListObjectsV2Response
        8. Return $ListObjectsV2Response
        Documents: XSD_ListObjectsV2, IMM_ListObjectsV2"
    `);
  });

  it('plans SQS ReceiveMessage (XML, query protocol)', () => {
    expect(formatPlanText(modelPlanOf(all.sqs).plan)).toMatchInlineSnapshot(`
      "Module AmazonSQSConnector 1.0.0 (Amazon Simple Queue Service)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe, Private/XML Schemas

      Post_v1_ReceiveMessage  [action ReceiveMessage, category Amazon Simple Queue Service]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, ReceiveMessageRequest: AmazonSQSConnector.ReceiveMessageRequest
        1. Check required inputs: QueueUrl ($ReceiveMessageRequest/QueueUrl != empty and $ReceiveMessageRequest/QueueUrl != ''); when one is missing: Log "ReceiveMessage: <attribute> is required" (error) and end, returning empty
        2. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'sqs', HTTPMethod = POST, Region = $Region, Path = '/', RequestBody = 'Action=ReceiveMessage&Version=2012-11-05' + '&QueueUrl=' + urlEncode($ReceiveMessageRequest/QueueUrl) + '&MaxNumberOfMessages=' + urlEncode($ReceiveMessageRequest/MaxNumberOfMessages)
        3. Header list $SigV4HeaderParameterList: content-type: application/x-www-form-urlencoded; charset=utf-8
        4. Query list $SigV4QueryParameterList: (empty)
        5. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        6. Call REST POST $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials); content-type: application/x-www-form-urlencoded; charset=utf-8, body $SigV4Builder/RequestBody, timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of Amazon Simple Queue Service ReceiveMessage (status, message) and rethrow it
        7. Import with mapping IMM_ReceiveMessage (on XML schema XSD_ReceiveMessage: the body is XML) → $ReceiveMessageResponse
        8. Return $ReceiveMessageResponse
        Documents: XSD_ReceiveMessage, IMM_ReceiveMessage"
    `);
  });

  it('plans Amazon Location SearchPlaceIndexForText with the places host prefix as URIPrefix', () => {
    const { plan } = modelPlanOf(location);
    expect(stepOf(plan, 'create-sigv4-builder')?.settings).toEqual({
      ServiceName: 'geo',
      HTTPMethod: 'POST',
      Region: '$Region',
      Path: "'/places/v0/indexes/' + urlEncode($SearchPlaceIndexForTextRequest/IndexName) + '/search/text'",
      RequestBody: '$RequestBody',
      URIPrefix: "'places'",
    });
    expect(stepOf(plan, 'check-required')?.checks.map((c) => c.attribute)).toEqual([
      'Text',
      'IndexName',
    ]);
  });

  it('sets SubDomain where the host label is not the signing name (SES answers on email.…)', () => {
    const ses = recorded(
      {
        service: 'ses',
        region: 'us-east-1',
        method: 'POST',
        path: '/',
        body: { kind: 'text', text: 'Action=GetSendQuota&Version=2010-12-01' },
      },
      'sqs-receive-message.xml',
    );
    const settings = stepOf(planOf(ses).plan, 'create-sigv4-builder')?.settings;
    expect([settings?.ServiceName, settings?.SubDomain]).toEqual(['ses', "'email'"]);
  });

  it('restore-steps rebuilds the planned steps (the model inputs, URI template and host prefix are kept)', () => {
    const { plan, model } = modelPlanOf(all.s3);
    const operation = plan.operations[0]!;
    expect(plannedSteps(operation, model)).toEqual(operation.microflow.steps);
  });

  it('has FunctionName as a required request attribute of Lambda GetFunction', () => {
    const request = modelPlanOf(all.lambda).model.entities.find(
      (e) => e.name === 'GetFunctionRequest',
    );
    expect(request?.attributes.map((a) => [a.name, a.required])).toEqual([
      ['FunctionName', true],
      ['Qualifier', false],
    ]);
  });

  it('keeps the slashes of a greedy label (S3 GetObject {Key+}) and takes the bucket from the request', () => {
    const getObject = recorded(
      { service: 's3', region: 'us-east-1', method: 'GET', path: '/my-bucket/photos/2024/cat.jpg' },
      's3-list-objects-v2.xml',
    );
    const { plan } = modelPlanOf(getObject);
    expect(plan.operations[0]?.action).toBe('GetObject');
    expect(stepOf(plan, 'create-sigv4-builder')?.settings.Path).toBe(
      "'/' + urlEncode($GetObjectRequest/Bucket) + '/' + replaceAll(urlEncode($GetObjectRequest/Key), '%2F', '/')",
    );
  });

  it('gives Polly DescribeVoices every query member of the operation as a request attribute', () => {
    const request = modelPlanOf(polly).model.entities.find(
      (e) => e.name === 'DescribeVoicesRequest',
    );
    expect(request?.attributes.map((a) => [a.name, a.type])).toEqual([
      ['Engine', 'String'],
      ['LanguageCode', 'String'],
      ['IncludeAdditionalLanguageCodes', 'Boolean'],
      ['NextToken', 'String'],
    ]);
  });

  it('writes bundles whose OpenAPI takes the path and typed parameters from the model, and Studio Pro can import', async () => {
    for (const operation of [...Object.values(all), location]) {
      const openapi = parse(fileOf(await bundleOf(operation, shapes), 'openapi.yaml'));
      const result = await validate(structuredClone(openapi));
      expect(result.valid ? '' : compileErrors(result)).toBe('');
      expect(studioProImportProblems(openapi)).toEqual([]);
    }
    const lambda = parse(fileOf(await bundleOf(all.lambda, shapes), 'openapi.yaml'));
    const get = lambda.paths['/2015-03-31/functions/{FunctionName}'].get;
    expect(
      get.parameters
        .filter((p: { in: string }) => p.in !== 'header')
        .map((p: { name: string; in: string; required: boolean }) => [p.name, p.in, p.required]),
    ).toEqual([
      ['FunctionName', 'path', true],
      ['Qualifier', 'query', false],
    ]);
    const s3 = parse(fileOf(await bundleOf(all.s3, shapes), 'openapi.yaml'));
    const list = s3.paths['/{Bucket}'].get.parameters;
    expect(list.find((p: { name: string }) => p.name === 'list-type')?.schema).toEqual({
      type: 'string',
      enum: ['2'],
    });
    expect(list.find((p: { name: string }) => p.name === 'max-keys')?.schema).toEqual({
      type: 'integer',
      format: 'int32',
    });
  });
});
