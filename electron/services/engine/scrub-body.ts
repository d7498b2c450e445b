import { BodyWriter } from '../http/body-store';
import type { BodyStore } from '../http/body-store';
import { replaceForms } from '../signing/redact';

// Bodies are scrubbed a megabyte at a time; the overlap keeps a secret cut by a chunk edge whole.
const CHUNK_BYTES = 1024 * 1024;

/**
 * The body with every secret form replaced by its placeholder, before anything reads it: previews,
 * paged ranges, downloads, samples and modelling all see the scrubbed bytes. The original store is
 * returned (untouched) when no secret appears in it, and released when a scrubbed copy replaces it.
 */
export async function scrubBody(
  body: BodyStore,
  forms: ReadonlyArray<readonly [string, string]>,
): Promise<BodyStore> {
  if (forms.length === 0 || body.size === 0) return body;
  // Secrets are ASCII; latin1 maps each byte to one character, so other bytes pass through unchanged.
  const overlap = Math.max(...forms.map(([form]) => form.length)) - 1;
  const writer = new BodyWriter();
  let changed = false;
  let carry = '';
  try {
    for (let offset = 0; offset < body.size; offset += CHUNK_BYTES) {
      const chunk = Buffer.from(await body.readRange(offset, CHUNK_BYTES)).toString('latin1');
      const text = carry + chunk;
      const scrubbed = replaceForms(text, forms);
      changed ||= scrubbed !== text;
      const last = offset + CHUNK_BYTES >= body.size;
      const keep = last ? 0 : Math.min(overlap, scrubbed.length);
      carry = scrubbed.slice(scrubbed.length - keep);
      await writer.write(Buffer.from(scrubbed.slice(0, scrubbed.length - keep), 'latin1'));
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  if (!changed) {
    await writer.abort();
    return body;
  }
  const clean = await writer.finish();
  await body.dispose();
  return clean;
}
