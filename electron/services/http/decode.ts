import type { z } from 'zod';
import type { bodyKindSchema } from '../../../shared/ipc/operations/request';

export { xmlToJson, XML_ATTRIBUTE_PREFIX, XML_TEXT_KEY } from './xml-json';
export type { XmlLimits } from './xml-json';

export type BodyKind = z.infer<typeof bodyKindSchema>;

/** How many leading bytes `classifyBody` looks at. */
export const SNIFF_BYTES = 512;

const SIGNATURES: Array<{ kind: BodyKind; bytes: number[]; at?: number }> = [
  { kind: 'image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'image', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { kind: 'audio', bytes: [0x49, 0x44, 0x33] },
  { kind: 'audio', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { kind: 'audio', bytes: [0x57, 0x41, 0x56, 0x45], at: 8 },
  { kind: 'audio', bytes: [0x66, 0x4c, 0x61, 0x43] },
];

/**
 * Decides how a body is shown from its declared type, sniffing the first bytes when the type is
 * missing, generic (`application/octet-stream`) or `text/plain`.
 */
export function classifyBody(contentType: string | undefined, firstBytes: Uint8Array): BodyKind {
  if (firstBytes.byteLength === 0) return 'empty';
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('audio/')) return 'audio';
  if (
    mime === 'application/json' ||
    mime.endsWith('+json') ||
    mime.startsWith('application/x-amz-json')
  )
    return 'json';
  if (mime === 'application/xml' || mime === 'text/xml' || mime.endsWith('+xml')) return 'xml';
  // Emulators (moto) label XML and JSON documents text/html; a real HTML page never opens with an
  // XML declaration, an xmlns root, `{` or `[`. Other text types carrying JSON are JSON too, so the
  // modelling pipeline takes them without special cases downstream.
  if (mime === 'text/html')
    return looksLikeXmlDocument(firstBytes) ? 'xml' : sniffJsonOrText(firstBytes);
  if (mime.startsWith('text/') && mime !== 'text/plain') return sniffJsonOrText(firstBytes);
  if (mime && mime !== 'text/plain' && !isGeneric(mime))
    return sniffText(firstBytes) === undefined ? 'binary' : sniffJsonOrText(firstBytes);
  return sniff(firstBytes);
}

function isGeneric(mime: string): boolean {
  return (
    mime === 'application/octet-stream' ||
    mime === 'binary/octet-stream' ||
    mime === 'application/x-www-form-urlencoded'
  );
}

function sniff(bytes: Uint8Array): BodyKind {
  const magic = SIGNATURES.find(({ bytes: sig, at = 0 }) =>
    sig.every((b, i) => bytes[at + i] === b),
  );
  if (magic) return magic.kind;
  // An MPEG audio frame starts with eleven set bits (JPEG's 0xFFD8 was matched above).
  if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0) return 'audio';
  const text = sniffText(bytes);
  if (text === undefined) return 'binary';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (/^<(\?xml|[A-Za-z_])/.test(start)) return 'xml';
  return 'text';
}

function sniffJsonOrText(bytes: Uint8Array): BodyKind {
  const start = (sniffText(bytes) ?? '').trimStart();
  return start.startsWith('{') || start.startsWith('[') ? 'json' : 'text';
}

function looksLikeXmlDocument(bytes: Uint8Array): boolean {
  const start = (sniffText(bytes) ?? '').trimStart();
  return start.startsWith('<?xml') || /^<[A-Za-z_][\w.:-]*\s[^>]*\bxmlns(?::\w+)?=/.test(start);
}

/** The bytes as text when they are UTF-8 without control characters, else undefined. */
function sniffText(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let text: string;
  try {
    // `stream: true` tolerates a character cut in half at the end of the sniffed window.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return undefined;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Tab, line feed, form feed and carriage return are text; other C0 controls and DEL mean binary.
    if (code < 0x09 || (code > 0x0d && code < 0x20) || code === 0x7f) return undefined;
  }
  return text;
}
