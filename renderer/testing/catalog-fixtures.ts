import type { FakeHandlers } from './fake-api';
import { sampleSummary } from './fake-api';

/** Fake handlers for the catalog, credentials and app info: two services, DynamoDB's ListTables. */
export function catalogHandlers(): FakeHandlers {
  return {
    'app.info': () => ({
      mode: 'browser',
      version: '0.1.0',
      keyStorage: 'memory',
      catalog: { sdkVersion: '2.1693.0', frozenNote: 'Catalog frozen at aws-sdk 2.1693.0.' },
    }),
    'catalog.regions': () => [
      {
        id: 'us-east-1',
        name: 'US East (N. Virginia)',
        partition: 'aws',
        dnsSuffix: 'amazonaws.com',
      },
      { id: 'eu-west-1', name: 'Europe (Ireland)', partition: 'aws', dnsSuffix: 'amazonaws.com' },
    ],
    'catalog.services': () => ({
      sdkVersion: '2.1693.0',
      frozenNote: 'Catalog frozen at aws-sdk 2.1693.0.',
      services: [
        service('polly', 'Amazon Polly', 'rest-json'),
        service('dynamodb', 'Amazon DynamoDB', 'json'),
      ],
    }),
    'catalog.operations': ({ service: id }) =>
      id === 'dynamodb'
        ? [
            { name: 'ListTables', method: 'POST', uri: '/' },
            { name: 'DescribeTable', method: 'POST', uri: '/' },
          ]
        : [{ name: 'DescribeVoices', method: 'GET', uri: '/v1/voices' }],
    'catalog.template': ({ operation }) => ({
      method: 'POST',
      path: '/',
      query: [],
      headers: [
        ['content-type', 'application/x-amz-json-1.0'],
        ['x-amz-target', `DynamoDB_20120810.${operation}`],
      ],
      body: '{}',
      labels: [],
    }),
    'credentials.list': () => [],
    'request.send': () => sampleSummary(),
  };
}

function service(id: string, fullName: string, protocol: 'json' | 'rest-json') {
  return {
    id,
    fullName,
    serviceId: fullName.replace('Amazon ', ''),
    apiVersion: '2012-08-10',
    endpointPrefix: id,
    signingName: id,
    protocol,
    operationCount: 2,
  };
}
