import type { ConversionReport } from '../report';
import { isObj, str } from './json-values';
import { placeholdersToVariables, withImpliedScheme } from './url';

/** Path variables (`:id`) found in Postman URLs, as collection variables: one name, one value. */
export class PathVariables {
  readonly values = new Map<string, string>();

  /** The variable name a request's `:name` with `value` becomes; a second, different value gets a new name. */
  name(name: string, value: string, where: string, report: ConversionReport): string {
    const known = this.values.get(name);
    if (known === undefined || known === value || value === '') {
      if (known === undefined || (known === '' && value !== '')) this.values.set(name, value);
      return name;
    }
    let n = 2;
    while (this.values.has(`${name}_${n}`) && this.values.get(`${name}_${n}`) !== value) n++;
    this.values.set(`${name}_${n}`, value);
    report.add(
      'changed',
      where,
      `path variable :${name} has another value here: it is {{${name}_${n}}}`,
    );
    return `${name}_${n}`;
  }
}

// Postman writes a path segment as text, or in v2.0 sometimes as `{ type, value }`.
function segmentText(segment: unknown): string {
  return isObj(segment) ? (str(segment.value) ?? '') : (str(segment) ?? '');
}

function pathVariableValues(url: Record<string, unknown>): Map<string, string> {
  const values = new Map<string, string>();
  for (const v of Array.isArray(url.variable) ? url.variable : [])
    if (isObj(v) && typeof v.key === 'string') values.set(v.key, str(v.value) ?? '');
  return values;
}

function queryText(url: Record<string, unknown>): string {
  const pairs = (Array.isArray(url.query) ? url.query : [])
    .filter(isObj)
    .filter((q) => q.disabled !== true)
    .map((q) => {
      const key = str(q.key) ?? '';
      return q.value === null || q.value === undefined ? key : `${key}=${str(q.value) ?? ''}`;
    });
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/**
 * A Postman URL as the Postman SDK builds it: from protocol, host, port, path and query, the `raw`
 * text only when the parts name no host and no path. `:name` segments become `{{name}}` variables.
 */
export function postmanUrl(
  url: unknown,
  context: {
    where: string;
    paths: PathVariables;
    report: ConversionReport;
    placeholders?: Set<string>;
  },
): string {
  const fix = (text: string): string => placeholdersToVariables(text, context.placeholders);
  if (typeof url === 'string')
    return withImpliedScheme(pathVariables(fix(url), new Map(), context));
  if (!isObj(url)) return '/';
  const host = fix(
    Array.isArray(url.host) ? url.host.map(segmentText).join('.') : (str(url.host) ?? ''),
  );
  const path = fix(
    Array.isArray(url.path) ? url.path.map(segmentText).join('/') : (str(url.path) ?? ''),
  );
  const raw = fix(str(url.raw) ?? '');
  const variables = pathVariableValues(url);
  if (!host && !path) return withImpliedScheme(pathVariables(raw || '/', variables, context));
  const protocol = (str(url.protocol) ?? '').replace(/:?\/*$/, '');
  const port = str(url.port);
  const origin = host ? `${protocol ? `${protocol}://` : ''}${host}${port ? `:${port}` : ''}` : '';
  const text = `${origin}${path.startsWith('/') || !path ? '' : '/'}${path}${queryText(url)}`;
  return withImpliedScheme(pathVariables(text, variables, context));
}

// `:id` segments of the path (not of the host's port) become `{{id}}`, their values collection variables.
function pathVariables(
  text: string,
  values: ReadonlyMap<string, string>,
  context: { where: string; paths: PathVariables; report: ConversionReport },
): string {
  const match = /^((?:[a-zA-Z][a-zA-Z0-9+.-]*:\/\/)?[^/?#]*)([^?#]*)(.*)$/.exec(text);
  if (!match) return text;
  const [, origin = '', path = '', rest = ''] = match;
  const replaced = path
    .split('/')
    .map((segment) => {
      const name = /^:([A-Za-z0-9_.-]+)$/.exec(segment)?.[1];
      if (!name) return segment;
      return `{{${context.paths.name(name, values.get(name) ?? '', context.where, context.report)}}}`;
    })
    .join('/');
  return `${origin}${replaced}${rest}`;
}
