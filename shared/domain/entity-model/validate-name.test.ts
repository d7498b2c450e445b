import { describe, expect, it } from 'vitest';
import { validateName } from './validate-name';

const rules = (name: string, taken?: string[]) =>
  validateName(name, taken).problems.map((p) => p.rule);

describe('validateName', () => {
  it('accepts identifiers and refuses syntax, length, reserved words and duplicates', () => {
    expect(validateName('VoiceId').isValid).toBe(true);
    expect(validateName('_Id').isValid).toBe(true);
    expect(rules('')).toEqual(['N02']);
    expect(rules('1Voice')).toEqual(['N01']);
    expect(rules('Voice-Id')).toEqual(['N01']);
    expect(rules('<script>')).toEqual(['N01']);
    expect(rules('x'.repeat(256))).toEqual(['N02']);
    expect(rules('ID')).toEqual(['N03']);
    expect(rules('changedDate')).toEqual(['N03']);
    expect(rules('voice', ['Voice'])).toEqual(['N06']);
  });
});
