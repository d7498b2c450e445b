import { describe, expect, it } from 'vitest';
import { abbreviatePath, documentPath, inferJsonStructure, toStructureDocument } from './index';

describe('structure document (structure --format json)', () => {
  it('writes each path once, as segments, and rebuilds every full path from them', () => {
    const structure = inferJsonStructure(['{"Voices":[{"Id":"a","a|b":1}],"n":null}'], {
      studioProVersion: 10,
    });
    const document = toStructureDocument(structure);
    expect(document.format).toBe('connector-studio/structure@2');
    expect(document.elements.map((e) => e.segment)).toEqual(
      structure.elements
        .map((e) => e.path.split('|').at(-1))
        .map((s, i) =>
          // A key holding the separator stays one segment.
          structure.elements[i]?.key === 'a|b' ? 'a|b' : s,
        ),
    );
    structure.elements.forEach((element) => {
      expect(documentPath(document, element.index)).toBe(element.path);
      expect(document.elements[element.index]).not.toHaveProperty('path');
    });
    expect(document.findings.length).toBe(structure.findings.length);
    document.findings.forEach((finding, i) => {
      const path = structure.findings[i]?.path ?? '';
      expect(
        finding.element === undefined ? finding.path : documentPath(document, finding.element),
      ).toBe(path);
    });
  });

  it('abbreviates long paths for one line of text', () => {
    expect(abbreviatePath('a|b|c')).toBe('a|b|c');
    const long = Array.from({ length: 100 }, (_, i) => `k${i}`).join('|');
    expect(abbreviatePath(long)).toBe('k0|k1|…94 levels…|k96|k97|k98|k99');
  });
});
