import { describe, expect, it } from 'vitest';
import { inferJsonStructure, inferLikeStudioPro, toRepresentativeSnippet } from './index';

describe('representative snippet', () => {
  it('puts every key with a value of the merged type into the first item', () => {
    const structure = inferJsonStructure(
      ['{"a":[{"x":null,"t":"2000-01-01T00:00:00Z"},{"x":5,"y":1.5,"t":"soon","n":2147483648}]}'],
      { studioProVersion: 10 },
    );
    expect(toRepresentativeSnippet(structure, 0)).toBe(
      '{"a":[{"x":5,"t":"soon","y":1.5,"n":2147483648}]}',
    );
  });

  it('derives the merged tree under the first-item rule, where the raw sample does not', () => {
    const text = '{"Voices":[{"Id":"Emma"},{"Id":"Brian","SupportedEngines":["neural"]}]}';
    const merged = inferJsonStructure([text], { studioProVersion: 10 });
    const names = (s: typeof merged) => s.elements.map((e) => e.name);
    expect(names(inferLikeStudioPro(text, { studioProVersion: 10 }))).toEqual([
      'Root',
      'Voices',
      'Voice',
      '_Id',
    ]);
    expect(
      names(inferLikeStudioPro(toRepresentativeSnippet(merged), { studioProVersion: 10 })),
    ).toEqual(names(merged));
  });

  it('writes deep structures compactly and without recursion', () => {
    const depth = 250; // 500 levels: objects and arrays alternate
    const text = `${'[{"a":'.repeat(depth)}1${'}]'.repeat(depth)}`;
    const snippet = toRepresentativeSnippet(inferJsonStructure([text], { studioProVersion: 10 }));
    expect(snippet).toBe(text);
  });
});
