import { stringify } from 'yaml';
import type { EntityModel } from '../entity-model/types';
import type { JsonStructure, StructureElement } from '../json-structure/types';
import { entitiesOfAction } from '../plan/action-entities';
import type { ConnectorPlan, PlannedOperation } from '../plan/types';
import { xmlAttributePrefix } from '../xml-schema/response-format';
import { modelledInputs, primitiveTypeSchema } from './openapi-inputs';

type Schema = Record<string, unknown>;

const componentKey = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, '_');

/**
 * Component schemas of a structure, one per Object and Array element, referring to each other,
 * so the document stays flat however deep the JSON is. Returns the root's component name.
 */
function structureSchemas(
  structure: JsonStructure,
  naming: SchemaNaming,
  schemas: Record<string, Schema>,
): string | undefined {
  const { elements } = structure;
  const names = new Map<number, string>();
  for (const element of elements) {
    if (element.kind !== 'Object' && element.kind !== 'Array') continue;
    // Objects are named after the entity they map to (what Studio Pro shows on import); the rest after the action.
    const entity = naming.entityByPath.get(element.path);
    const name =
      element.parent === -1
        ? naming.rootName
        : componentKey(entity ?? `${naming.rootName}_${element.name}`);
    names.set(element.index, uniqueKey(name, schemas, names));
  }
  const ref = (index: number): Schema => {
    const element = elements[index];
    if (!element) return {};
    const name = names.get(index);
    if (name) return { $ref: `#/components/schemas/${name}` };
    if (element.kind === 'Wrapper') {
      const value = elements[element.children[0] ?? -1];
      return value ? primitiveTypeSchema(value.primitiveType) : {};
    }
    return primitiveTypeSchema(element.primitiveType);
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
      if (key === null || key === undefined) continue;
      // In an XML response, `@_name` keys are attributes of the element.
      if (naming.xml && key.startsWith(xmlAttributePrefix))
        properties[key.slice(xmlAttributePrefix.length)] = {
          ...ref(child),
          xml: { attribute: true },
        };
      else properties[key] = ref(child);
    }
    schemas[name] = { type: 'object', properties };
  }
  const root = names.get(0);
  if (root && naming.xml) schemas[root] = { ...schemas[root], xml: naming.xml };
  return root;
}

/** How the component schemas of one structure are named, and the XML element of an XML response. */
interface SchemaNaming {
  rootName: string;
  entityByPath: Map<string, string>;
  xml?: { name: string; namespace?: string };
}

function uniqueKey(
  name: string,
  schemas: Record<string, Schema>,
  names: Map<number, string>,
): string {
  const taken = new Set([...Object.keys(schemas), ...names.values()]);
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
  return candidate;
}

function namingOf(
  operation: PlannedOperation,
  model: EntityModel | undefined,
  side: 'request' | 'response',
): SchemaNaming {
  const entityByPath = new Map<string, string>();
  for (const entity of model ? entitiesOfAction(model, operation.action, side) : [])
    if (entity.sourcePath !== null) entityByPath.set(entity.sourcePath, entity.name);
  const suffix = side === 'request' ? 'Request' : 'Response';
  const rootName = componentKey(entityByPath.get('(Object)') ?? `${operation.action}${suffix}`);
  const naming: SchemaNaming = { rootName, entityByPath };
  const xml = side === 'response' ? operation.xmlDocument : undefined;
  if (xml)
    naming.xml = { name: xml.element, ...(xml.namespace ? { namespace: xml.namespace } : {}) };
  return naming;
}

/** Header parameters of a SigV4-signed call: Studio Pro's import knows only basic authentication, so the signed headers are parameters. */
function signedHeaderParameters(operation: PlannedOperation): Schema[] {
  const header = (name: string, required: boolean, description: string): Schema => ({
    name,
    in: 'header',
    required,
    schema: { type: 'string' },
    description,
  });
  const parameters = [
    header('Authorization', true, 'SigV4Headers/Header_Authorization from GetSigV4Headers.'),
    header('X-Amz-Date', true, 'SigV4Headers/Header_X_Amz_Date from GetSigV4Headers.'),
    header(
      'X-Amz-Content-Sha256',
      true,
      'SigV4Headers/Header_X_Amz_Content_Sha256 from GetSigV4Headers.',
    ),
    header(
      'X-Amz-Security-Token',
      false,
      'TemporaryCredentials/Token, with temporary credentials only.',
    ),
  ];
  if (operation.service.protocol === 'json') {
    const target = `${operation.service.targetPrefix ?? ''}.${operation.action}`;
    parameters.push({
      name: 'X-Amz-Target',
      in: 'header',
      required: true,
      schema: { type: 'string', enum: [target] },
    });
  }
  return parameters;
}

function requestContentType(operation: PlannedOperation): string {
  if (operation.service.protocol === 'json')
    return `application/x-amz-json-${operation.service.jsonVersion ?? '1.0'}`;
  if (operation.service.protocol === 'query' || operation.service.protocol === 'ec2')
    return 'application/x-www-form-urlencoded';
  return 'application/json';
}

function responseContentType(operation: PlannedOperation): string {
  if (operation.xmlDocument) return 'application/xml';
  return operation.service.protocol === 'json'
    ? `application/x-amz-json-${operation.service.jsonVersion ?? '1.0'}`
    : 'application/json';
}

function operationObject(
  operation: PlannedOperation,
  model: EntityModel | undefined,
  modelled: ReturnType<typeof modelledInputs>,
  schemas: Record<string, Schema>,
): Schema {
  const response = structureSchemas(
    operation.responseStructure,
    namingOf(operation, model, 'response'),
    schemas,
  );
  const request = operation.requestStructure
    ? structureSchemas(operation.requestStructure, namingOf(operation, model, 'request'), schemas)
    : undefined;
  const fixed = new Set(operation.fixedQuery ?? []);
  const parameters: Schema[] =
    modelled?.parameters ??
    operation.request.query.map(([name, value]) => ({
      name,
      in: 'query',
      required: fixed.has(name),
      schema: { type: 'string' },
      ...(value ? { example: value } : {}),
    }));
  parameters.push(...signedHeaderParameters(operation));
  const result: Schema = {
    operationId: componentKey(operation.action),
    summary: operation.action,
    description: operation.documentation,
    tags: [operation.service.fullName],
    parameters,
  };
  if (request)
    result.requestBody = {
      required: true,
      content: {
        [requestContentType(operation)]: { schema: { $ref: `#/components/schemas/${request}` } },
      },
    };
  // Studio Pro maps a response only for status 200.
  result.responses = {
    '200': {
      description: `The ${operation.action} result.`,
      content: {
        [responseContentType(operation)]: {
          schema: response ? { $ref: `#/components/schemas/${response}` } : {},
        },
      },
    },
    default: { description: 'An AWS error (code and message).' },
  };
  return result;
}

/** The methods Studio Pro's consumed REST service supports (its documentation: GET, POST, PUT, PATCH, DELETE). */
export const studioProMethods = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * An OpenAPI 3.0 document of the connector's operations with their request and response schemas
 * (named after the entities), for Studio Pro's "Import an OpenAPI/Swagger contract" into a
 * consumed REST service: only the methods it supports, a 200 response per operation, XML
 * responses as `application/xml`, and the SigV4 headers as header parameters (its import offers
 * basic authentication only).
 */
export function toOpenApiYaml(plan: ConnectorPlan, model?: EntityModel): string {
  const schemas: Record<string, Schema> = {};
  const paths: Record<string, Record<string, Schema>> = {};
  for (const operation of plan.operations) {
    const method = operation.request.method.toLowerCase();
    if (!(studioProMethods as readonly string[]).includes(method)) continue;
    const modelled = modelledInputs(operation, model);
    let path = modelled?.path ?? operation.request.path;
    // JSON-protocol operations all POST to `/`; a fragment (never sent) keeps each one its own path item.
    if (paths[path]?.[method]) path = `${path}#${operation.action}`;
    const object = operationObject(operation, model, modelled, schemas);
    paths[path] = { ...(paths[path] ?? {}), [method]: object };
  }
  const first = plan.operations[0];
  const document = {
    openapi: '3.0.3',
    info: {
      title: plan.module.name,
      version: plan.module.version,
      description: `${plan.module.serviceName} operations of the ${plan.module.name} module, signed with AWS Signature Version 4 (GetSigV4Headers of the AWS Authentication module fills the header parameters).`,
    },
    servers: [
      {
        url: `https://${first?.service.endpointPrefix ?? 'service'}.${first?.request.region ?? 'us-east-1'}.amazonaws.com`,
        description:
          'The endpoint of the region the samples came from; make the base URL dynamic for other regions.',
      },
    ],
    paths,
    components: { schemas },
  };
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
