import type { ShapeType } from '../../aws/shapes';
import { Seen } from './merge-node';
import type { MergeNode } from './merge-node';
import { numberRankOf, widen } from './primitive-type';
import type { PrimitiveType } from './types';

// Types of model-complete structures: AWS shape types as Mendix primitive types, the choice
// between what the samples show and what the model declares, and example literals for the snippet.

/** The Mendix primitive type of an AWS shape type; undefined for containers. */
export function primitiveOfShape(type: ShapeType): PrimitiveType | undefined {
  switch (type) {
    case 'string':
    case 'char':
    case 'blob':
      return 'String';
    case 'integer':
    case 'short':
    case 'byte':
      return 'Integer';
    case 'long':
    case 'biginteger':
      return 'Long';
    case 'float':
    case 'double':
    case 'bigdecimal':
      return 'Decimal';
    case 'boolean':
      return 'Boolean';
    case 'timestamp':
      return 'DateTime';
    case 'structure':
    case 'list':
    case 'map':
      return undefined;
  }
}

export const seenFlagOf: Record<PrimitiveType, number> = {
  String: Seen.string,
  DateTime: Seen.dateTime,
  Integer: Seen.integer,
  Long: Seen.long,
  Decimal: Seen.decimal,
  Boolean: Seen.boolean,
  Unknown: 0,
};

export interface TypeChoice {
  type: PrimitiveType;
  /** Why the model's type was not taken as is, as a finding. */
  conflict?: string;
  /** The sample's numbers are epoch seconds of a model timestamp. */
  epoch?: boolean;
}

/**
 * The type of a value the samples saw as `sampled` and the model declares `model`: the model's where
 * it is the same or wider (or the samples cannot tell), the samples' where they hold more than the
 * model allows. XML text carries every value as a string, so there the model decides.
 */
export function chooseType(sampled: PrimitiveType, model: PrimitiveType, xml: boolean): TypeChoice {
  if (sampled === 'Unknown' || sampled === model || xml) return { type: model };
  const rs = numberRankOf(sampled);
  if (rs !== undefined && numberRankOf(model) !== undefined) return { type: widen(sampled, model) };
  if (model === 'DateTime' && rs !== undefined) return { type: 'DateTime', epoch: true };
  if (model === 'String') return { type: 'String' };
  if (model === 'DateTime' && sampled === 'String')
    return {
      type: 'String',
      conflict: 'the model says timestamp, but the samples hold text that is not an ISO 8601 date',
    };
  return {
    type: widen(sampled, model),
    conflict: `the model says ${model}, but the samples hold ${sampled}`,
  };
}

/** Example literal for a value only the model knows: a real enum value, else `sampleFor`'s fallback. */
export function seedSample(
  node: MergeNode,
  type: PrimitiveType,
  enumValues: readonly string[] | undefined,
) {
  if (type === 'String' && enumValues !== undefined && enumValues.length > 0)
    node.writableSamples().string = JSON.stringify(enumValues[0]);
}

/** An ISO 8601 example for a timestamp the samples carry as epoch seconds: the same instant. */
export function seedEpochDate(node: MergeNode): void {
  const literal = node.samples.decimal ?? node.samples.long ?? node.samples.integer;
  const seconds = literal === undefined ? Number.NaN : Number(literal);
  const date = new Date(seconds * 1000);
  if (Number.isFinite(date.getTime()))
    node.writableSamples().dateTime = JSON.stringify(date.toISOString());
}

/** XML carries every value as text: the sample's own text as a literal of the model's type, where it reads as one. */
export function seedFromText(node: MergeNode, type: PrimitiveType): void {
  const literal = node.samples.string;
  if (literal === undefined) return;
  let text: unknown;
  try {
    text = JSON.parse(literal);
  } catch {
    return;
  }
  if (typeof text !== 'string') return;
  const slots = node.writableSamples();
  if (type === 'Boolean' && (text === 'true' || text === 'false')) slots.boolean = text;
  else if (type === 'Integer' && /^-?\d{1,9}$/.test(text)) slots.integer = text;
  else if (type === 'Long' && /^-?\d{10,18}$/.test(text) && Math.abs(Number(text)) > 2147483647)
    slots.long = text;
  else if (type === 'Decimal' && /^-?\d+\.\d+$/.test(text)) slots.decimal = text;
}
