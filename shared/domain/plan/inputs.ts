import { locatedInputOfId } from '../entity-model/request-inputs';
import type { AttributeType, Entity } from '../entity-model/types';
import { mendixString } from './request-body';
import type { NameValue, RequiredCheck } from './types';

/** A request attribute the operation's AWS model sends outside the body: in the path, the query string or a header. */
export interface PlanInput {
  attribute: string;
  location: 'uri' | 'querystring' | 'header';
  /** The path label, query parameter or header name. */
  wireName: string;
  type: AttributeType;
  required: boolean;
}

/** The located inputs of a request entity (attribute ids `…request:input:{location}:{wire name}`, from the AWS model). */
export function inputsOf(requestEntity: Entity | undefined): PlanInput[] {
  const inputs: PlanInput[] = [];
  for (const attribute of requestEntity?.attributes ?? []) {
    const located = locatedInputOfId(attribute.id);
    if (located)
      inputs.push({
        attribute: attribute.name,
        ...located,
        type: attribute.type,
        required: attribute.required,
      });
  }
  return inputs;
}

/** The request attribute of each path label, by label. */
export function pathAttributesOf(inputs: readonly PlanInput[]): Record<string, string> {
  return Object.fromEntries(
    inputs.filter((i) => i.location === 'uri').map((i) => [i.wireName, i.attribute]),
  );
}

/**
 * The expression that is true when a request attribute holds a value: a String is checked for
 * empty and '', other types are empty until set. Undefined for a Boolean, which is never empty in
 * Mendix (so it is always sent and needs no check).
 */
export function hasValueExpression(
  variable: string,
  attribute: string,
  type: AttributeType,
): string | undefined {
  const value = `$${variable}/${attribute}`;
  if (type === 'Boolean') return undefined;
  return type === 'String' ? `${value} != empty and ${value} != ''` : `${value} != empty`;
}

/**
 * The text AWS expects for an input: Strings as they are, numbers and Booleans with toString, and
 * timestamps as the protocol writes them (ISO 8601 in a query string, RFC 1123 in a header).
 */
export function wireValueExpression(variable: string, input: PlanInput): string {
  const value = `$${variable}/${input.attribute}`;
  switch (input.type) {
    case 'String':
      return value;
    case 'DateTime':
      return `formatDateTimeUTC(${value}, ${mendixString(
        input.location === 'header'
          ? "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
          : "yyyy-MM-dd'T'HH:mm:ss'Z'",
      )})`;
    case 'Integer':
    case 'Long':
    case 'Decimal':
    case 'Boolean':
      return `toString(${value})`;
  }
}

/** A query or header entry for an input: optional members carry the "when set" expression the microflow tests. */
export function inputEntry(variable: string, input: PlanInput): NameValue {
  const entry: NameValue = { name: input.wireName, value: wireValueExpression(variable, input) };
  const test = hasValueExpression(variable, input.attribute, input.type);
  if (!input.required && test !== undefined) entry.whenSet = test;
  return entry;
}

/**
 * The checks at the start of the microflow: every required input in the path, query or headers,
 * and every required attribute of the body's root object (members mapped to nested objects and
 * lists are left to the import and export mappings).
 */
export function requiredChecks(
  variable: string,
  requestEntity: Entity | undefined,
): RequiredCheck[] {
  const located = new Set(inputsOf(requestEntity).map((i) => i.attribute));
  return (requestEntity?.attributes ?? [])
    .filter((a) => a.required && (located.has(a.name) || a.jsonKey !== null))
    .flatMap((a) => {
      const condition = hasValueExpression(variable, a.name, a.type);
      return condition === undefined ? [] : [{ attribute: a.name, condition }];
    });
}

/**
 * A template with `{label}` parts (greedy `{label+}` too) as a Mendix string expression: the
 * literal text quoted, each label replaced by what `valueOf` gives it; undefined when a label has
 * no value.
 */
export function templateExpression(
  template: string,
  valueOf: (label: string, greedy: boolean) => string | undefined,
): string | undefined {
  const parts: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([^}+]+)(\+?)\}/g)) {
    const value = valueOf(match[1] as string, match[2] === '+');
    if (value === undefined) return undefined;
    const literal = template.slice(last, match.index);
    if (literal !== '') parts.push(mendixString(literal));
    parts.push(value);
    last = (match.index ?? 0) + match[0].length;
  }
  const rest = template.slice(last);
  if (rest !== '') parts.push(mendixString(rest));
  return parts.join(' + ');
}

/**
 * The SigV4Builder's URIPrefix for an operation whose host carries a prefix (`places.` of Amazon
 * Location's place operations): the prefix without its dot, each `{label}` taken from the request
 * attribute of that name. Undefined when there is none or a label has no attribute.
 */
export function uriPrefixExpression(
  hostPrefix: string | undefined,
  variable: string,
  requestEntity: Entity | undefined,
): string | undefined {
  const prefix = hostPrefix?.replace(/\.$/, '');
  if (!prefix) return undefined;
  return templateExpression(prefix, (label) => {
    const attribute = requestEntity?.attributes.find(
      (a) => a.name === label || a.jsonKey === label,
    );
    return attribute ? `$${variable}/${attribute.name}` : undefined;
  });
}
