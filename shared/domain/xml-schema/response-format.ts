/** How a response body comes back on the wire: JSON, or XML (query, ec2 and rest-xml services). */
export type ResponseFormat = 'json' | 'xml';

/** The key the XML-to-JSON conversion gives an attribute (`@_type`) and element text (`#text`). */
export const xmlAttributePrefix = '@_';
export const xmlTextKey = '#text';

/** The document element of an XML response: its name and namespace. */
export interface XmlDocument {
  element: string;
  namespace?: string;
}

const xmlProtocols = new Set(['query', 'ec2', 'rest-xml']);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNamespaceKey(key: string): boolean {
  return key === `${xmlAttributePrefix}xmlns` || key.startsWith(`${xmlAttributePrefix}xmlns:`);
}

/** Removes namespace declarations everywhere in a converted document, without recursion. */
function dropNamespaceDeclarations(root: JsonObject): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (isObject(value))
      for (const key of Object.keys(value)) {
        if (isNamespaceKey(key)) delete value[key];
        else stack.push(value[key]);
      }
  }
}

/** A sample in the JSON form of an XML document: one key (the document element) holding an object. */
function asDocument(sample: string): { element: string; content: JsonObject } | undefined {
  if (!/^\s*\{/.test(sample)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(sample);
  } catch {
    return undefined;
  }
  if (!isObject(parsed)) return undefined;
  const keys = Object.keys(parsed);
  const content = parsed[keys[0] ?? ''];
  return keys.length === 1 && isObject(content)
    ? { element: keys[0] as string, content }
    : undefined;
}

/**
 * Recognises samples that are XML responses in their JSON form (every AWS XML response declares its
 * namespace on the document element; a service with an XML protocol is enough otherwise) and
 * unwraps them: the samples become the document element's content, without namespace
 * declarations, so the structure's root is the document element, as in the XML schema. Lossless:
 * the conversion keeps every value as a string. Undefined when the samples are JSON responses.
 */
export function unwrapXmlSamples(
  samples: readonly string[],
  protocol: string | undefined,
): { samples: string[]; document: XmlDocument } | undefined {
  const documents = samples.map(asDocument);
  const first = documents[0];
  if (!first || documents.some((d) => d === undefined || d.element !== first.element))
    return undefined;
  const namespace = first.content[`${xmlAttributePrefix}xmlns`];
  const isXml =
    typeof namespace === 'string' || (protocol !== undefined && xmlProtocols.has(protocol));
  if (!isXml) return undefined;
  const unwrapped = (documents as Array<{ content: JsonObject }>).map(({ content }) => {
    dropNamespaceDeclarations(content);
    return JSON.stringify(content);
  });
  const document: XmlDocument = { element: first.element };
  if (typeof namespace === 'string' && namespace !== '') document.namespace = namespace;
  return { samples: unwrapped, document };
}
