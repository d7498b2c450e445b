import { beforeEach, describe, expect, it } from 'vitest';
import { defaultStructureDecisions } from '../../shared/domain/json-structure/types';
import {
  getOperationDecisions,
  operationKey,
  setOperationDecisions,
  useDecisionsStore,
} from './decisions-store';

describe('decisions store', () => {
  beforeEach(() => useDecisionsStore.setState({ byOperation: {} }));

  it('keys by service and operation, or by method and path without an operation', () => {
    expect(
      operationKey({
        service: 'polly',
        operation: 'DescribeVoices',
        method: 'GET',
        path: '/v1/voices',
      }),
    ).toBe('polly:DescribeVoices');
    expect(operationKey({ service: 's3', method: 'get', path: '/bucket?list-type=2' })).toBe(
      's3:GET /bucket',
    );
  });

  it('keeps each operation apart and hands out defaults for unknown ones', () => {
    useDecisionsStore.getState().setStructure('polly:DescribeVoices', {
      ...defaultStructureDecisions,
      excluded: ['(Object)'],
    });
    expect(getOperationDecisions('polly:DescribeVoices').structure.excluded).toEqual(['(Object)']);
    expect(getOperationDecisions('dynamodb:ListTables').structure.excluded).toEqual([]);
    const saved = getOperationDecisions('polly:DescribeVoices');
    setOperationDecisions('dynamodb:ListTables', saved);
    expect(getOperationDecisions('dynamodb:ListTables')).toEqual(saved);
  });
});
