import { stringify } from 'yaml';
import type { JsonStructure, StructureElement } from '../json-structure/types';
import type { ConnectorPlan, PlannedOperation } from '../plan/types';

type Schema = Record<string, unknown>;

const componentKey = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, '_');

function primitiveSchema(element: StructureElement): Schema {
  switch (element.primitiveType) {
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
 * Component schemas of a structure, one per Object and Array element, referring to each other,
 * so the document stays flat however deep the JSON is. Returns the root's component name.
 */
function structureSchemas(
  structure: JsonStructure,
  rootName: string,
  schemas: Record<string, Schema>,
): string | undefined {
  const { elements } = structure;
  const names = new Map<number, string>();
  for (const element of elements) {
    if (element.kind !== 'Object' && element.kind !== 'Array') continue;
    names.set(
      element.index,
      element.parent === -1 ? rootName : componentKey(`${rootName}_${element.name}`),
    );
  }
  const ref = (index: number): Schema => {
    const element = elements[index];
    if (!element) return {};
    const name = names.get(index);
    if (name) return { $ref: `#/components/schemas/${name}` };
    if (element.kind === 'Wrapper') {
      const value = elements[element.children[0] ?? -1];
      return value ? primitiveSchema(value) : {};
    }
    return primitiveSchema(element);
  };
  for (const [index, name] of names) {
    const element = elements[index] as StructureElement;
    if (element.kind === 'Array') {
      schemas[name] = {
        type: 'array',
        items: element.children[0] === undefined ? {} : ref(element.children[0]),
      };
      continue;
    }
    const properties: Record<string, Schema> = {};
    for (const child of element.children) {
      const key = elements[child]?.key;
      if (key !== null && key !== undefined) properties[key] = ref(child);
    }
    schemas[name] = { type: 'object', properties };
  }
  return names.get(0);
}

function operationObject(operation: PlannedOperation, schemas: Record<string, Schema>): Schema {
  const response = structureSchemas(
    operation.responseStructure,
    componentKey(`${operation.action}Response`),
    schemas,
  );
  const request = operation.requestStructure
    ? structureSchemas(
        operation.requestStructure,
        componentKey(`${operation.action}Request`),
        schemas,
      )
    : undefined;
  const parameters: Schema[] = operation.request.query.map(([name, value]) => ({
    name,
    in: 'query',
    required: false,
    schema: { type: 'string' },
    ...(value ? { example: value } : {}),
  }));
  const contentType =
    operation.service.protocol === 'json'
      ? `application/x-amz-json-${operation.service.jsonVersion ?? '1.0'}`
      : 'application/json';
  if (operation.service.protocol === 'json') {
    const target = `${operation.service.targetPrefix ?? ''}.${operation.action}`;
    parameters.push({
      name: 'X-Amz-Target',
      in: 'header',
      required: true,
      schema: { type: 'string', enum: [target] },
    });
  }
  const result: Schema = {
    operationId: componentKey(operation.action),
    summary: operation.action,
    description: operation.documentation,
    tags: [operation.service.fullName],
    ...(parameters.length > 0 ? { parameters } : {}),
  };
  if (request)
    result.requestBody = {
      required: true,
      content: { [contentType]: { schema: { $ref: `#/components/schemas/${request}` } } },
    };
  result.responses = {
    '200': {
      description: `The ${operation.action} result.`,
      content: {
        [contentType]: { schema: response ? { $ref: `#/components/schemas/${response}` } : {} },
      },
    },
    default: { description: 'An AWS error (code and message).' },
  };
  return result;
}

/**
 * An OpenAPI 3.0 document of the connector's operations with their request and response schemas
 * and a SigV4 security scheme; Studio Pro can import it into a consumed REST service.
 */
export function toOpenApiYaml(plan: ConnectorPlan): string {
  const schemas: Record<string, Schema> = {};
  const paths: Record<string, Record<string, Schema>> = {};
  for (const operation of plan.operations) {
    const method = operation.request.method.toLowerCase();
    let path = operation.request.path;
    // JSON-protocol operations all POST to `/`; a fragment keeps each one its own path item.
    if (paths[path]?.[method]) path = `${path}#${operation.action}`;
    paths[path] = { ...(paths[path] ?? {}), [method]: operationObject(operation, schemas) };
  }
  const first = plan.operations[0];
  const document = {
    openapi: '3.0.3',
    info: {
      title: plan.module.name,
      version: plan.module.version,
      description: `${plan.module.serviceName} operations of the ${plan.module.name} module, signed with AWS Signature Version 4.`,
    },
    servers: [
      {
        url: `https://${first?.service.endpointPrefix ?? 'service'}.{region}.amazonaws.com`,
        variables: { region: { default: first?.request.region ?? 'us-east-1' } },
      },
    ],
    security: [{ sigv4: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        sigv4: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          'x-amazon-apigateway-authtype': 'awsSigv4',
          description:
            'AWS Signature Version 4: sign with the AWS Authentication module (GetSigV4Headers).',
        },
      },
    },
  };
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
