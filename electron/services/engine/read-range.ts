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
export function characterBounds(bytes: Uint8Array, atStartOfBody: boolean, atEndOfBody: boolean): [number, number] {
  let start = 0;
  while (!atStartOfBody && start < Math.min(3, bytes.length) && isContinuation(bytes[start])) start += 1;
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
export async function readBodyRange(kept: KeptResponse, input: { offset: number; length: number }): Promise<BodyRange> {
  const total = kept.body.size;
  const offset = Math.min(input.offset, total);
  const bytes = await kept.body.readRange(offset, input.length);
  const raw: BodyRange = { data: base64(bytes), encoding: 'base64', offset, length: bytes.byteLength, total };
  if (!TEXT_KINDS.has(kept.kind)) return raw;
  const [start, end] = characterBounds(bytes, offset === 0, offset + bytes.byteLength >= total);
  try {
    const data = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, end));
    return { data, encoding: 'utf8', offset: offset + start, length: end - start, total };
  } catch {
    return raw;
  }
}

/** The whole body as text for modelling; XML becomes JSON, binary bodies are refused. */
export async function readModelText(kept: KeptResponse): Promise<string> {
  if (!TEXT_KINDS.has(kept.kind)) {
    throw new StudioError('unsupported', `The response body is ${kept.kind}, not JSON, XML or text.`);
  }
  const text = new TextDecoder('utf-8').decode(await kept.body.readAll());
  return kept.kind === 'xml' ? xmlToJson(text) : text;
}
