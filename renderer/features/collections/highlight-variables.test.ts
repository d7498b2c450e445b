import { describe, expect, it } from 'vitest';
import { variableSegments } from './highlight-variables';

describe('variableSegments', () => {
  it('marks variables the environment fills and those it cannot', () => {
    const environment = { name: 'dev', variables: [{ name: 'region', value: 'eu-west-1' }] };
    expect(variableSegments('https://{{service}}.{{region}}.aws/', environment)).toEqual([
      { text: 'https://' },
      { text: '{{service}}', variable: { name: 'service', resolved: false } },
      { text: '.' },
      { text: '{{region}}', variable: { name: 'region', resolved: true } },
      { text: '.aws/' },
    ]);
    expect(variableSegments('plain', undefined)).toEqual([{ text: 'plain' }]);
    expect(variableSegments('', undefined)).toEqual([{ text: '' }]);
  });
});
