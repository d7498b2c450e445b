import { resolveRef, typeOf } from '../../aws/shapes';
import type { OperationModel } from '../../aws/shapes';
import { isReservedWord } from '../json-structure/names';
import { primitiveOfShape } from '../json-structure/model-types';
import type { AttributeType, EntityAttribute } from './types';

/** An input member the request carries outside its body: in the path, the query string or a header. */
export interface RequestInput {
  /** The member name in the AWS model (`FunctionName`). */
  member: string;
  /** The name on the wire: the path label, query parameter or header (`Qualifier`, `x-amz-request-payer`). */
  wireName: string;
  location: 'uri' | 'querystring' | 'header';
  type: AttributeType;
  required: boolean;
  documentation?: string;
}

const whereSent: Record<RequestInput['location'], string> = {
  uri: 'the path',
  querystring: 'the query string',
  header: 'a header',
};

/**
 * The members of a rest operation's input shape sent in the path, query or headers: they become
 * attributes of the request entity (the body's members come from the request structure). Lists and
 * maps in those places (`headers` prefixes, repeated query values) are left out: one attribute
 * cannot carry them.
 */
export function locatedInputs(model: OperationModel): RequestInput[] {
  const input = resolveRef(model.shapes, model.root);
  const required = new Set(input.required ?? []);
  const inputs: RequestInput[] = [];
  for (const [member, ref] of Object.entries(input.members ?? {})) {
    const location = ref.location;
    if (location !== 'uri' && location !== 'querystring' && location !== 'header') continue;
    const type = primitiveOfShape(typeOf(resolveRef(model.shapes, ref)));
    if (type === undefined || type === 'Unknown') continue;
    const entry: RequestInput = {
      member,
      wireName: ref.locationName ?? member,
      location,
      type,
      required: required.has(member),
    };
    const documentation = ref.documentation ?? resolveRef(model.shapes, ref).documentation;
    if (documentation !== undefined) entry.documentation = documentation;
    inputs.push(entry);
  }
  return inputs;
}

/**
 * The location and wire name a located input's attribute id carries (`request:input:uri:FunctionName`,
 * possibly under an operation prefix), or undefined for an attribute of the body.
 */
export function locatedInputOfId(
  id: string,
): Pick<RequestInput, 'location' | 'wireName'> | undefined {
  const match = /(?:^|\/)request:input:(uri|querystring|header):(.+)$/.exec(id);
  if (!match) return undefined;
  return { location: match[1] as RequestInput['location'], wireName: match[2] as string };
}

/** The request entity's attribute for one located input (no JSON element maps it: `sourcePath` null). */
export function inputAttribute(input: RequestInput): EntityAttribute {
  const name = isReservedWord(input.member) ? `_${input.member}` : input.member;
  const attribute: EntityAttribute = {
    id: `request:input:${input.location}:${input.wireName}`,
    name,
    type: input.type,
    derivedType: input.type,
    required: input.required,
    documentation: '',
    sourcePath: null,
    jsonKey: null,
    notes: [`Sent in ${whereSent[input.location]} as ${input.wireName}`],
  };
  if (input.type === 'String') attribute.length = 0;
  if (input.documentation !== undefined) attribute.modelDocumentation = input.documentation;
  return attribute;
}
