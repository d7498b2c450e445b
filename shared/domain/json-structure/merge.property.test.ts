import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferJsonStructure, inferLikeStudioPro, toRepresentativeSnippet } from './index';
import type { JsonStructure } from './index';

const options = { studioProVersion: 10 as const };
const sample = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value));
// AWS-like shapes: arrays of objects whose keys come and go, so merging has work to do.
const awsLike = fc
  .array(
    fc.dictionary(
      fc.constantFrom('Id', 'Name', 'Tags', 'Size', 'When'),
      fc.oneof(
        fc.string(),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constant(null),
        fc.array(fc.string(), { maxLength: 2 }),
      ),
    ),
    { maxLength: 4 },
  )
  .map((items) => JSON.stringify({ Items: items }));
const anySample = fc.oneof(sample, awsLike);

/** The tree without what depends on sample order by design (names' clash order, samples, first-item notes). */
function shape(structure: JsonStructure): string[] {
  return structure.elements
    .map((e) =>
      [
        e.path,
        e.kind,
        e.primitiveType,
        e.nillable,
        e.optional === true,
        e.minOccurs,
        e.maxOccurs,
      ].join(' '),
    )
    .sort();
}

describe('merging samples (properties)', () => {
  it('the order of samples does not change the tree', () => {
    fc.assert(
      fc.property(fc.array(anySample, { minLength: 1, maxLength: 4 }), (samples) => {
        const reversed = [...samples].reverse();
        expect(shape(inferJsonStructure(reversed, options))).toEqual(
          shape(inferJsonStructure(samples, options)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('merging a sample with itself changes nothing', () => {
    fc.assert(
      fc.property(anySample, (text) => {
        expect(inferJsonStructure([text, text], options)).toEqual(
          inferJsonStructure([text], options),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('Studio Pro reading the representative snippet derives the merged tree', () => {
    fc.assert(
      fc.property(fc.array(anySample, { minLength: 1, maxLength: 3 }), (samples) => {
        const merged = inferJsonStructure(samples, options);
        const again = inferLikeStudioPro(toRepresentativeSnippet(merged), options);
        const strict = (s: JsonStructure) =>
          s.elements.map((e) =>
            [e.path, e.kind, e.primitiveType, e.name, e.minOccurs, e.maxOccurs].join(' '),
          );
        expect(strict(again)).toEqual(strict(merged));
        expect(
          again.findings.filter((f) => f.kind === 'later-item-keys' || f.kind === 'null-sample'),
        ).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
