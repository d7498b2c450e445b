import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { studioProImportProblems } from '../shared/domain/bundle/studio-pro-openapi.test-helper';
import { awsAuthentication } from '../shared/domain/mendix/aws-authentication';
import { formatPlanText } from '../shared/domain/plan/markdown';
import {
  all,
  bundleOf,
  fileOf,
  lambda,
  planOf,
  polly,
  recorded,
  s3,
  secrets,
  sqs,
  textract,
} from './golden-operations';

describe('golden plans (issue 12)', () => {
  it('builds every step from the AWS Authentication module names', () => {
    for (const operation of Object.values(all)) {
      const text = formatPlanText(planOf(operation).plan);
      expect(text).toContain('$SigV4Headers/Header_Authorization');
      expect(text).toContain('$TemporaryCredentials/Token');
      expect(text).toContain(
        `floor($BasicClientConfig/${awsAuthentication.basicClientConfig.timeoutInMs} div 1000)`,
      );
      expect(text).not.toMatch(/SigV4Headers\/(Authorization|XAmz|Host\b)/);
    }
  });

  it('plans S3 ListObjectsV2 (XML) with an XML schema, an import mapping on it and application/xml', async () => {
    const { plan } = planOf(s3);
    expect(plan.module.name).toBe('AmazonS3Connector');
    const operation = plan.operations[0]!;
    expect(operation.documents.map((d) => `${d.kind} ${d.name}`)).toEqual([
      'xml-schema XSD_ListObjectsV2',
      'import-mapping IMM_ListObjectsV2',
    ]);
    expect(operation.responseStructure.findings[0]?.kind).toBe('xml-response');
    const files = await bundleOf(s3);
    const xsd = fileOf(files, 'XSD_ListObjectsV2.xsd');
    expect(xsd).toContain('<xs:element name="ListBucketResult">');
    expect(xsd).toContain('targetNamespace="http://s3.amazonaws.com/doc/2006-03-01/"');
    expect(xsd).toContain('<xs:element name="Contents" minOccurs="0" maxOccurs="unbounded">');
    expect(xsd).toContain('<xs:element name="LastModified" minOccurs="0" type="xs:dateTime"/>');
    const openapi = parse(fileOf(files, 'openapi.yaml'));
    expect(Object.keys(openapi.paths['/DOC-EXAMPLE-BUCKET'].get.responses['200'].content)).toEqual([
      'application/xml',
    ]);
    expect(formatPlanText(plan)).toMatchInlineSnapshot(`
      "Module AmazonS3Connector 1.0.0 (Amazon Simple Storage Service)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe, Private/XML Schemas

      Get_v1_ListObjectsV2  [action ListObjectsV2, category Amazon Simple Storage Service]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, ListObjectsV2Request: AmazonS3Connector.ListObjectsV2Request
        1. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 's3', HTTPMethod = GET, Region = $Region, Path = '/DOC-EXAMPLE-BUCKET', RequestBody = ''
        2. Header list $SigV4HeaderParameterList: (empty)
        3. Query list $SigV4QueryParameterList: list-type='2'; prefix=$ListObjectsV2Request/Prefix
        4. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        5. Call REST GET $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials), timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of Amazon Simple Storage Service ListObjectsV2 (status, message) and rethrow it
        6. Import with mapping IMM_ListObjectsV2 (on XML schema XSD_ListObjectsV2: the body is XML) → $ListObjectsV2Response
        7. Return $ListObjectsV2Response
        Documents: XSD_ListObjectsV2, IMM_ListObjectsV2"
    `);
  });

  it('plans SQS ReceiveMessage (query protocol, XML) with a form body from request attributes', () => {
    const { plan, model } = planOf(sqs);
    expect(plan.module.name).toBe('AmazonSQSConnector');
    const operation = plan.operations[0]!;
    expect(operation.action).toBe('ReceiveMessage');
    expect(operation.documents.map((d) => d.name)).toEqual([
      'XSD_ReceiveMessage',
      'IMM_ReceiveMessage',
    ]);
    const request = model.entities.find((e) => e.name === 'ReceiveMessageRequest');
    expect(request?.attributes.map((a) => a.name)).toEqual(['QueueUrl', 'MaxNumberOfMessages']);
    expect(formatPlanText(plan)).toMatchInlineSnapshot(`
      "Module AmazonSQSConnector 1.0.0 (Amazon Simple Queue Service)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe, Private/XML Schemas

      Post_v1_ReceiveMessage  [action ReceiveMessage, category Amazon Simple Queue Service]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, ReceiveMessageRequest: AmazonSQSConnector.ReceiveMessageRequest
        1. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'sqs', HTTPMethod = POST, Region = $Region, Path = '/', RequestBody = 'Action=ReceiveMessage&Version=2012-11-05' + '&QueueUrl=' + urlEncode($ReceiveMessageRequest/QueueUrl) + '&MaxNumberOfMessages=' + urlEncode($ReceiveMessageRequest/MaxNumberOfMessages)
        2. Header list $SigV4HeaderParameterList: content-type: application/x-www-form-urlencoded; charset=utf-8
        3. Query list $SigV4QueryParameterList: (empty)
        4. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        5. Call REST POST $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials); content-type: application/x-www-form-urlencoded; charset=utf-8, body $SigV4Builder/RequestBody, timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of Amazon Simple Queue Service ReceiveMessage (status, message) and rethrow it
        6. Import with mapping IMM_ReceiveMessage (on XML schema XSD_ReceiveMessage: the body is XML) → $ReceiveMessageResponse
        7. Return $ReceiveMessageResponse
        Documents: XSD_ReceiveMessage, IMM_ReceiveMessage"
    `);
  });

  it('plans Polly DescribeVoices with the query value from the request', () => {
    expect(formatPlanText(planOf(polly).plan)).toMatchInlineSnapshot(`
      "Module AmazonPollyConnector 1.0.0 (Amazon Polly)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe

      Get_v1_DescribeVoices  [action DescribeVoices, category Amazon Polly]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, DescribeVoicesRequest: AmazonPollyConnector.DescribeVoicesRequest
        1. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'polly', HTTPMethod = GET, Region = $Region, Path = '/v1/voices', RequestBody = ''
        2. Header list $SigV4HeaderParameterList: (empty)
        3. Query list $SigV4QueryParameterList: Engine=$DescribeVoicesRequest/Engine
        4. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        5. Call REST GET $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials), timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of Amazon Polly DescribeVoices (status, message) and rethrow it
        6. Import with mapping IMM_DescribeVoices → $DescribeVoicesResponse
        7. Return $DescribeVoicesResponse
        Documents: JSON_DescribeVoices, IMM_DescribeVoices"
    `);
  });

  it('plans Lambda GetFunction', () => {
    expect(formatPlanText(planOf(lambda).plan)).toMatchInlineSnapshot(`
      "Module AWSLambdaConnector 1.0.0 (AWS Lambda)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe

      Get_v1_GetFunction  [action GetFunction, category AWS Lambda]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, GetFunctionRequest: AWSLambdaConnector.GetFunctionRequest
        1. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'lambda', HTTPMethod = GET, Region = $Region, Path = '/2015-03-31/functions/my-function', RequestBody = ''
        2. Header list $SigV4HeaderParameterList: (empty)
        3. Query list $SigV4QueryParameterList: (empty)
        4. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        5. Call REST GET $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials), timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of AWS Lambda GetFunction (status, message) and rethrow it
        6. Import with mapping IMM_GetFunction → $GetFunctionResponse
        7. Return $GetFunctionResponse
        Documents: JSON_GetFunction, IMM_GetFunction"
    `);
  });

  it('plans Textract AnalyzeDocument', () => {
    expect(formatPlanText(planOf(textract).plan)).toMatchInlineSnapshot(`
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

  it('plans Secrets Manager ListSecrets with the empty JSON-protocol body {} that send sends', () => {
    const { plan, model } = planOf(secrets);
    const text = formatPlanText(plan);
    expect(text).toContain("RequestBody = '{}'");
    // SecretVersionsToStages is keyed by version ids: a Key/Value list, no entity named after data.
    expect(model.entities.map((e) => e.name).filter((n) => /EXAMPLE/.test(n))).toEqual([]);
    expect(plan.operations[0]?.responseStructure.findings.map((f) => f.kind)).toContain('map-keys');
    expect(
      model.entities.find((e) => e.name === 'SecretVersionsToStage')?.attributes.map((a) => a.name),
    ).toEqual(['Key']);
    expect(text).toMatchInlineSnapshot(`
      "Module AWSSecretsManagerConnector 1.0.0 (AWS Secrets Manager)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe

      Post_v1_ListSecrets  [action ListSecrets, category AWS Secrets Manager]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, ListSecretsRequest: AWSSecretsManagerConnector.ListSecretsRequest
        1. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'secretsmanager', HTTPMethod = POST, Region = $Region, Path = '/', RequestBody = '{}'
        2. Header list $SigV4HeaderParameterList: x-amz-target: secretsmanager.ListSecrets; content-type: application/x-amz-json-1.1
        3. Query list $SigV4QueryParameterList: (empty)
        4. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        5. Call REST POST $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials); x-amz-target: secretsmanager.ListSecrets; content-type: application/x-amz-json-1.1, body $SigV4Builder/RequestBody, timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of AWS Secrets Manager ListSecrets (status, message) and rethrow it
        6. Import with mapping IMM_ListSecrets → $ListSecretsResponse
        7. Return $ListSecretsResponse
        Documents: JSON_ListSecrets, IMM_ListSecrets"
    `);
  });

  it('sends a rest-json body with Content-Type application/json, as send does', () => {
    const synthesize = recorded(
      {
        service: 'polly',
        region: 'us-east-1',
        method: 'POST',
        path: '/v1/speech',
        body: { kind: 'text', text: '{"OutputFormat":"mp3","Text":"Hi","VoiceId":"Joanna"}' },
      },
      'lambda-get-function.json',
    );
    const steps = planOf(synthesize).plan.operations[0]!.microflow.steps;
    const list = steps.find((s) => s.kind === 'header-list');
    expect(list?.kind === 'header-list' && list.headers).toEqual([
      { name: 'content-type', value: 'application/json' },
    ]);
    const call = steps.find((s) => s.kind === 'call-rest');
    expect(call?.kind === 'call-rest' && call.body).toBe('$SigV4Builder/RequestBody');
  });

  it('writes bundles whose OpenAPI Studio Pro can import and whose README names only module members', async () => {
    for (const operation of Object.values(all)) {
      const files = await bundleOf(operation);
      const openapi = parse(fileOf(files, 'openapi.yaml'));
      const result = await validate(structuredClone(openapi));
      expect(result.valid ? '' : compileErrors(result)).toBe('');
      expect(studioProImportProblems(openapi)).toEqual([]);
      const readme = fileOf(files, 'README.md');
      expect(readme).not.toContain('GetSessionCredentials');
      expect(readme).toContain('GetTemporaryCredentials');
      expect(readme).toContain('Header_Authorization');
    }
  });
});

describe('request value lists (issue 12)', () => {
  it('keeps Textract AnalyzeDocument’s required FeatureTypes on the request side', () => {
    const { model } = planOf(textract);
    const names = model.entities.filter((e) => e.side === 'request').map((e) => e.name);
    expect(names).toContain('FeatureType');
    expect(model.excluded.map((x) => x.id).filter((id) => id.includes('FeatureTypes'))).toEqual([]);
  });
});
