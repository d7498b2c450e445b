import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import type { OperationName } from './contract';
import { operationNameList } from './operation-names';

// Compile-time half of the check: every contract operation is listed (the list's `satisfies` checks the other way).
type Unlisted = Exclude<OperationName, (typeof operationNameList)[number]>;
const everyOperationListed: [Unlisted] extends [never] ? true : Unlisted = true;

describe('operationNameList', () => {
  it('lists exactly the contract operations, each once', () => {
    expect(everyOperationListed).toBe(true);
    expect([...operationNameList].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(operationNameList).size).toBe(operationNameList.length);
  });
});
