import { beforeEach, describe, expect, it } from 'vitest';
import { sampleSummary } from '../testing/fake-api';
import { previewBytes, useResponseStore } from './response-store';

describe('useResponseStore', () => {
  beforeEach(() => useResponseStore.getState().fail({ code: 'reset', message: '' }));

  it('tracks a request from start to its summary', () => {
    useResponseStore.getState().start('req-1', null);
    expect(useResponseStore.getState()).toMatchObject({
      loading: true,
      requestId: 'req-1',
      error: null,
    });
    useResponseStore.getState().succeed(sampleSummary({ preview: 'héllo', bodyKind: 'text' }));
    expect(useResponseStore.getState()).toMatchObject({
      loading: false,
      requestId: null,
      loadedBytes: 6,
    });
  });

  it('appends loaded ranges and shows all that is held', () => {
    useResponseStore
      .getState()
      .succeed(sampleSummary({ preview: 'abc', truncated: true, size: 10 }));
    useResponseStore.setState({ shownChars: 2 });
    useResponseStore.getState().appendRange('def', 3);
    expect(useResponseStore.getState()).toMatchObject({
      extraText: 'def',
      loadedBytes: 6,
      shownChars: 6,
    });
  });

  it('reveals held text a step at a time', () => {
    useResponseStore.getState().succeed(sampleSummary());
    const first = useResponseStore.getState().shownChars;
    useResponseStore.getState().showMore();
    expect(useResponseStore.getState().shownChars).toBe(2 * first);
  });
});

describe('previewBytes', () => {
  it('counts decoded bytes of a base64 preview', () => {
    expect(previewBytes(sampleSummary({ preview: 'AAECAw==', previewEncoding: 'base64' }))).toBe(4);
    expect(previewBytes(sampleSummary({ preview: 'AAECAwQ=', previewEncoding: 'base64' }))).toBe(5);
  });

  it('counts UTF-8 bytes of a text preview as TextEncoder does, lone surrogates included', () => {
    for (const preview of ['plain', 'é€', 'a😀b', 'x\ud800y', '\udc00', '😀'.repeat(3) + 'é']) {
      const summary = sampleSummary({ preview, previewEncoding: 'utf8' });
      expect(previewBytes(summary)).toBe(new TextEncoder().encode(preview).length);
    }
  });
});
