import { resolveRef, typeOf } from '../../aws/shapes';
import type { ShapeRef } from '../../aws/shapes';

// Where the members of an AWS shape stand in the samples' JSON (or XML-to-JSON) form: wire keys,
// element path segments, and the recursion a walk over the shapes must stop at.

/** A chain of named shapes from the root, to notice recursion. */
export interface Ancestors {
  shape: string;
  up: Ancestors | null;
}

export function within(ancestors: Ancestors | null, shape: string | undefined): boolean {
  if (shape === undefined) return false;
  for (let a = ancestors; a !== null; a = a.up) if (a.shape === shape) return true;
  return false;
}

/** A readable member location: `Voices[]/Gender`. */
export const memberLabel = (where: string, key: string): string =>
  where === '' ? key : `${where}/${key}`;

/** The element path segment of an item of this shape (model-only maps become Key/Value lists). */
export function itemSegment(
  shapes: Readonly<Record<string, ShapeRef>>,
  ref: ShapeRef,
  xml: boolean,
): string {
  const type = typeOf(resolveRef(shapes, ref));
  if (type === 'structure') return '(Object)';
  if (type === 'list' || (type === 'map' && !xml)) return '(Array)';
  return type === 'map' ? '(Object)' : '(Wrapper)';
}

/**
 * Whether a member leads back to one of its ancestors' shapes through lists and maps (a recursive
 * shape such as DynamoDB's AttributeValue), to stop before adding it.
 */
export function recursesInto(
  shapes: Readonly<Record<string, ShapeRef>>,
  ref: ShapeRef,
  ancestors: Ancestors | null,
): string | undefined {
  let at: ShapeRef | undefined = ref;
  for (let hops = 0; at !== undefined && hops < 16; hops++) {
    if (at.shape !== undefined && within(ancestors, at.shape)) return at.shape;
    const resolved = resolveRef(shapes, at);
    at =
      resolved.type === 'list'
        ? resolved.member
        : resolved.type === 'map'
          ? resolved.value
          : undefined;
  }
  return undefined;
}

/** The key a member has in the samples' JSON (or XML-to-JSON) form. */
export function wireKey(name: string, ref: ShapeRef, resolved: ShapeRef, xml: boolean): string {
  if (!xml) return ref.jsonName ?? ref.locationName ?? name;
  if (typeOf(resolved) === 'list' && resolved.flattened === true && resolved.member?.locationName)
    return resolved.member.locationName;
  const element = ref.locationName ?? name;
  return ref.xmlAttribute === true ? `@_${element}` : element;
}

/** A member carried outside the body (headers, status code, URI, query) is not in the samples. */
export function inBody(ref: ShapeRef): boolean {
  return ref.location === undefined;
}

/** Whether `key` is the wire name of one of the body's members (XML element names). */
export function isMemberKey(body: ShapeRef, key: string | null): boolean {
  if (key === null) return false;
  return Object.entries(body.members ?? {}).some(
    ([name, ref]) => (ref.locationName ?? name) === key || name === key,
  );
}
