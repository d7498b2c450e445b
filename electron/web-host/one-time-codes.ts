import { createHash, randomBytes } from 'node:crypto';

/** How long a link opened by the browser opener stays usable: it is used within seconds. */
export const OPENER_CODE_TTL_MS = 60_000;
/** How long the link printed in the terminal stays usable: the user may copy it by hand. */
export const PRINTED_CODE_TTL_MS = 5 * 60_000;

export interface OneTimeCodesOptions {
  clock?: () => number;
  random?: (bytes: number) => Buffer;
}

// Codes are kept by their hash, so a lookup reveals nothing about a code's prefix through timing.
function keyOf(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/** Single-use, short-lived codes that a login link carries instead of the session token. */
export class OneTimeCodes {
  private readonly expiries = new Map<string, number>();
  private readonly clock: () => number;
  private readonly random: (bytes: number) => Buffer;

  constructor(options: OneTimeCodesOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? randomBytes;
  }

  /** A new 256-bit code, valid once within `ttlMs`. */
  issue(ttlMs: number): string {
    this.prune();
    const code = this.random(32).toString('base64url');
    this.expiries.set(keyOf(code), this.clock() + ttlMs);
    return code;
  }

  /** True once for a live code; false for an unknown, used or expired one. */
  redeem(code: string): boolean {
    this.prune();
    const key = keyOf(code);
    const expiry = this.expiries.get(key);
    this.expiries.delete(key);
    return expiry !== undefined && expiry > this.clock();
  }

  /** How many codes are still live (for tests and diagnostics). */
  get size(): number {
    this.prune();
    return this.expiries.size;
  }

  private prune(): void {
    const now = this.clock();
    for (const [key, expiry] of this.expiries) if (expiry <= now) this.expiries.delete(key);
  }
}
