import { XMLBuilder } from 'fast-xml-parser';
import type { JsonStructure, PrimitiveType, StructureElement } from '../json-structure/types';
import { xmlAttributePrefix, xmlTextKey } from './response-format';
import type { XmlDocument } from './response-format';

type Node = Record<string, unknown>;

/** What the children of one XML element declare: child elements in order, attributes, text content. */
interface Content {
  elements: Node[];
  attributes: Node[];
  textType?: string;
}

const XS = 'http://www.w3.org/2001/XMLSchema';

/** The XML Schema built-in type of a primitive type. */
export function xsdType(type: PrimitiveType): string {
  switch (type) {
    case 'Integer':
      return 'xs:int';
    case 'Long':
      return 'xs:long';
    case 'Decimal':
      return 'xs:decimal';
    case 'Boolean':
      return 'xs:boolean';
    case 'DateTime':
      return 'xs:dateTime';
    case 'String':
    case 'Unknown':
      return 'xs:string';
  }
}

function complexType(content: Content | undefined): Node {
  if (content?.textType !== undefined) {
    const extension: Node = { '@_base': content.textType };
    if (content.attributes.length > 0) extension['xs:attribute'] = content.attributes;
    return { 'xs:simpleContent': { 'xs:extension': extension } };
  }
  const type: Node = {};
  if (content && content.elements.length > 0)
    type['xs:sequence'] = { 'xs:element': content.elements };
  if (content && content.attributes.length > 0) type['xs:attribute'] = content.attributes;
  return type;
}

function valueType(structure: JsonStructure, element: StructureElement): string {
  if (element.kind === 'Value') return xsdType(element.primitiveType);
  const value = structure.elements[element.children[0] ?? -1];
  return xsdType(value?.primitiveType ?? 'String');
}

/** The declaration of one element (a sequence entry); array items repeat, every entry may be absent. */
function declaration(
  structure: JsonStructure,
  element: StructureElement,
  contents: Map<number, Content>,
): Node | undefined {
  const name = element.key ?? '';
  const base: Node = { '@_name': name, '@_minOccurs': '0' };
  if (element.kind === 'Value') return { ...base, '@_type': valueType(structure, element) };
  if (element.kind === 'Object')
    return { ...base, 'xs:complexType': complexType(contents.get(element.index)) };
  if (element.kind !== 'Array') return undefined;
  const item = structure.elements[element.children[0] ?? -1];
  base['@_maxOccurs'] = 'unbounded';
  if (item?.kind === 'Object')
    return { ...base, 'xs:complexType': complexType(contents.get(item.index)) };
  return { ...base, '@_type': item ? valueType(structure, item) : 'xs:string' };
}

function contentOf(contents: Map<number, Content>, index: number): Content {
  let content = contents.get(index);
  if (!content) contents.set(index, (content = { elements: [], attributes: [] }));
  return content;
}

/** Adds an element's declaration to what its parent XML element declares (attribute, text or child). */
function attach(
  structure: JsonStructure,
  element: StructureElement,
  contents: Map<number, Content>,
): void {
  const key = element.key;
  if (key === null) return;
  const parent = contentOf(contents, element.parent);
  if (key === xmlTextKey) {
    parent.textType = valueType(structure, element);
  } else if (key.startsWith(xmlAttributePrefix)) {
    const name = key.slice(xmlAttributePrefix.length);
    // Namespace declarations are not attributes in XML Schema.
    if (name === 'xmlns' || name.startsWith('xmlns:')) return;
    parent.attributes.unshift({ '@_name': name, '@_type': valueType(structure, element) });
  } else {
    const declared = declaration(structure, element, contents);
    if (declared) parent.elements.unshift(declared);
  }
}

/**
 * An XML Schema (XSD) of an XML response from its JSON structure, whose root is the document
 * element (the samples unwrapped, or a structure completed from the service model): one global
 * element, child elements in structure order (all optional, as samples cannot prove presence),
 * lists as repeating elements, attributes and text content. Built bottom-up over the flat element
 * list, so nothing recurses on the depth of the response.
 */
export function toXmlSchema(structure: JsonStructure, document: XmlDocument): string {
  const contents = new Map<number, Content>();
  const elements = structure.elements;
  for (let index = elements.length - 1; index > 0; index--) {
    const element = elements[index] as StructureElement;
    if (elements[element.parent]?.kind === 'Array') continue;
    attach(structure, element, contents);
  }
  const schema: Node = {
    '@_xmlns:xs': XS,
    ...(document.namespace
      ? { '@_targetNamespace': document.namespace, '@_xmlns': document.namespace }
      : {}),
    '@_elementFormDefault': 'qualified',
    'xs:element': { '@_name': document.element, 'xs:complexType': complexType(contents.get(0)) },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    'xs:schema': schema,
  }) as string;
}
