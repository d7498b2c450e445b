import { describe, expect, it } from 'vitest';
import { sampleSummary } from '../../testing/fake-api';
import { bodyView, suggestFileName } from './body-text';

const shown = { extraText: '', loadedBytes: 0, shownChars: 1000, xmlAsJson: false };

describe('bodyView', () => {
  it('pretty-prints a complete JSON body', () => {
    const view = bodyView(sampleSummary({ preview: '{"a":[1]}' }), shown);
    expect(view).toEqual({ text: '{\n  "a": [\n    1\n  ]\n}', language: 'json', complete: true });
  });

  it('indents a truncated JSON body with the ranges loaded so far', () => {
    const summary = sampleSummary({ preview: '{"a":', truncated: true, size: 100 });
    const view = bodyView(summary, { ...shown, extraText: '[1,', loadedBytes: 8 });
    expect(view).toEqual({ text: '{\n  "a": [\n    1,\n    ', language: 'json', complete: false });
  });

  it('shows only the first shownChars characters of what it holds', () => {
    const summary = sampleSummary({ bodyKind: 'text', preview: 'abcdef' });
    expect(bodyView(summary, { ...shown, shownChars: 4 })).toEqual({
      text: 'abcd',
      language: 'plaintext',
      complete: false,
    });
    expect(bodyView(summary, { ...shown, shownChars: 6 })).toMatchObject({ complete: true });
  });

  it('is complete once every byte has been loaded', () => {
    const summary = sampleSummary({ preview: '{"a":', truncated: true, size: 9 });
    expect(bodyView(summary, { ...shown, extraText: '[1]}', loadedBytes: 9 })).toMatchObject({
      complete: true,
    });
  });

  it('shows XML as text, or its JSON form when asked', () => {
    const summary = sampleSummary({ bodyKind: 'xml', preview: '<a>1</a>', xmlAsJson: '{"a":1}' });
    expect(bodyView(summary, shown)).toMatchObject({ text: '<a>1</a>', language: 'xml' });
    expect(bodyView(summary, { ...shown, xmlAsJson: true })).toMatchObject({
      text: '{\n  "a": 1\n}',
      language: 'json',
    });
  });

  it('shows HTML as plain text', () => {
    const summary = sampleSummary({
      bodyKind: 'text',
      contentType: 'text/html',
      preview: '<script>x()</script>',
    });
    expect(bodyView(summary, shown)).toMatchObject({
      text: '<script>x()</script>',
      language: 'plaintext',
    });
  });
});

describe('suggestFileName', () => {
  it('names the file after service and operation with an extension from the kind', () => {
    expect(suggestFileName(sampleSummary(), { service: 'dynamodb', operation: 'ListTables' })).toBe(
      'dynamodb-ListTables.json',
    );
    const audio = sampleSummary({ bodyKind: 'audio', contentType: 'audio/mpeg' });
    expect(suggestFileName(audio, { service: 'polly', operation: '' })).toBe('polly-response.mpeg');
  });
});
