/** A parsed JSON object of an imported file, whose fields are checked before use. */
export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A scalar field as text (imported files store numbers and booleans where text is meant). */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
