import { describe, expect, it } from 'vitest';
import { exposedNameOf, itemNameOf, singularize, validateCustomName } from './names';

describe('exposed names (docs/rules/json-structure.md#names-exposed-names)', () => {
  it.each([
    ['accessKeyId', 'AccessKeyId'],
    ['Id', '_Id'],
    ['id', '_id'],
    ['TYPE', '_TYPE'],
    ['owner', '_owner'],
    ['2fa', '_2fa'],
    ['content-type', 'Content_type'],
    ['@_xmlns', '__xmlns'],
    ['', '_'],
    ['名前', '__'],
    ['__proto__', '__proto__'],
    ['constructor', 'Constructor'],
  ])('%j → %s', (key, name) => {
    expect(exposedNameOf(key).name).toBe(name);
  });

  it('says why a name changed', () => {
    expect(exposedNameOf('Id').reasons).toEqual(['reserved']);
    expect(exposedNameOf('a-b').reasons).toEqual(['invalid']);
    expect(exposedNameOf('Name').reasons).toEqual([]);
  });
});

describe('singular item names', () => {
  it.each([
    ['Voices', 'Voice'],
    ['SupportedEngines', 'SupportedEngine'],
    ['Policies', 'Policy'],
    ['Addresses', 'Address'],
    ['Statuses', 'Status'],
    ['Aliases', 'Alias'],
    ['Boxes', 'Box'],
    ['Matches', 'Match'],
    ['Instances', 'Instance'],
    ['Keys', 'Key'],
  ])('%s → %s', (plural, singular) => {
    expect(singularize(plural)).toBe(singular);
  });

  it('appends Item when the singular is the same word, and protects reserved words', () => {
    expect(itemNameOf('Data')).toBe('DataItem');
    expect(itemNameOf('ResponseMetadata')).toBe('ResponseMetadataItem');
    expect(itemNameOf('Status')).toBe('StatusItem');
    expect(itemNameOf('Types')).toBe('_Type');
    expect(itemNameOf('Voices')).toBe('Voice');
  });
});

describe('custom names', () => {
  it('accepts identifiers and rejects the rest with a reason', () => {
    expect(validateCustomName('VoiceId')).toBeNull();
    expect(validateCustomName('_Id')).toBeNull();
    expect(validateCustomName('')).toMatch(/empty/);
    expect(validateCustomName('1st')).toMatch(/letters/);
    expect(validateCustomName('my name')).toMatch(/letters/);
    expect(validateCustomName('Object')).toMatch(/reserved/);
    expect(validateCustomName('a'.repeat(256))).toMatch(/255/);
  });
});
