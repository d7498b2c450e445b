import type { PrimitiveType } from './types';
import { numberMask, primitiveMask, Seen } from './merge-node';
import type { SampleSlots } from './merge-node';

/** The merged primitive type of what was seen, and whether the kinds were incompatible. */
export function resolvePrimitive(seen: number): { type: PrimitiveType; mixed: boolean } {
  const prim = seen & primitiveMask;
  if (prim === 0) return { type: 'Unknown', mixed: false };
  if ((prim & ~(Seen.string | Seen.dateTime)) === 0) {
    return { type: prim === Seen.dateTime ? 'DateTime' : 'String', mixed: false };
  }
  if ((prim & ~numberMask) === 0) {
    if (prim & Seen.decimal) return { type: 'Decimal', mixed: false };
    return { type: prim & Seen.long ? 'Long' : 'Integer', mixed: false };
  }
  if (prim === Seen.boolean) return { type: 'Boolean', mixed: false };
  // Text, numbers and booleans together: only a String holds them all.
  return { type: 'String', mixed: true };
}

const numberRank: Partial<Record<PrimitiveType, number>> = { Integer: 1, Long: 2, Decimal: 3 };

/** The rank of a number type (Integer < Long < Decimal), undefined for other types. */
export function numberRankOf(type: PrimitiveType): number | undefined {
  return numberRank[type];
}

/** The type that holds both: the wider number, String for any other disagreement, the known one over Unknown. */
export function widen(a: PrimitiveType, b: PrimitiveType): PrimitiveType {
  if (a === b || b === 'Unknown') return a;
  if (a === 'Unknown') return b;
  const ra = numberRank[a];
  const rb = numberRank[b];
  if (ra !== undefined && rb !== undefined) return ra >= rb ? a : b;
  return 'String';
}

const fallbackLiteral: Record<PrimitiveType, string | undefined> = {
  String: '"text"',
  DateTime: '"2000-01-01T00:00:00Z"',
  Integer: '1',
  Long: '2147483648',
  Decimal: '1.5',
  Boolean: 'true',
  Unknown: undefined,
};

/** A sample literal that Studio Pro reads as `type`, taken from what was seen where possible. */
export function sampleFor(type: PrimitiveType, samples: SampleSlots): string | undefined {
  switch (type) {
    case 'String': {
      if (samples.string !== undefined) return samples.string;
      const other = samples.integer ?? samples.long ?? samples.decimal ?? samples.boolean;
      return other === undefined ? fallbackLiteral.String : JSON.stringify(other);
    }
    case 'DateTime':
      return samples.dateTime ?? fallbackLiteral.DateTime;
    case 'Decimal':
      return samples.decimal ?? withFraction(samples.long ?? samples.integer);
    case 'Long':
      return samples.long ?? fallbackLiteral.Long;
    case 'Integer':
      return samples.integer ?? fallbackLiteral.Integer;
    case 'Boolean':
      return samples.boolean ?? fallbackLiteral.Boolean;
    case 'Unknown':
      return undefined;
  }
}

function withFraction(integer: string | undefined): string {
  return integer === undefined ? (fallbackLiteral.Decimal as string) : `${integer}.0`;
}
