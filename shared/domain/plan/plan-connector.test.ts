import { describe, expect, it } from 'vitest';
import { awsCatalog } from '../../aws/catalog';
import { connectorOf, dynamoListTables, pollyDescribeVoices } from './fixtures.test-helper';
import { formatPlanText } from './markdown';
import { apiVersionOf, microflowNameFor, resolveAction } from './plan-operation';
import { toSentRequest } from './sent-request';

describe('planConnector', () => {
  it('plans Polly DescribeVoices as the how-to does', () => {
    const { plan } = connectorOf(pollyDescribeVoices);
    const operation = plan.operations[0]!;
    expect(operation.microflow.name).toBe('Get_v1_DescribeVoices');
    expect(operation.exposed).toEqual({
      caption: 'DescribeVoices',
      category: 'Amazon Polly',
      icon: 'AWS',
    });
    const builder = operation.microflow.steps.find((s) => s.kind === 'create-sigv4-builder');
    expect(builder?.kind === 'create-sigv4-builder' && builder.settings.Path).toBe("'/v1/voices'");
    expect(formatPlanText(plan)).toMatchInlineSnapshot(`
      "Module AmazonPollyConnector 1.0.0 (Amazon Polly)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe

      Get_v1_DescribeVoices  [action DescribeVoices, category Amazon Polly]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, DescribeVoicesRequest: AmazonPollyConnector.DescribeVoicesRequest
        1. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'polly', HTTPMethod = GET, Region = $Region, Path = '/v1/voices', RequestBody = ''
        2. Header list $SigV4HeaderParameterList: (empty)
        3. Query list $SigV4QueryParameterList: (empty)
        4. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        5. Call REST GET $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials), timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of Amazon Polly DescribeVoices (status, message) and rethrow it
        6. Import with mapping IMM_DescribeVoices → $DescribeVoicesResponse
        7. Return $DescribeVoicesResponse
        Documents: JSON_DescribeVoices, IMM_DescribeVoices"
    `);
  });

  it('plans DynamoDB ListTables with the JSON protocol headers', () => {
    const { plan } = connectorOf(dynamoListTables);
    const operation = plan.operations[0]!;
    expect(plan.module.name).toBe('AmazonDynamoDBConnector');
    const list = operation.microflow.steps.find((s) => s.kind === 'header-list');
    expect(list?.kind === 'header-list' && list.headers).toEqual([
      { name: 'x-amz-target', value: 'DynamoDB_20120810.ListTables' },
      { name: 'content-type', value: 'application/x-amz-json-1.0' },
    ]);
    expect(operation.documents.map((d) => d.name)).toEqual([
      'JSON_ListTables',
      'IMM_ListTables',
      'JSON_ListTablesRequest',
      'EXM_ListTablesRequest',
    ]);
    expect(formatPlanText(plan)).toMatchInlineSnapshot(`
      "Module AmazonDynamoDBConnector 1.0.0 (Amazon DynamoDB)
      Folders: _Docs, ConnectionDetails, Operations, Private, Private/JSON Snippets, Private/Import Mappings, Private/Export Mappings, Resources, Resources/Enums, UseMe

      Post_v1_ListTables  [action ListTables, category Amazon DynamoDB]
        Parameters: Credentials: AWSAuthentication.Credentials, Region: AWSAuthentication.ENUM_Region, ListTablesRequest: AmazonDynamoDBConnector.ListTablesRequest
        1. Export with mapping EXM_ListTablesRequest: $ListTablesRequest → $RequestBody
        2. Create AWSAuthentication.SigV4Builder $SigV4Builder: ServiceName = 'dynamodb', HTTPMethod = POST, Region = $Region, Path = '/', RequestBody = $RequestBody
        3. Header list $SigV4HeaderParameterList: x-amz-target: DynamoDB_20120810.ListTables; content-type: application/x-amz-json-1.0
        4. Query list $SigV4QueryParameterList: (empty)
        5. Call AWSAuthentication.GetSigV4Headers → $SigV4Headers
        6. Call REST POST $SigV4Headers/EndpointUrl, headers authorization: $SigV4Headers/Header_Authorization; x-amz-date: $SigV4Headers/Header_X_Amz_Date; x-amz-content-sha256: $SigV4Headers/Header_X_Amz_Content_Sha256; host: $SigV4Headers/Header_Host; x-amz-security-token: $TemporaryCredentials/Token (only when $Credentials is a AWSAuthentication.TemporaryCredentials: inheritance split on $Credentials, cast to $TemporaryCredentials); x-amz-target: DynamoDB_20120810.ListTables; content-type: application/x-amz-json-1.0, body $SigV4Builder/RequestBody, timeout floor($BasicClientConfig/APITimeOutInMs div 1000) s, on error: Log the error of Amazon DynamoDB ListTables (status, message) and rethrow it
        7. Import with mapping IMM_ListTables → $ListTablesResponse
        8. Return $ListTablesResponse
        Documents: JSON_ListTables, IMM_ListTables, JSON_ListTablesRequest, EXM_ListTablesRequest"
    `);
  });

  it('takes the action from the catalog, not the path', () => {
    const lambda = awsCatalog.services.find((s) => s.id === 'lambda');
    const request = toSentRequest({
      service: 'lambda',
      region: 'eu-west-1',
      method: 'GET',
      path: '/2015-03-31/functions/',
    });
    expect(resolveAction(lambda, request)).toEqual({
      action: 'ListFunctions',
      catalogAction: 'ListFunctions',
    });
    expect(resolveAction(undefined, { ...request, path: '/v2/things' })).toEqual({
      action: 'GetThings',
      catalogAction: null,
    });
  });

  it('names microflows METHOD_vN_Action', () => {
    expect(apiVersionOf('/v2/email/identities')).toBe('v2');
    expect(apiVersionOf('/2015-03-31/functions/')).toBe('v1');
    expect(microflowNameFor('DELETE', 'v1', 'DeleteLexicon')).toBe('Delete_v1_DeleteLexicon');
  });

  it('names the module after the service', () => {
    const lambda = connectorOf({
      request: toSentRequest({
        service: 'lambda',
        region: 'eu-west-1',
        method: 'GET',
        path: '/2015-03-31/functions/',
      }),
      samples: ['{"Functions":[]}'],
    });
    expect(lambda.plan.module.name).toBe('AWSLambdaConnector');
  });

  it('drops credentials and secret-bearing headers from the request it keeps', () => {
    const sent = toSentRequest({
      service: 'polly',
      region: 'us-east-1',
      method: 'GET',
      path: '/v1/voices?Engine=neural&X-Amz-Signature=abc',
      headers: [
        ['Authorization', 'AWS4-HMAC-SHA256 sig'],
        ['X-Api-Key', 'k'],
        ['Accept', 'application/json'],
      ],
    });
    expect(sent).toEqual({
      service: 'polly',
      region: 'us-east-1',
      method: 'GET',
      path: '/v1/voices',
      query: [['Engine', 'neural']],
      headers: [['Accept', 'application/json']],
    });
  });
});
