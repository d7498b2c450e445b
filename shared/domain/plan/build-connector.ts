import type { Catalog, CatalogService } from '../../aws/catalog';
import { operationModel } from '../../aws/shapes';
import type { OperationModel, ServiceShapes } from '../../aws/shapes';
import { findService } from '../../aws/catalog';
import { deriveEntityModel } from '../entity-model/derive';
import type { ModelDecisions } from '../entity-model/decisions';
import { mergeEntityModels } from '../entity-model/merge';
import { locatedInputs } from '../entity-model/request-inputs';
import type { RequestInput } from '../entity-model/request-inputs';
import type { EntityModel } from '../entity-model/types';
import { inferJsonStructure } from '../json-structure/infer';
import type { JsonStructure, StructureDecisions, StructureFinding } from '../json-structure/types';
import type { XmlDocument } from '../xml-schema/response-format';
import { unwrapXmlSamples } from '../xml-schema/response-format';
import { nameXmlItems } from '../xml-schema/xml-names';
import { planConnector } from './plan-connector';
import { resolveAction } from './plan-operation';
import { bodyKindOf, formInputsJson } from './request-body';
import type { ConnectorPlan, OperationInput, PlanSettings, SentRequest } from './types';

/** One operation as the app and the CLI keep it: the request sent, its response samples, the user's decisions. */
export interface RecordedOperation {
  request: SentRequest;
  /** Response bodies as JSON text (XML responses in their JSON form, recognised and planned as XML); at least one. */
  samples: string[];
  structureDecisions?: StructureDecisions;
  modelDecisions?: ModelDecisions;
}

export interface BuildConnectorInput {
  operations: readonly RecordedOperation[];
  catalog: Catalog;
  settings?: PlanSettings;
  studioProVersion?: 9 | 10;
  /**
   * AWS shapes by catalog service id: operations picked from the catalog get model-complete
   * response structures and request entities with every input member. Without them, sample-only.
   */
  shapes?: ReadonlyMap<string, ServiceShapes>;
  /** false: structures follow the samples alone even where the model is known. */
  modelComplete?: boolean;
}

/** The output and input models of a group's catalog operation, when its service's shapes are loaded. */
function modelsOf(
  input: BuildConnectorInput,
  service: CatalogService | undefined,
  catalogAction: string | null,
): { output?: OperationModel; input?: OperationModel } {
  if (input.modelComplete === false || !service || !catalogAction) return {};
  const shapes = input.shapes?.get(service.id);
  if (!shapes) return {};
  const output = operationModel(shapes, catalogAction, 'output');
  const inputModel = operationModel(shapes, catalogAction, 'input');
  return { ...(output ? { output } : {}), ...(inputModel ? { input: inputModel } : {}) };
}

function requestStructureOf(
  request: RecordedOperation['request'],
  service: CatalogService | undefined,
  inputModel: OperationModel | undefined,
): JsonStructure | undefined {
  const protocol = service?.protocol;
  // A query or ec2 form body is planned from request attributes: its inputs make the request entity.
  const isForm = bodyKindOf(protocol ?? 'unknown', request) === 'form';
  const body = isForm ? formInputsJson(request.body ?? '') : request.body;
  // JSON bodies get every member of the input shape (the request entity's attributes), sent or not.
  const model =
    inputModel && (protocol === 'json' || protocol === 'rest-json') ? inputModel : undefined;
  const text = body !== undefined && /^\s*\{/.test(body) ? body : model ? '{}' : undefined;
  if (text === undefined) return undefined;
  try {
    return inferJsonStructure([text], {
      studioProVersion: 10,
      ...(protocol ? { protocol } : {}),
      ...(model ? { model } : {}),
    });
  } catch {
    return undefined;
  }
}

/** What makes an operation's request entity: the body's structure and the inputs sent elsewhere. */
export interface RequestSide {
  requestStructure?: JsonStructure;
  requestInputs: RequestInput[];
}

/**
 * The request side of one sent request: its body's structure (model-complete when the input shape
 * is known) and, from the operation's AWS model, the members sent in the path, query or headers.
 * The plan, and the app's Entities tab through the privileged side, both use it.
 */
export function requestSideOf(
  request: SentRequest,
  service: CatalogService | undefined,
  inputModel: OperationModel | undefined,
): RequestSide {
  const requestStructure = requestStructureOf(request, service, inputModel);
  const side: RequestSide = { requestInputs: inputModel ? locatedInputs(inputModel) : [] };
  if (requestStructure) side.requestStructure = requestStructure;
  return side;
}

/** Why an XML response gets an XML schema: a JSON structure and JSON import mapping cannot read it. */
function xmlResponseFinding(action: string, document: XmlDocument): StructureFinding {
  return {
    kind: 'xml-response',
    severity: 'warning',
    path: '(Object)',
    message: `The service answers in XML (<${document.element}>${document.namespace ? ` in ${document.namespace}` : ''}): a JSON structure and a JSON import mapping cannot read that body. Plan: the XML schema XSD_${action} (from this structure) and IMM_${action} with schema source "XML schema" on it; the Call REST activity imports the response with that mapping.`,
  };
}

/** Groups recordings of the same action, so several calls of one operation are several samples. */
function groupByAction(
  operations: readonly RecordedOperation[],
  catalog: Catalog,
): Array<{
  action: string;
  catalogAction: string | null;
  first: RecordedOperation;
  samples: string[];
}> {
  const groups = new Map<
    string,
    { action: string; catalogAction: string | null; first: RecordedOperation; samples: string[] }
  >();
  for (const operation of operations) {
    const { action, catalogAction } = resolveAction(
      findService(catalog, operation.request.service),
      operation.request,
    );
    const group = groups.get(action);
    if (group) group.samples.push(...operation.samples);
    else
      groups.set(action, {
        action,
        catalogAction,
        first: operation,
        samples: [...operation.samples],
      });
  }
  return [...groups.values()];
}

/**
 * The whole pipeline for a set of recorded operations: structures, entity models merged into one
 * domain model, and the connector plan. Pure: the app, the browser mode and the CLI all call it.
 */
export function buildConnector(input: BuildConnectorInput): {
  plan: ConnectorPlan;
  model: EntityModel;
} {
  const inputs: OperationInput[] = [];
  const models: EntityModel[] = [];
  for (const group of groupByAction(input.operations, input.catalog)) {
    const service = findService(input.catalog, group.first.request.service);
    const protocol = service?.protocol;
    const xml = unwrapXmlSamples(group.samples, protocol);
    const known =
      group.first.structureDecisions?.sampleOnly === true
        ? {}
        : modelsOf(input, service, group.catalogAction);
    const inferred = inferJsonStructure(xml ? xml.samples : group.samples, {
      studioProVersion: input.studioProVersion ?? 10,
      ...(protocol ? { protocol } : {}),
      ...(known.output ? { model: known.output } : {}),
      ...(group.first.structureDecisions ? { decisions: group.first.structureDecisions } : {}),
    });
    const responseStructure = xml ? nameXmlItems(inferred) : inferred;
    if (xml) responseStructure.findings.unshift(xmlResponseFinding(group.action, xml.document));
    const { requestStructure, requestInputs } = requestSideOf(
      group.first.request,
      service,
      known.input,
    );
    const serviceName = service?.fullName ?? group.first.request.service;
    models.push(
      deriveEntityModel(
        responseStructure,
        {
          action: group.action,
          serviceName,
          ...(requestStructure ? { requestStructure } : {}),
          ...(requestInputs.length > 0 ? { requestInputs } : {}),
        },
        group.first.modelDecisions,
      ),
    );
    inputs.push({
      request: group.first.request,
      responseStructure,
      ...(requestStructure ? { requestStructure } : {}),
      ...(xml ? { xmlDocument: xml.document } : {}),
    });
  }
  const model = mergeEntityModels(models);
  const plan = planConnector({
    operations: inputs,
    catalog: input.catalog,
    model,
    ...(input.settings ? { settings: input.settings } : {}),
  });
  return { plan, model };
}
