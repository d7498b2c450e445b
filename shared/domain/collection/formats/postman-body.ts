import type { ConversionReport } from '../report';
import { isObj, str } from './json-values';

function hasHeader(headers: Array<[string, string]>, name: string): boolean {
  return headers.some(([key]) => key.toLowerCase() === name);
}

// Postman sends a Content-Type of its own for these bodies; the header makes it explicit here.
function implyContentType(
  headers: Array<[string, string]>,
  value: string,
  context: { where: string; report: ConversionReport },
  why: string,
): void {
  if (hasHeader(headers, 'content-type')) return;
  headers.push(['Content-Type', value]);
  context.report.add(
    'changed',
    context.where,
    `${why}: the header Content-Type: ${value} was added`,
  );
}

/** The body of a Postman request as text (raw, url-encoded, GraphQL), adding the Content-Type Postman would send. */
export function readPostmanBody(
  body: unknown,
  context: { where: string; headers: Array<[string, string]>; report: ConversionReport },
): string | undefined {
  if (!isObj(body) || body.disabled === true) return undefined;
  const { headers } = context;
  if (body.mode === 'raw') {
    const options = isObj(body.options) && isObj(body.options.raw) ? body.options.raw : {};
    const language = str(options.language);
    const text = str(body.raw);
    if (text && language && language !== 'text') {
      const type = {
        json: 'application/json',
        xml: 'application/xml',
        html: 'text/html',
        javascript: 'application/javascript',
      }[language];
      if (type)
        implyContentType(headers, type, context, `Postman's "raw body is ${language}" setting`);
    }
    return text;
  }
  if (body.mode === 'urlencoded' && Array.isArray(body.urlencoded)) {
    implyContentType(headers, 'application/x-www-form-urlencoded', context, 'a url-encoded body');
    return body.urlencoded
      .filter(isObj)
      .filter((p) => p.disabled !== true)
      .map(
        (p) => `${encodeURIComponent(str(p.key) ?? '')}=${encodeURIComponent(str(p.value) ?? '')}`,
      )
      .join('&');
  }
  if (body.mode === 'graphql' && isObj(body.graphql)) {
    implyContentType(headers, 'application/json', context, 'a GraphQL body (sent as JSON)');
    let variables: unknown;
    try {
      variables = JSON.parse(str(body.graphql.variables) || '{}');
    } catch {
      variables = {};
      context.report.add('changed', context.where, 'GraphQL variables are not JSON: sent as {}');
    }
    return JSON.stringify({ query: str(body.graphql.query) ?? '', variables });
  }
  if (body.mode)
    context.report.add(
      'dropped',
      context.where,
      `body mode "${str(body.mode)}" dropped: raw, url-encoded and GraphQL bodies are kept`,
    );
  return undefined;
}
