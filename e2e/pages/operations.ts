import type { OperationChoice } from './request-panel';

/** An operation as the pickers choose it; each spec adds the endpoint it sends to. */
export type PickedOperation = Omit<OperationChoice, 'endpoint'>;

/** Polly DescribeVoices in us-east-1 (rest-json, GET /v1/voices). */
export const pollyDescribeVoices: PickedOperation = {
  region: 'us-east-1',
  service: { name: 'Amazon Polly', id: 'polly' },
  operation: 'DescribeVoices',
};

/** DynamoDB ListTables in us-east-1 (json protocol, signed x-amz-target). */
export const dynamodbListTables: PickedOperation = {
  region: 'us-east-1',
  service: { name: 'Amazon DynamoDB', id: 'dynamodb' },
  operation: 'ListTables',
};
