import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Peak RSS of one run of `subject` on `bytes`, above the RSS with the bytes loaded, in MB, measured in
 * a fresh process: in the bench's own process, pages freed by earlier subjects hide new allocations.
 */
export function peakInFreshProcess(
  bytes: Buffer,
  subject: 'parse' | 'ours',
  bundle: string,
): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-peak-'));
  try {
    const input = join(dir, 'input.json');
    writeFileSync(input, bytes);
    const child = join(import.meta.dirname, 'peak-child.ts');
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', child, bundle, input, subject],
      { encoding: 'utf8' },
    );
    return (JSON.parse(out) as { peakMb: number }).peakMb;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
