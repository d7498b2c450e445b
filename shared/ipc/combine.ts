import type { OperationSpec } from './define';

type Group = Readonly<Record<string, OperationSpec>>;

/** The operation names defined by more than one group of the tuple `G` (never when all are unique). */
export type DuplicateOperationNames<G extends readonly Group[], Seen = never> = G extends readonly [
  infer Head extends Group,
  ...infer Rest extends readonly Group[],
]
  ? Extract<keyof Head, Seen> | DuplicateOperationNames<Rest, Seen | keyof Head>
  : never;

type Merged<G extends readonly Group[]> = G extends readonly [
  infer Head extends Group,
  ...infer Rest extends readonly Group[],
]
  ? Head & Merged<Rest>
  : unknown;

/** Every group's operations in one map; a name defined twice throws instead of silently replacing the first. */
export function combineOperationGroups<const G extends readonly Group[]>(
  groups: G,
): { readonly [K in keyof Merged<G>]: Merged<G>[K] } {
  const combined: Record<string, OperationSpec> = {};
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group)) {
      if (Object.prototype.hasOwnProperty.call(combined, name))
        throw new Error(`The contract defines the operation "${name}" twice.`);
      combined[name] = spec;
    }
  }
  return combined as { readonly [K in keyof Merged<G>]: Merged<G>[K] };
}
