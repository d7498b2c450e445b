import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from '../command';
import type { ConversionNote } from '../../../shared/domain/collection';

/** Parses options with node:util, turning its errors into usage errors. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    return {
      values: parsed.values as Record<string, string | boolean | undefined>,
      positionals: parsed.positionals,
    };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The lines of a conversion report, one per note. */
export function formatNotes(notes: ConversionNote[]): string {
  return notes.map((n) => `  ${n.kind.padEnd(7)} ${n.where}: ${n.message}\n`).join('');
}
