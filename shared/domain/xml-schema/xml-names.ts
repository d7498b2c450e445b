import { singularize } from '../json-structure/names';
import type { JsonStructure, StructureElement } from '../json-structure/types';
import { xmlAttributePrefix, xmlTextKey } from './response-format';

/** Query (`member`) and EC2 (`item`) list entries: named after their list, not after themselves. */
const entryElements = new Set(['item', 'member']);

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The name an XML list's items should have: the element itself (`Message`), or for `item`/`member` the list's singular (`tagSet` → `Tag`). */
function itemName(array: StructureElement, elements: readonly StructureElement[]): string {
  if (array.key === null || !entryElements.has(array.key)) return array.name;
  const list = elements[array.parent]?.name ?? '';
  const base = /.Set$/.test(list) ? list.slice(0, -3) : singularize(list);
  return base !== list && /^[A-Z]/.test(base) ? base : array.name;
}

/** Whether an item still has the automatic name it got from its array (`MessageItem`, `Item_2`). */
function isAutomatic(item: StructureElement, array: StructureElement): boolean {
  return (
    item.name === item.defaultName &&
    (item.name === `${array.name}Item` || new RegExp(`^${array.name}_\\d+$`).test(item.name))
  );
}

/**
 * Names for an XML response's structure as its XML reads: a repeated element names one item
 * (`<Message>` items are `Message`; the list, which makes no entity, becomes `MessageList`), EC2
 * `item` and query `member` entries take their list's singular (`tagSet` → `Tag`), attributes and
 * text content lose the converter's `@_`/`#text` marks (`Encoding`, `Text`). Only default names
 * change, and only to free ones; the findings about the converter's key spellings are dropped.
 */
export function nameXmlItems(structure: JsonStructure): JsonStructure {
  const elements = structure.elements.map((e) => ({ ...e }));
  const taken = new Set(elements.map((e) => e.name.toLowerCase()));
  const renamedItems = new Set<string>();
  const rename = (element: StructureElement, to: string): boolean => {
    if (taken.has(to.toLowerCase())) return false;
    taken.delete(element.name.toLowerCase());
    taken.add(to.toLowerCase());
    element.name = element.defaultName = to;
    return true;
  };
  for (const array of elements) {
    const item = elements[array.children[0] ?? -1];
    if (array.kind !== 'Array' || array.key === null || item?.kind !== 'Object') continue;
    if (!isAutomatic(item, array) || array.name !== array.defaultName) continue;
    const name = itemName(array, elements);
    const list = `${array.name}List`;
    taken.delete(item.name.toLowerCase());
    if (name === array.name) {
      taken.delete(array.name.toLowerCase());
      if (!rename(array, list)) taken.add(array.name.toLowerCase());
    }
    if (rename(item, name)) renamedItems.add(item.path);
    else taken.add(item.name.toLowerCase());
  }
  for (const value of elements) {
    if (value.kind !== 'Value' || value.key === null || value.name !== value.defaultName) continue;
    // Attribute and text names are unique within their entity only.
    if (value.key === xmlTextKey) value.name = value.defaultName = 'Text';
    else if (value.key.startsWith(xmlAttributePrefix) && /^[A-Za-z]\w*$/.test(value.key.slice(2)))
      value.name = value.defaultName = upperFirst(value.key.slice(xmlAttributePrefix.length));
  }
  const converterKey = (path: string) => /\|(@_|#text)[^|]*$/.test(path);
  const findings = structure.findings.filter(
    (f) =>
      !(f.kind === 'renamed-invalid' && converterKey(f.path)) &&
      !(f.kind === 'renamed-clash' && renamedItems.has(f.path)),
  );
  return { ...structure, elements, findings };
}
