import type { JsonStructure, PrimitiveType, StructureElement } from '../../json-structure/types';
import { isReservedWord } from '../../naming/reserved-words';

// A small stand-in for inferJsonStructure, for tests only: first array item, simple names.
function exposed(key: string): string {
  const clean = key.replace(/[^A-Za-z0-9_]/g, '_');
  const named = isReservedWord(clean) ? `_${clean}` : clean;
  return named.charAt(0).toUpperCase() + named.slice(1);
}

function typeOf(value: unknown): PrimitiveType {
  if (value === null) return 'Unknown';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number')
    return Number.isInteger(value) ? (Math.abs(value) < 2 ** 31 ? 'Integer' : 'Long') : 'Decimal';
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value))
    return 'DateTime';
  return 'String';
}

/** Builds a JSON structure from one sample value, the way Studio Pro would for simple input. */
export function structureOf(json: unknown): JsonStructure {
  const elements: StructureElement[] = [];
  const add = (
    value: unknown,
    at: { parent: number; key: string | null; path: string; name: string; isItem: boolean },
  ) => {
    const index = elements.length;
    const isArray = Array.isArray(value);
    const isObject = !isArray && typeof value === 'object' && value !== null;
    const parentElement = elements[at.parent];
    const isWrapper = !isArray && !isObject && at.isItem;
    const element: StructureElement = {
      index,
      parent: at.parent,
      depth: parentElement ? parentElement.depth + 1 : 0,
      children: [],
      kind: isArray ? 'Array' : isObject ? 'Object' : isWrapper ? 'Wrapper' : 'Value',
      primitiveType: isArray || isObject || isWrapper ? 'Unknown' : typeOf(value),
      path: at.path,
      key: at.key,
      defaultName: at.name,
      name: at.name,
      minOccurs: at.parent === -1 ? 1 : 0,
      maxOccurs: at.isItem ? -1 : 1,
      nillable: true,
      included: true,
      notes: [],
    };
    if (element.kind === 'Value') element.sample = JSON.stringify(value);
    elements.push(element);
    parentElement?.children.push(index);
    if (isWrapper) {
      add(value, { parent: index, key: null, path: at.path, name: 'Value', isItem: false });
    } else if (isArray) {
      const item = `${at.name.replace(/s$/, '')}` || 'JsonObject';
      const first = (value as unknown[])[0] ?? null;
      add(first, {
        parent: index,
        key: null,
        path: `${at.path}|(Object)`,
        name: at.parent === -1 ? 'JsonObject' : item,
        isItem: true,
      });
    } else if (isObject) {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        add(child, {
          parent: index,
          key,
          path: `${at.path}|${key}`,
          name: exposed(key),
          isItem: false,
        });
      }
    }
  };
  add(json, {
    parent: -1,
    key: null,
    path: Array.isArray(json) ? '(Array)' : '(Object)',
    name: 'Root',
    isItem: false,
  });
  return { elements, findings: [] };
}
