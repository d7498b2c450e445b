import { describe, expect, it } from 'vitest';
import { canModel } from './use-structure';

describe('canModel', () => {
  it('models JSON, XML and text that is JSON, but not other text or binaries', () => {
    expect(canModel({ bodyKind: 'json', preview: '{}' })).toBe(true);
    expect(canModel({ bodyKind: 'xml', preview: '<a/>' })).toBe(true);
    expect(canModel({ bodyKind: 'text', preview: ' \n{"Voices":[]}' })).toBe(true);
    expect(canModel({ bodyKind: 'text', preview: '<html></html>' })).toBe(false);
    expect(canModel({ bodyKind: 'binary', preview: 'e30=' })).toBe(false);
    expect(canModel(null)).toBe(false);
  });
});
