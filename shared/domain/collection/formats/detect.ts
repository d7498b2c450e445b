import { StudioError } from '../../../ipc/errors';
import { importCurl } from './curl-import';
import { importInsomnia } from './insomnia-import';
import { isObj } from './json-values';
import type { Obj } from './json-values';
import { importPostman } from './postman-import';
import type { ImportResult } from './postman-import';

/** The formats an import recognises from the content. */
export type ImportFormat = 'postman-v2.1' | 'postman-v2.0' | 'insomnia-v4' | 'curl';

// A crafted file could be huge; 20 MB is far beyond any real collection.
const MAX_IMPORT_CHARS = 20_000_000;

/** Which format a text is in, or undefined when it is none of them. */
export function detectFormat(text: string): ImportFormat | undefined {
  const trimmed = text.trimStart();
  if (/^(#[^\n]*\n\s*)*curl\s/.test(trimmed)) return 'curl';
  if (!trimmed.startsWith('{')) return undefined;
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObj(root)) return undefined;
  if (root._type === 'export' && root.__export_format === 4) return 'insomnia-v4';
  const schema = isObj(root.info) && typeof root.info.schema === 'string' ? root.info.schema : '';
  if (schema.includes('v2.1')) return 'postman-v2.1';
  if (schema.includes('v2.0')) return 'postman-v2.0';
  if (Array.isArray(root.item) && isObj(root.info)) return 'postman-v2.1';
  return undefined;
}

/** Imports a Postman, Insomnia or cURL text, the format recognised from the content. */
export function importCollection(
  text: string,
  options: { name?: string } = {},
): ImportResult & { format: ImportFormat } {
  if (text.length > MAX_IMPORT_CHARS)
    throw new StudioError(
      'invalid-input',
      `The file is larger than ${MAX_IMPORT_CHARS / 1_000_000} MB; nothing was imported.`,
    );
  const format = detectFormat(text);
  if (!format)
    throw new StudioError(
      'invalid-input',
      'The file is not a Postman v2.0/v2.1 collection, an Insomnia v4 export or a curl command.',
    );
  if (format === 'curl') return { format, ...importCurl(text, options.name) };
  const root = JSON.parse(text) as Obj;
  return { format, ...(format === 'insomnia-v4' ? importInsomnia(root) : importPostman(root)) };
}
