import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionIconPng } from '../shared/domain/mendix-script/action-icon';

describe('the toolbox icon of generated connector actions', () => {
  it('is the PNG rendered from build/assets/mendix-action-icon.svg, 16×16', () => {
    const file = readFileSync(join(__dirname, '../build/assets/mendix-action-icon.png'));
    expect(actionIconPng).toBe(file.toString('base64'));
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
    expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([16, 16]);
  });
});
