import { StudioError } from '../../../shared/ipc/errors';
import { xmlToJson } from '../http/decode';
import type { KeptResponse } from './response-registry';

/** A byte range of a kept body, as `response.readRange` returns it. */
export interface BodyRange {
  data: string;
  encoding: 'utf8' | 'base64';
  /** The first byte covered (moved forward past a character cut at the requested start). */
  offset: number;
  /** Bytes covered: the next range starts at `offset + length`. */
  length: number;
  total: number;
}

const TEXT_KINDS = new Set(['json', 'xml', 'text']);

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  if (lead >= 0xc0) return 2;
  return 1;
}

/** Trims bytes so the range starts and ends on UTF-8 character boundaries; returns [start, end). */
export function characterBounds(
  bytes: Uint8Array,
  atStartOfBody: boolean,
  atEndOfBody: boolean,
): [number, number] {
  let start = 0;
  while (!atStartOfBody && start < Math.min(3, bytes.length) && isContinuation(bytes[start]))
    start += 1;
  let end = bytes.length;
  if (!atEndOfBody) {
    let lead = end - 1;
    while (lead > start && end - lead < 4 && isContinuation(bytes[lead])) lead -= 1;
    if (lead >= start && sequenceLength(bytes[lead] as number) > end - lead) end = lead;
  }
  return [start, end];
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Reads a range of a kept body: text kinds as UTF-8 cut on character boundaries, others as base64. */
export async function readBodyRange(
  kept: KeptResponse,
  input: { offset: number; length: number },
): Promise<BodyRange> {
  const total = kept.body.size;
  const offset = Math.min(input.offset, total);
  const bytes = await kept.body.readRange(offset, input.length);
  const raw: BodyRange = {
    data: base64(bytes),
    encoding: 'base64',
    offset,
    length: bytes.byteLength,
    total,
  };
  if (!TEXT_KINDS.has(kept.kind)) return raw;
  const [start, end] = characterBounds(bytes, offset === 0, offset + bytes.byteLength >= total);
  try {
    const data = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, end));
    return { data, encoding: 'utf8', offset: offset + start, length: end - start, total };
  } catch {
    return raw;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The largest body the modelling pipeline reads whole. Inference of big bodies runs in a worker
 * thread and was measured at about 1 s per 100 MB, so this bounds memory (the text plus its copy
 * in the worker), not time. XML is bounded further by `xmlToJson`'s own limit.
 */
export const MODEL_TEXT_LIMIT = 256 * 1024 * 1024;

// XML conversion (fast-xml-parser: about 0.5 s per MB measured here) runs in a worker in the hosts,
// but still holds the text, its JSON and the parsed tree at once: this bounds that memory.
const MODEL_XML_LIMIT = 8 * 1024 * 1024;

/**
 * The whole body as text for modelling; XML becomes JSON through `convertXml` (a worker in the
 * hosts), binary bodies and bodies over `maxBytes` are refused.
 */
export async function readModelText(
  kept: KeptResponse,
  convertXml: (xml: string) => Promise<string> = async (xml) => xmlToJson(xml),
  maxBytes = MODEL_TEXT_LIMIT,
): Promise<string> {
  if (!TEXT_KINDS.has(kept.kind)) {
    throw new StudioError(
      'unsupported',
      `The response body is ${kept.kind}, not JSON, XML or text.`,
    );
  }
  if (kept.kind === 'xml' && kept.body.size > Math.min(maxBytes, MODEL_XML_LIMIT)) {
    throw new StudioError(
      'unsupported',
      `The XML response body is ${megabytes(kept.body.size)}, too large to convert for modelling (the limit is ${megabytes(Math.min(maxBytes, MODEL_XML_LIMIT))}). Ask for fewer items (MaxKeys, MaxResults) and send again.`,
    );
  }
  if (kept.body.size > maxBytes) {
    throw new StudioError(
      'unsupported',
      `The response body is ${megabytes(kept.body.size)}, too large to infer a structure from (the limit is ${megabytes(maxBytes)}). Ask for fewer items (a page size or filter) and send again, or save the body to a file.`,
    );
  }
  const text = new TextDecoder('utf-8').decode(await kept.body.readAll(maxBytes));
  return kept.kind === 'xml' ? convertXml(text) : text;
}
