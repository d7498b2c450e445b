/** One editable name/value row of the query or header table. */
export interface KeyValueRow {
  id: number;
  name: string;
  value: string;
  enabled: boolean;
  /** A query parameter sent without `=value` when its value is left empty (e.g. `?uploads`). */
  bare?: boolean;
}

let nextRowId = 1;

/** A fresh row with a unique id. */
export function createRow(name = '', value = '', bare = false): KeyValueRow {
  const row: KeyValueRow = { id: nextRowId++, name, value, enabled: true };
  return bare ? { ...row, bare } : row;
}
