import { describe, expect, it } from 'vitest';
import { combineOperationGroups } from './combine';
import type { DuplicateOperationNames } from './combine';
import { defineOperation } from './define';
import { invokeOperation } from './dispatch';
import type { Handlers } from './dispatch';
import { z } from 'zod';

// Only the operations a test calls; the dispatcher looks handlers up by name.
function handlersWith(partial: Partial<Handlers<undefined>>): Handlers<undefined> {
  return partial as Handlers<undefined>;
}

describe('invokeOperation', () => {
  it('hands handlers the parsed input, with the defaults filled in', async () => {
    let seen: unknown;
    const handlers = handlersWith({
      'request.dryRun': async (spec) => {
        seen = spec;
        // Relies on the parsed type: query and headers are arrays, never undefined.
        return { headerCount: spec.headers.length, queryCount: spec.query.length } as never;
      },
      'credentials.test': async ({ region }) => ({ region: region.toUpperCase() }) as never,
    });
    const dry = await invokeOperation(handlers, {
      name: 'request.dryRun',
      input: { region: 'us-east-1', service: 'polly', method: 'GET', path: '/v1/voices' },
      context: undefined,
    });
    expect(dry).toEqual({ ok: true, value: { headerCount: 0, queryCount: 0 } });
    expect(seen).toMatchObject({ query: [], headers: [] });
    const tested = await invokeOperation(handlers, {
      name: 'credentials.test',
      input: { id: 'default' },
      context: undefined,
    });
    expect(tested).toEqual({ ok: true, value: { region: 'US-EAST-1' } });
  });

  it('never calls a handler with input the contract rejects', async () => {
    let called = false;
    const handlers = handlersWith({
      'request.dryRun': async () => {
        called = true;
        return {} as never;
      },
    });
    const result = await invokeOperation(handlers, {
      name: 'request.dryRun',
      input: { region: 'us-east-1', service: 'polly', method: 'get', path: 'v1' },
      context: undefined,
    });
    expect(called).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('combineOperationGroups', () => {
  const spec = defineOperation(z.object({}), z.object({}), 'test');

  it('merges groups with distinct names', () => {
    expect(Object.keys(combineOperationGroups([{ 'a.one': spec }, { 'b.two': spec }]))).toEqual([
      'a.one',
      'b.two',
    ]);
  });

  it('rejects an operation name defined by two groups', () => {
    expect(() => combineOperationGroups([{ 'a.one': spec }, { 'a.one': spec }])).toThrow(
      'The contract defines the operation "a.one" twice.',
    );
  });

  it('names the duplicates at the type level', () => {
    type Spec = typeof spec;
    type Groups = readonly [{ 'a.one': Spec; 'a.two': Spec }, { 'b.one': Spec }, { 'a.two': Spec }];
    const duplicate: DuplicateOperationNames<Groups> = 'a.two';
    // @ts-expect-error 'a.one' is defined once, so it is not a duplicate.
    const unique: DuplicateOperationNames<Groups> = 'a.one';
    expect([duplicate, unique]).toEqual(['a.two', 'a.one']);
  });
});
