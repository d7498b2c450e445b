import { unwrapXmlSamples } from '../../../shared/domain/xml-schema/response-format';
import type { XmlDocument } from '../../../shared/domain/xml-schema/response-format';
import { StudioError } from '../../../shared/ipc/errors';
import { UsageError } from '../command';

/** Whether a sample file holds XML (its first non-blank character is `<`). */
export function isXmlText(text: string): boolean {
  return /^\s*</.test(text);
}

/**
 * A sample file as the pipeline reads it: JSON as is, XML in its JSON form (refusals become usage
 * errors naming the file). The XML parser loads only for an XML sample (see the start-up bench).
 */
export async function sampleAsJson(text: string, file: string): Promise<string> {
  if (!isXmlText(text)) return text;
  const { xmlToJson } = await import('../../services/http/xml-json');
  try {
    return xmlToJson(text);
  } catch (error) {
    if (error instanceof StudioError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Samples ready to infer a structure from: XML responses unwrapped to their document element, as the plan does. */
export async function structureSamples(
  texts: readonly string[],
  files: readonly string[],
  protocol: string | undefined,
): Promise<{ samples: string[]; document?: XmlDocument }> {
  const json = await Promise.all(texts.map((text, i) => sampleAsJson(text, files[i] ?? '-')));
  if (!texts.some(isXmlText)) return { samples: json };
  const xml = unwrapXmlSamples(json, protocol ?? 'rest-xml');
  if (!xml)
    throw new UsageError(
      'The XML samples do not share one document element: give samples of one operation.',
    );
  return xml;
}
