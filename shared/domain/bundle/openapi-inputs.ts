import type { EntityModel } from '../entity-model/types';
import type { PrimitiveType } from '../json-structure/types';
import { inputsOf } from '../plan/inputs';
import type { PlannedOperation } from '../plan/types';

type Schema = Record<string, unknown>;

/** The OpenAPI schema of a Mendix primitive type. */
export function primitiveTypeSchema(type: PrimitiveType): Schema {
  switch (type) {
    case 'String':
      return { type: 'string' };
    case 'Integer':
      return { type: 'integer', format: 'int32' };
    case 'Long':
      return { type: 'integer', format: 'int64' };
    case 'Decimal':
      return { type: 'number' };
    case 'Boolean':
      return { type: 'boolean' };
    case 'DateTime':
      return { type: 'string', format: 'date-time' };
    case 'Unknown':
      return { nullable: true, description: 'Only null in the samples: type unknown.' };
  }
}

/**
 * The path and parameters of an operation whose AWS model the plan used: the URI template as the
 * path (a greedy `{Key+}` written `{Key}`, as OpenAPI has no greedy form), and every path, query
 * and header member as a typed parameter, required as the model says. Undefined without a model
 * input, where the path and query stay as they were sent.
 */
export function modelledInputs(
  operation: PlannedOperation,
  model: EntityModel | undefined,
): { path: string; parameters: Schema[] } | undefined {
  const entity = model?.entities.find((e) => e.id === operation.requestEntityId);
  const inputs = inputsOf(entity);
  if (inputs.length === 0 || operation.pathTemplate === undefined) return undefined;
  const labels = new Set(inputs.filter((i) => i.location === 'uri').map((i) => i.wireName));
  const unresolved = [...operation.pathTemplate.matchAll(/\{([^}+]+)\+?\}/g)].some(
    (match) => !labels.has(match[1] as string),
  );
  if (unresolved) return undefined;
  const fixed = new Set(operation.fixedQuery ?? []);
  const parameters: Schema[] = operation.request.query
    .filter(([name]) => fixed.has(name))
    .map(([name, value]) => ({
      name,
      in: 'query',
      required: true,
      schema: { type: 'string', enum: [value ?? ''] },
    }));
  for (const input of inputs) {
    const where = { uri: 'path', querystring: 'query', header: 'header' }[input.location];
    parameters.push({
      name: input.wireName,
      in: where,
      required: input.location === 'uri' || input.required,
      schema: primitiveTypeSchema(input.type),
      description: `Request attribute ${input.attribute}.`,
    });
  }
  return { path: operation.pathTemplate.replace(/\{([^}+]+)\+\}/g, '{$1}'), parameters };
}
