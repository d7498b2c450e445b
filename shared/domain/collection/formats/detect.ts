import { parse as parseYaml } from 'yaml';
import { StudioError } from '../../../ipc/errors';
import { looksLikeCurl } from './curl-lines';
import { importCurl } from './curl-import';
import { importInsomnia } from './insomnia-import';
import { insomniaV5Resources } from './insomnia-v5';
import { isObj } from './json-values';
import type { Obj } from './json-values';
import { importPostmanEnvironment } from './postman-environment';
import { importPostman } from './postman-import';
import type { ImportResult } from './postman-import';

/** The formats an import recognises from the content. */
export type ImportFormat =
  'postman-v2.1' | 'postman-v2.0' | 'postman-environment' | 'insomnia-v4' | 'insomnia-v5' | 'curl';

// A crafted file could be huge; 20 MB is far beyond any real collection.
const MAX_IMPORT_CHARS = 20_000_000;

function parseRoot(text: string): Obj | undefined {
  const trimmed = text.trimStart();
  try {
    if (trimmed.startsWith('{')) {
      const root: unknown = JSON.parse(text);
      return isObj(root) ? root : undefined;
    }
    if (!/^(#[^\n]*\n\s*)*type:\s*["']?(collection|spec)\.insomnia\.rest\/5/m.test(trimmed))
      return undefined;
    const root: unknown = parseYaml(text, { maxAliasCount: 100 });
    return isObj(root) ? root : undefined;
  } catch {
    return undefined;
  }
}

function formatOf(root: Obj): ImportFormat | undefined {
  if (root._type === 'export' && root.__export_format === 4) return 'insomnia-v4';
  // A design document (`spec.insomnia.rest/5.0`) holds a collection beside its OpenAPI spec.
  if (typeof root.type === 'string' && /^(collection|spec)\.insomnia\.rest\/5/.test(root.type))
    return 'insomnia-v5';
  if (root._postman_variable_scope === 'environment' || (Array.isArray(root.values) && !root.item))
    return 'postman-environment';
  const schema = isObj(root.info) && typeof root.info.schema === 'string' ? root.info.schema : '';
  if (schema.includes('v2.1')) return 'postman-v2.1';
  if (schema.includes('v2.0')) return 'postman-v2.0';
  if (Array.isArray(root.item) && isObj(root.info)) return 'postman-v2.1';
  return undefined;
}

/** Which format a text is in, or undefined when it is none of them. */
export function detectFormat(text: string): ImportFormat | undefined {
  const root = parseRoot(text);
  if (root) return formatOf(root);
  return looksLikeCurl(text) ? 'curl' : undefined;
}

/** Imports a Postman collection or environment, an Insomnia v4/v5 export or curl commands, recognised from the content. */
export function importCollection(
  text: string,
  options: { name?: string } = {},
): ImportResult & { format: ImportFormat } {
  if (text.length > MAX_IMPORT_CHARS)
    throw new StudioError(
      'invalid-input',
      `The file is larger than ${MAX_IMPORT_CHARS / 1_000_000} MB; nothing was imported.`,
    );
  const root = parseRoot(text);
  const format = root ? formatOf(root) : looksLikeCurl(text) ? 'curl' : undefined;
  if (!format)
    throw new StudioError(
      'invalid-input',
      'The file is not a Postman v2.0/v2.1 collection or environment, an Insomnia v4/v5 export or a curl command.',
    );
  if (format === 'curl' || !root) return { format: 'curl', ...importCurl(text, options.name) };
  if (format === 'insomnia-v4') return { format, ...importInsomnia(root) };
  if (format === 'insomnia-v5') return { format, ...importInsomnia(insomniaV5Resources(root)) };
  if (format === 'postman-environment') return { format, ...importPostmanEnvironment(root) };
  return { format, ...importPostman(root) };
}
