import { awsCatalog } from '../../aws/catalog';
import { buildConnector } from './build-connector';
import type { RecordedOperation } from './build-connector';

/** A Polly DescribeVoices call as moto answers it. */
export const pollyDescribeVoices: RecordedOperation = {
  request: {
    service: 'polly',
    region: 'us-east-1',
    method: 'GET',
    path: '/v1/voices',
    query: [],
    headers: [],
  },
  samples: [
    JSON.stringify({
      Voices: [
        {
          Gender: 'Female',
          Id: 'Emma',
          LanguageCode: 'en-GB',
          LanguageName: 'British English',
          Name: 'Emma',
          SupportedEngines: ['neural', 'standard'],
        },
        {
          Gender: 'Male',
          Id: 'Brian',
          LanguageCode: 'en-GB',
          LanguageName: 'British English',
          Name: 'Brian',
          SupportedEngines: ['standard'],
        },
      ],
    }),
  ],
};

/** A DynamoDB ListTables call: JSON protocol, `X-Amz-Target`, body `{}`. */
export const dynamoListTables: RecordedOperation = {
  request: {
    service: 'dynamodb',
    region: 'us-east-1',
    method: 'POST',
    path: '/',
    query: [],
    headers: [
      ['X-Amz-Target', 'DynamoDB_20120810.ListTables'],
      ['Content-Type', 'application/x-amz-json-1.0'],
    ],
    body: '{}',
  },
  samples: ['{"TableNames":["Music","Orders"],"LastEvaluatedTableName":"Orders"}'],
};

/** The plan and model of the given recordings, with a fixed tool version. */
export function connectorOf(...operations: RecordedOperation[]) {
  return buildConnector({ operations, catalog: awsCatalog, settings: { toolVersion: '0.1.0' } });
}
