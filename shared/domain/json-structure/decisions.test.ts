import { describe, expect, it } from 'vitest';
import {
  applyStructureDecisions,
  defaultStructureDecisions,
  inferJsonStructure,
  suggestHowToExclusions,
} from './index';

const text = '{"Voices":[{"Id":"Emma","SupportedEngines":["neural"]}]}';
const base = inferJsonStructure([text], { studioProVersion: 10 });
const names = (s: typeof base) => s.elements.map((e) => e.name);

describe('structure decisions', () => {
  it('applies valid custom names and rejects invalid or clashing ones with an error finding', () => {
    const decided = applyStructureDecisions(base, {
      ...defaultStructureDecisions,
      customNames: {
        '(Object)': 'DescribeVoicesResponse',
        '(Object)|Voices|(Object)|Id': 'VoiceId',
        '(Object)|Voices|(Object)': 'Object',
        '(Object)|Voices|(Object)|SupportedEngines': 'DescribeVoicesResponse',
      },
    });
    expect(names(decided)).toEqual([
      'DescribeVoicesResponse',
      'Voices',
      'Voice',
      'VoiceId',
      'SupportedEngines',
      'SupportedEngine',
      'Value',
    ]);
    expect(decided.findings.filter((f) => f.severity === 'error').map((f) => f.kind)).toEqual([
      'invalid-custom-name',
      'custom-name-clash',
    ]);
    expect(names(base)).toEqual([
      'Root',
      'Voices',
      'Voice',
      '_Id',
      'SupportedEngines',
      'SupportedEngine',
      'Value',
    ]);
  });

  it('switches item names to Studio Pro 9 and back without scanning again', () => {
    const nine = applyStructureDecisions(base, {
      ...defaultStructureDecisions,
      studioProVersion: 9,
    });
    expect(names(nine)).toEqual([
      'Root',
      'Voices',
      'JsonObject',
      '_Id',
      'SupportedEngines',
      'JsonObject_2',
      'Value',
    ]);
    expect(names(applyStructureDecisions(nine, defaultStructureDecisions))).toEqual(names(base));
    expect(
      inferJsonStructure([text], {
        studioProVersion: 10,
        decisions: { ...defaultStructureDecisions, studioProVersion: 9 },
      }).elements.map((e) => e.name),
    ).toEqual(names(nine));
  });

  it('excludes what the how-to unchecks: Root wrapping one list, and primitive wrappers', () => {
    const excluded = suggestHowToExclusions(base);
    expect(excluded).toEqual(['(Object)', '(Object)|Voices|(Object)|SupportedEngines|(Wrapper)']);
    const decided = applyStructureDecisions(base, {
      ...defaultStructureDecisions,
      excluded,
      included: ['(Object)'],
    });
    expect(decided.elements.filter((e) => !e.included).map((e) => e.name)).toEqual([
      'SupportedEngine',
    ]);
  });
});
