import { repairName, upperCamel } from '../naming/identifiers';
import type { NameValue, PlanService, SentRequest } from './types';

/** How an operation's request body is made: an export mapping (JSON), a form expression (query/ec2), or none. */
export type BodyKind = 'json' | 'form' | 'none';

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

/** Parameters of the query and ec2 protocols that name the call itself, never an input. */
const CALL_PARAMETERS = new Set(['Action', 'Version']);

/** The body kind of a request: what `send` sends for its protocol, including the `{}` of an empty JSON-protocol call. */
export function bodyKindOf(protocol: string, request: SentRequest): BodyKind {
  const body = request.body ?? '';
  // A query-compatible service (SQS) answers a form body in its query protocol too.
  const isFormBody =
    body.trim() !== '' && /^[A-Za-z][\w.-]*=/.test(body) && !/^\s*[{[<]/.test(body);
  if (isFormBody && (protocol === 'query' || protocol === 'ec2' || hasActionParameter(body)))
    return 'form';
  if (protocol === 'query' || protocol === 'ec2') return 'none';
  if (protocol === 'json') return 'json';
  return body.trim() !== '' ? 'json' : 'none';
}

function hasActionParameter(body: string): boolean {
  return /(^|&)Action=/.test(body);
}

/** The pairs of a form body, decoded; malformed escapes are kept as written. */
export function parseForm(body: string): Array<[string, string]> {
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  };
  return body
    .split('&')
    .filter((part) => part !== '')
    .map((part): [string, string] => {
      const eq = part.indexOf('=');
      return eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
    });
}

/** The request attribute that carries a query or form parameter (`max-keys` → `MaxKeys`). */
export function inputAttributeName(parameter: string): string {
  return repairName(upperCamel(parameter) || parameter, { prefix: 'Request', isUpperFirst: true });
}

/** The inputs of a form body as a JSON object text (one String per parameter), from which the request entity is derived. */
export function formInputsJson(body: string): string | undefined {
  const inputs: Record<string, string> = {};
  for (const [name, value] of parseForm(body)) {
    if (!CALL_PARAMETERS.has(name)) inputs[inputAttributeName(name)] = value;
  }
  return Object.keys(inputs).length > 0 ? JSON.stringify(inputs) : undefined;
}

/** Mendix string literal of a text (single quotes doubled). */
export function mendixString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The microflow expression of a form body: `Action` and `Version` as sent, every other parameter
 * from the request object, URL-encoded (`urlEncode`, a Mendix string function).
 */
export function formBodyExpression(body: string, requestVariable: string): string {
  const pairs = parseForm(body);
  const fixed = pairs.filter(([name]) => CALL_PARAMETERS.has(name));
  const inputs = pairs.filter(([name]) => !CALL_PARAMETERS.has(name));
  const constant = fixed
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  const parts = [mendixString(constant)];
  for (const [name] of inputs) {
    parts.push(
      mendixString(`&${encodeURIComponent(name)}=`),
      `urlEncode($${requestVariable}/${inputAttributeName(name)})`,
    );
  }
  return parts.join(' + ');
}

/** The content type a body needs on the Call REST activity, as `send` sends it (the JSON protocol's is a protocol header). */
export function bodyHeaders(service: PlanService, kind: BodyKind): NameValue[] {
  if (kind === 'form') return [{ name: 'content-type', value: FORM_CONTENT_TYPE }];
  if (kind === 'json' && service.protocol !== 'json')
    return [{ name: 'content-type', value: 'application/json' }];
  return [];
}
