import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModelDecisions } from './decisions';
import type { ModelDecisions } from './decisions';
import { deriveEntityModel } from './derive';
import { structureOf } from './testing/structure-of';
import type { EntityModel } from './types';
import { validateName } from './validate-name';

const structure = structureOf({
  Voices: [{ Id: 'Emma', Gender: 'Female', Type: 'x', Details: { Rate: 1.5, Id: 2 } }],
  Lexicons: [{ Name: 'a', Attributes: { Alphabet: 'ipa' } }],
  NextToken: 't',
});
const operation = { action: 'DescribeVoices', serviceName: 'Amazon Polly' };
const base = deriveEntityModel(structure, operation, defaultModelDecisions);
const ids = [
  ...base.entities.filter((e) => !e.external).map((e) => e.id),
  ...base.entities.flatMap((e) => e.attributes.map((a) => a.id)),
  ...base.associations.map((a) => a.id),
];
const candidateNames = fc.oneof(
  fc.constantFrom(
    'Voice',
    'voice',
    'Lexicon',
    'Details',
    'Id',
    'type',
    'DescribeVoicesResponse',
    'Voice_DescribeVoicesResponse',
    'Rate',
    'Gender',
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('V'.repeat(255), `${'L'.repeat(254)}s`),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}$/),
);

function problems(model: EntityModel): string[] {
  const found: string[] = [];
  const unique = (names: string[], where: string) => {
    const lower = names.map((n) => n.toLowerCase());
    if (new Set(lower).size !== lower.length) found.push(`duplicate ${where}: ${names.join(',')}`);
  };
  const local = model.entities.filter((e) => !e.external);
  unique(
    local.map((e) => e.name),
    'entities',
  );
  unique(
    model.associations.map((a) => a.name),
    'associations',
  );
  for (const entity of model.entities) {
    unique(
      entity.attributes.map((a) => a.name),
      `attributes of ${entity.name}`,
    );
    for (const name of [entity.name, ...entity.attributes.map((a) => a.name)]) {
      if (!validateName(name).isValid) found.push(`invalid ${name}`);
    }
  }
  for (const association of model.associations)
    if (!validateName(association.name).isValid) found.push(`invalid ${association.name}`);
  const entityIds = new Set(model.entities.map((e) => e.id));
  for (const a of model.associations)
    if (!entityIds.has(a.parent) || !entityIds.has(a.child)) found.push(`dangling ${a.name}`);
  return found;
}

describe('renames keep the model valid', () => {
  it('any set of renames gives valid, unique names and no dangling association', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), candidateNames), { maxLength: 8 }),
        (renames) => {
          const decisions: ModelDecisions = {
            ...defaultModelDecisions,
            names: Object.fromEntries(renames),
          };
          expect(problems(deriveEntityModel(structure, operation, decisions))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a reserved attribute under a renamed entity', () => {
  it('falls back to _Id when the entity prefix would make another reserved word (Gu + Id = GuId)', () => {
    const voiceId = base.entities.find((e) => e.name === 'Voice')?.id ?? '';
    const model = deriveEntityModel(structure, operation, {
      ...defaultModelDecisions,
      names: { [voiceId]: 'Gu' },
    });
    const gu = model.entities.find((e) => e.name === 'Gu');
    expect(gu?.attributes.map((a) => a.name)).toContain('_Id');
    expect(problems(model)).toEqual([]);
  });
});
