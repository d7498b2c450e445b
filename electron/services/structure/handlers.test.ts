import { describe, expect, it } from 'vitest';
import { invokeOperation } from '../../../shared/ipc/dispatch';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { StudioError } from '../../../shared/ipc/errors';
import { createStructureHandlers } from './handlers';

const bodies = new Map([['r1', '{"Voices":[{"Id":"Emma"}]}']]);
const handlers = createStructureHandlers({
  readBody: async (id) => {
    const body = bodies.get(id);
    if (body === undefined) throw new StudioError('not-found', `No response ${id}.`);
    return body;
  },
}) as unknown as Handlers;
const call = (name: string, input: unknown) => invokeOperation(handlers, { name, input, context: undefined });

describe('structure operations', () => {
  it('infers from a kept response plus saved samples', async () => {
    const result = await call('structure.infer', { responseId: 'r1', samples: ['{"Voices":[{"Name":"Amy"}]}'], options: { studioProVersion: 10 } });
    expect(result.ok).toBe(true);
    const value = (result as { value: { elements: { name: string }[] } }).value;
    expect(value.elements.map((e) => e.name)).toEqual(['Root', 'Voices', 'Voice', '_Id', 'Name']);
  });

  it('reports malformed JSON as invalid input with the position', async () => {
    const result = await call('structure.infer', { samples: ['{"a":\n  oops}'], options: { studioProVersion: 10 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { line: 2, column: 3, offset: 8 } } });
  });

  it('refuses a call with neither a response nor samples, and passes a missing response through', async () => {
    expect(await call('structure.infer', { options: { studioProVersion: 10 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('structure.infer', { responseId: 'gone', options: { studioProVersion: 10 } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('writes the representative snippet of a structure that crossed the bridge', async () => {
    const inferred = await call('structure.infer', { samples: ['[{"a":1},{"b":"x"}]'], options: { studioProVersion: 9 } });
    const structure = JSON.parse(JSON.stringify((inferred as { value: unknown }).value)) as unknown;
    const result = await call('structure.snippet', { structure });
    expect(JSON.parse((result as { value: { snippet: string } }).value.snippet)).toEqual([{ a: 1, b: 'x' }]);
  });
});
