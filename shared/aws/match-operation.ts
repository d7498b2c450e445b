import type { CatalogOperation, CatalogService } from './catalog';
import { parseQueryString, parseUriTemplate } from './uri-template';

export type HeaderInput =
  Readonly<Record<string, string>> | ReadonlyArray<readonly [string, string]>;
export type QueryInput =
  | string
  | Readonly<Record<string, string | null>>
  | ReadonlyArray<readonly [string, string | null]>;

/** The request to recognise; `path` may carry its query (`/bucket?list-type=2`) when `query` is not given. */
export interface MatchRequest {
  method: string;
  path: string;
  headers?: HeaderInput;
  /** When given, an operation whose URI fixes query keys (`?list-type=2`, `?acl`) matches only if they are present. */
  query?: QueryInput;
  /** Form body of query/ec2 requests, read for `Action`. */
  body?: string;
}

export interface OperationMatch {
  operation: CatalogOperation;
  /** URI label values, percent-decoded (`{ Bucket: 'b', Key: 'a/b c.txt' }`). */
  labels: Record<string, string>;
}

function headerValue(headers: HeaderInput | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const entries = Array.isArray(headers) ? headers : Object.entries(headers);
  return entries.find(([key]) => key.toLowerCase() === name)?.[1];
}

function queryPairs(query: QueryInput | undefined): Array<[string, string | null]> | undefined {
  if (query === undefined) return undefined;
  if (typeof query === 'string') return parseQueryString(query);
  const entries = Array.isArray(query) ? query : Object.entries(query);
  return entries.map(([key, value]) => [key, value]);
}

function decodePathLabel(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PathMatch {
  labels: Record<string, string>;
  literalLength: number;
  greedy: number;
}

interface CompiledPath {
  pattern: RegExp;
  names: string[];
  literalLength: number;
  greedy: number;
}

// Compiled templates are memoised by template text: same input, same output, only faster.
const compiled = new Map<string, CompiledPath>();

function compilePath(templatePath: string): CompiledPath {
  const cached = compiled.get(templatePath);
  if (cached) return cached;
  const trimmed = templatePath.length > 1 ? templatePath.replace(/\/$/, '') : templatePath;
  const result: CompiledPath = { pattern: /$^/, names: [], literalLength: 0, greedy: 0 };
  let source = '';
  for (const part of trimmed.split(/(\{[^}]+\})/)) {
    const label = /^\{([^}+]+)(\+?)\}$/.exec(part);
    if (!label) {
      source += escapeRegExp(part);
      result.literalLength += part.length;
      continue;
    }
    result.names.push(label[1] as string);
    result.greedy += label[2] ? 1 : 0;
    source += label[2] ? '(.+)' : '([^/]+)';
  }
  result.pattern = new RegExp(`^${source}${trimmed === '/' ? '' : '/?'}$`);
  compiled.set(templatePath, result);
  return result;
}

function matchPath(templatePath: string, path: string): PathMatch | undefined {
  const { pattern, names, literalLength, greedy } = compilePath(templatePath);
  const match = pattern.exec(path);
  if (!match) return undefined;
  const labels: Record<string, string> = {};
  names.forEach((name, i) => (labels[name] = decodePathLabel(match[i + 1] as string)));
  return { labels, literalLength, greedy };
}

interface Candidate extends OperationMatch {
  score: number[];
}

function hasQuery(
  query: Array<[string, string | null]>,
  key: string,
  value: string | null,
): boolean {
  return query.some(([k, v]) => k === key && (value === null || v === value));
}

function headerNames(headers: HeaderInput): Set<string> {
  const entries = Array.isArray(headers) ? headers : Object.entries(headers);
  return new Set(entries.map(([key]) => key.toLowerCase()));
}

interface ScoreInput {
  operation: CatalogOperation;
  uriQuery: number;
  pathMatch: PathMatch;
  query: Array<[string, string | null]> | undefined;
  headers: Set<string> | undefined;
}

// Operations sharing a URI (S3 PutObject, CopyObject, UploadPart) differ only by the query keys their
// URI fixes and by required query parameters and headers: the candidate that needs nothing the request
// lacks and uses the most of what it has wins; a deprecated twin (GetBucketLifecycle) loses ties.
function scoreOf({ operation, uriQuery, pathMatch, query, headers }: ScoreInput): number[] {
  const wanted = [
    ...(operation.requiredQuery ?? []).map(
      (key) => query !== undefined && hasQuery(query, key, null),
    ),
    ...(operation.requiredHeaders ?? []).map((name) => headers?.has(name) === true),
  ];
  const met = wanted.filter(Boolean).length;
  return [
    query ? uriQuery : -uriQuery,
    pathMatch.literalLength,
    -pathMatch.greedy,
    met - wanted.length,
    met,
    operation.deprecated ? -1 : 0,
  ];
}

function matchRest(service: CatalogService, request: MatchRequest): OperationMatch | undefined {
  const at = request.path.indexOf('?');
  const path = at < 0 ? request.path : request.path.slice(0, at);
  const query =
    queryPairs(request.query) ??
    (at < 0 ? undefined : parseQueryString(request.path.slice(at + 1)));
  const method = request.method.toUpperCase();
  const headers = request.headers ? headerNames(request.headers) : undefined;
  const candidates: Candidate[] = [];
  for (const operation of service.operations) {
    if (operation.method.toUpperCase() !== method) continue;
    const template = parseUriTemplate(operation.uri);
    const pathMatch = matchPath(template.path, path);
    if (!pathMatch) continue;
    if (query && !template.query.every(([k, v]) => hasQuery(query, k, v))) continue;
    candidates.push({
      operation,
      labels: pathMatch.labels,
      score: scoreOf({ operation, uriQuery: template.query.length, pathMatch, query, headers }),
    });
  }
  candidates.sort((a, b) => compareScores(b.score, a.score));
  const best = candidates[0];
  return best ? { operation: best.operation, labels: best.labels } : undefined;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function byName(service: CatalogService, name: string | undefined): OperationMatch | undefined {
  if (!name) return undefined;
  const operation =
    service.operations.find((op) => op.name === name) ??
    service.operations.find((op) => op.name.toLowerCase() === name.toLowerCase());
  return operation ? { operation, labels: {} } : undefined;
}

function actionOf(request: MatchRequest): string | undefined {
  const at = request.path.indexOf('?');
  const query =
    queryPairs(request.query) ?? (at < 0 ? [] : parseQueryString(request.path.slice(at + 1)));
  const fromQuery = query.find(([key]) => key === 'Action')?.[1];
  if (fromQuery) return fromQuery;
  return request.body
    ? (parseQueryString(request.body).find(([key]) => key === 'Action')?.[1] ?? undefined)
    : undefined;
}

/**
 * The operation a request calls: by `X-Amz-Target` (`{targetPrefix}.{Operation}`) for json services,
 * by the `Action` parameter (query or form body) for query and ec2 services (and json services that
 * still accept query requests, like SQS), and otherwise by the
 * URI template (`{Label}` one segment, `{Label+}` greedy), the most specific match winning.
 */
export function matchOperation(
  service: CatalogService,
  request: MatchRequest,
): OperationMatch | undefined {
  switch (service.protocol) {
    case 'json': {
      const target = headerValue(request.headers, 'x-amz-target')?.trim();
      const prefix = `${service.targetPrefix ?? ''}.`;
      if (target)
        return target.startsWith(prefix) ? byName(service, target.slice(prefix.length)) : undefined;
      return service.awsQueryCompatible ? byName(service, actionOf(request)) : undefined;
    }
    case 'query':
    case 'ec2':
      return byName(service, actionOf(request));
    case 'rest-json':
    case 'rest-xml':
      return matchRest(service, request);
  }
}
