import { XMLParser } from 'fast-xml-parser';
import type { X2jOptions } from 'fast-xml-parser';
import { StudioError } from '../../../shared/ipc/errors';
import { scanRepeatedPaths } from './xml-scan';

/** Limits for `xmlToJson`; bodies past them are refused, never cut. */
export interface XmlLimits {
  maxChars?: number;
  maxDepth?: number;
  /** Most attributes, and most distinct child element names, on one element (default 1,000). */
  maxMembers?: number;
  /** Extra element paths (`Root.Parent.Child`, no namespace prefixes) known to be lists, e.g. from a service model. */
  arrayPaths?: Iterable<string>;
}

/** Attributes become `@_name` keys; text beside attributes or children becomes `#text`. */
export const XML_ATTRIBUTE_PREFIX = '@_';
export const XML_TEXT_KEY = '#text';

const DEFAULT_MAX_CHARS = 32 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 200;
// Each attribute or distinct child becomes an entity attribute; naming checks grow with their square,
// and a 1 MB element with 100,000 attributes kept `plan` busy for hours (issue 17).
const DEFAULT_MAX_MEMBERS = 1000;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Converts XML to JSON text: namespace prefixes dropped from element and attribute names
 * (`xmlns` declarations kept as `@_xmlns…` attributes), values kept as strings. An element is an
 * array at every occurrence of its path when it repeats under one parent anywhere in the document,
 * when `arrayPaths` names it, or when AWS's list conventions say so (see `isAwsListMember`), so one
 * bucket and two buckets give the same shape.
 */
export function xmlToJson(xmlText: string, limits: XmlLimits = {}): string {
  const maxChars = limits.maxChars ?? DEFAULT_MAX_CHARS;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (xmlText.length > maxChars) {
    throw new StudioError(
      'unsupported',
      `The XML body has ${xmlText.length} characters, over the ${maxChars} limit for converting it to JSON.`,
    );
  }
  // AWS never sends a DTD; refusing one rules out entity expansion and external entities outright.
  if (/<!DOCTYPE|<!ENTITY/i.test(xmlText)) {
    throw new StudioError(
      'unsupported',
      'The XML body declares a DOCTYPE or entities, which are not processed.',
    );
  }
  const lists = scanRepeatedPaths(xmlText, tagKey, {
    maxDepth,
    maxMembers: limits.maxMembers ?? DEFAULT_MAX_MEMBERS,
  });
  for (const path of limits.arrayPaths ?? []) lists.add(path);
  const isList = (path: string): boolean => lists.has(path) || isAwsListMember(path);
  const options = parserOptions(
    maxDepth,
    (_name, path, _leaf, isAttribute) => !isAttribute && isList(String(path)),
  );
  try {
    return JSON.stringify(new XMLParser(options).parse(xmlText));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StudioError(
      'unsupported',
      `The XML body could not be converted to JSON (at most ${maxDepth} levels are accepted): ${reason}`,
    );
  }
}

function parserOptions(maxDepth: number, isArray: NonNullable<X2jOptions['isArray']>): X2jOptions {
  return {
    ignoreAttributes: false,
    attributeNamePrefix: XML_ATTRIBUTE_PREFIX,
    textNodeName: XML_TEXT_KEY,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    parseAttributeValue: false,
    // Standard and numeric character references only; a DTD never gets this far.
    processEntities: true,
    htmlEntities: true,
    maxNestedTags: maxDepth,
    transformTagName: tagKey,
    transformAttributeName: (name) => {
      const bare = name.startsWith(XML_ATTRIBUTE_PREFIX)
        ? name.slice(XML_ATTRIBUTE_PREFIX.length)
        : name;
      return XML_ATTRIBUTE_PREFIX + safeName(bare.startsWith('xmlns') ? bare : localName(bare));
    },
    isArray,
  };
}

// Flattened lists in AWS XML APIs have no wrapper element, so one entry looks like a scalar.
const FLATTENED_LISTS = new Set([
  'ListBucketResult.Contents',
  'ListBucketResult.CommonPrefixes',
  'Contents.ChecksumAlgorithm',
  'ListVersionsResult.Version',
  'ListVersionsResult.DeleteMarker',
  'ListVersionsResult.CommonPrefixes',
  'ListMultipartUploadsResult.Upload',
  'ListMultipartUploadsResult.CommonPrefixes',
  'ListPartsResult.Part',
  'DeleteResult.Deleted',
  'DeleteResult.Error',
  'ListQueuesResult.QueueUrl',
  'ListDeadLetterSourceQueuesResult.QueueUrl',
  'GetQueueAttributesResult.Attribute',
  'ReceiveMessageResult.Message',
  'Message.Attribute',
  'Message.MessageAttribute',
]);

/**
 * AWS list conventions: `member` (query protocol) and `item` (EC2) entries, children of a
 * CloudFront `Items` wrapper, a child whose parent is its plural (`Buckets/Bucket`,
 * `Policies/Policy`, `Addresses/Address`), and the known flattened lists above.
 */
export function isAwsListMember(path: string): boolean {
  const parts = path.split('.');
  const name = parts[parts.length - 1] ?? '';
  const parent = parts[parts.length - 2];
  if (parent === undefined) return false;
  if (name === 'member' || name === 'item' || parent === 'Items') return true;
  if (parent === `${name}s` || parent === `${name}es`) return true;
  if (name.endsWith('y') && parent === `${name.slice(0, -1)}ies`) return true;
  return FLATTENED_LISTS.has(`${parent}.${name}`);
}

/** The JSON key for an element name: namespace prefix dropped, reserved names escaped. */
function tagKey(name: string): string {
  return safeName(localName(name));
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

// fast-xml-parser refuses these names; a leading underscore keeps the document convertible.
function safeName(name: string): string {
  return RESERVED.has(name) ? `_${name}` : name;
}
