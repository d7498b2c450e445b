import { describe, expect, it } from 'vitest';
import { OneTimeCodes } from './one-time-codes';

describe('OneTimeCodes', () => {
  it('redeems a code once, refuses it the second time and refuses unknown codes', () => {
    const codes = new OneTimeCodes();
    const code = codes.issue(60_000);
    expect(Buffer.from(code, 'base64url')).toHaveLength(32);
    expect(codes.redeem(code)).toBe(true);
    expect(codes.redeem(code)).toBe(false);
    expect(codes.redeem('guessed')).toBe(false);
  });

  it('refuses a code after its lifetime and forgets expired codes', () => {
    let now = 1_000;
    const codes = new OneTimeCodes({ clock: () => now });
    const early = codes.issue(60_000);
    const late = codes.issue(60_000);
    now += 59_999;
    expect(codes.redeem(early)).toBe(true);
    now += 1;
    expect(codes.redeem(late)).toBe(false);
    codes.issue(10);
    now += 10;
    expect(codes.size).toBe(0);
  });

  it('issues distinct codes', () => {
    const codes = new OneTimeCodes();
    const seen = new Set(Array.from({ length: 50 }, () => codes.issue(1_000)));
    expect(seen.size).toBe(50);
  });
});
