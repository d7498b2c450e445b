import { describe, expect, it } from 'vitest';
import { canModel } from './use-structure';

describe('canModel', () => {
  // The engine classifies JSON sent under a text type (moto's text/html) as json; see decode.test.ts.
  it('models JSON and XML, but not text or binaries', () => {
    expect(canModel({ bodyKind: 'json' })).toBe(true);
    expect(canModel({ bodyKind: 'xml' })).toBe(true);
    expect(canModel({ bodyKind: 'text' })).toBe(false);
    expect(canModel({ bodyKind: 'binary' })).toBe(false);
    expect(canModel(null)).toBe(false);
  });
});
