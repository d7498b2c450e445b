// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The core of the generated script: microflow canvas, parameters, SigV4 builder, Get SigV4 Headers. */
export const coreMicroflowStepsSource = String.raw`// ---- Operation microflows: SigV4 builder, Get SigV4 Headers, signed Call REST, import, return. ----

type MicroflowSpec = Spec['microflows'][number];

function quote(text: string): string {
  return "'" + text.replace(/'/g, "''") + "'";
}

/** Places objects left to right, one column each, so the flow reads like the plan. */
class Canvas {
  private column = 0;
  /** Error handlers, placed under their calls once every call has its place. */
  readonly errorHandlers: Array<{ call: microflows.MicroflowObject; log: microflows.MicroflowObject; error: microflows.MicroflowObject }> = [];
  constructor(readonly microflow: microflows.Microflow, readonly collection: microflows.MicroflowObjectCollection) {}
  place<T extends microflows.MicroflowObject>(object: T, row = 0): T {
    object.relativeMiddlePoint = { x: 100 + this.column * 200, y: 200 + row * 150 };
    if (row === 0) this.column += 1;
    return object;
  }
  flow(origin: microflows.MicroflowObject, destination: microflows.MicroflowObject, isErrorHandler = false): microflows.SequenceFlow {
    const flow = microflows.SequenceFlow.createIn(this.microflow);
    flow.origin = origin;
    flow.destination = destination;
    flow.isErrorHandler = isErrorHandler;
    return flow;
  }
  placeErrorHandlers(): void {
    for (const { call, log, error } of this.errorHandlers) {
      const { x, y } = call.relativeMiddlePoint;
      log.relativeMiddlePoint = { x, y: y + 150 };
      error.relativeMiddlePoint = { x: x + 200, y: y + 150 };
    }
  }
  activity(caption: string, action: microflows.MicroflowAction): microflows.ActionActivity {
    const activity = this.place(microflows.ActionActivity.createIn(this.collection));
    activity.action = action;
    activity.caption = caption;
    activity.autoGenerateCaption = false;
    return activity;
  }
}

function objectType(model: IModel, entityName: string): datatypes.DataType {
  const enumeration = model.findEnumerationByQualifiedName(entityName);
  if (enumeration) {
    const type = datatypes.EnumerationType.create(model);
    type.enumeration = enumeration;
    return type;
  }
  const entity = model.findEntityByQualifiedName(entityName);
  if (!entity) throw new Error('entity ' + entityName + ' is missing');
  const type = datatypes.ObjectType.create(model);
  type.entity = entity;
  return type;
}

function addParameters(canvas: Canvas, spec: MicroflowSpec): void {
  spec.parameters.forEach((parameter, index) => {
    const object = microflows.MicroflowParameterObject.createIn(canvas.collection);
    object.name = parameter.name;
    object.documentation = parameter.documentation;
    object.variableType = objectType(canvas.microflow.model, parameter.type);
    object.relativeMiddlePoint = { x: 100 + index * 200, y: 50 };
  });
}

function createBuilder(canvas: Canvas, spec: MicroflowSpec, auth: Spec['authentication']): microflows.ActionActivity {
  const model = canvas.microflow.model;
  const action = microflows.CreateObjectAction.create(model);
  action.entity = model.findEntityByQualifiedName(auth.entities.sigV4Builder);
  action.outputVariableName = auth.getSigV4HeadersParameters.builder;
  const members: Array<[string, string]> = [
    [auth.sigV4Builder.serviceName, quote(spec.builder.serviceName)],
    [auth.sigV4Builder.httpMethod, auth.enumerations.httpMethod + '.' + spec.builder.httpMethod],
    [auth.sigV4Builder.region, '$Region'],
    // The plan's expression: the path as sent, or the URI template with labels from the request.
    [auth.sigV4Builder.path, spec.builder.path],
    // The plan's expression: '$RequestBody' from the export mapping, a form expression or a literal.
    [auth.sigV4Builder.requestBody, spec.builder.requestBody],
  ];
  // The host prefix of the operation and the service's own host label, where the plan sets them.
  if (spec.builder.uriPrefix) members.push([auth.sigV4Builder.uriPrefix, spec.builder.uriPrefix]);
  if (spec.builder.subDomain) members.push([auth.sigV4Builder.subDomain, spec.builder.subDomain]);
  for (const [member, value] of members) {
    const change = microflows.MemberChange.createIn(action);
    change.attribute = model.findAttributeByQualifiedName(auth.entities.sigV4Builder + '.' + member);
    change.value = value;
  }
  return canvas.activity('Create SigV4 builder', action);
}

/** Export with mapping: the request object to the JSON text signed and sent ('$RequestBody'). */
function exportRequestBody(canvas: Canvas, spec: MicroflowSpec, moduleName: string): microflows.ActionActivity | null {
  if (!spec.exportMapping || !spec.requestParameter) return null;
  const model = canvas.microflow.model;
  const action = microflows.ExportXmlAction.create(model);
  const handling = microflows.MappingRequestHandling.createInExportXmlActionUnderResultHandling(action);
  handling.mapping = model.findExportMappingByQualifiedName(moduleName + '.' + spec.exportMapping);
  handling.mappingArgumentVariableName = spec.requestParameter;
  handling.contentType = microflows.ContentType.Json;
  microflows.VariableExport.createIn(action).outputVariableName = 'RequestBody';
  return canvas.activity('Export request body', action);
}

/** Retrieves the request's client configuration over the association AbstractRequest gives it. */
function retrieveClientConfig(canvas: Canvas, spec: MicroflowSpec, auth: Spec['authentication']): microflows.ActionActivity | null {
  if (!spec.timeout || !spec.requestParameter) return null;
  const model = canvas.microflow.model;
  const action = microflows.RetrieveAction.create(model);
  const source = microflows.AssociationRetrieveSource.createIn(action);
  source.startVariableName = spec.requestParameter;
  source.association = model.findAssociationBaseByQualifiedName(auth.basicClientConfig.association);
  action.outputVariableName = configVariable(auth);
  return canvas.activity('Retrieve client configuration', action);
}

/** The variable the timeout expression reads ('$BasicClientConfig'). */
function configVariable(auth: Spec['authentication']): string {
  return auth.basicClientConfig.entity.split('.').pop() ?? 'BasicClientConfig';
}

function createList(canvas: Canvas, variable: string, auth: Spec['authentication']): microflows.ActionActivity {
  const action = microflows.CreateListAction.create(canvas.microflow.model);
  action.entity = canvas.microflow.model.findEntityByQualifiedName(auth.entities.sigV4Parameter);
  action.outputVariableName = variable;
  return canvas.activity('Create ' + variable, action);
}

/** One SigV4Parameter (key and value) added to a list GetSigV4Headers signs: two activities. */
function parameterActivities(canvas: Canvas, list: string, entry: { key: string; value: string; variable: string },
  auth: Spec['authentication']): microflows.ActionActivity[] {
  const model = canvas.microflow.model;
  const create = microflows.CreateObjectAction.create(model);
  create.entity = model.findEntityByQualifiedName(auth.entities.sigV4Parameter);
  create.outputVariableName = entry.variable;
  for (const [member, value] of [[auth.sigV4Parameter.key, quote(entry.key)], [auth.sigV4Parameter.value, entry.value]]) {
    const change = microflows.MemberChange.createIn(create);
    change.attribute = model.findAttributeByQualifiedName(auth.entities.sigV4Parameter + '.' + member);
    change.value = value;
  }
  const add = microflows.ChangeListAction.create(model);
  add.changeVariableName = list;
  add.type = microflows.ChangeListActionType.Add;
  add.value = '$' + entry.variable;
  return [canvas.activity('Create ' + entry.key, create), canvas.activity('Add ' + entry.key + ' to ' + list, add)];
}

/** The header and query lists as the plan fills them, each entry its own SigV4Parameter (some only when set). */
function signingLists(chain: Chain, spec: MicroflowSpec, auth: Spec['authentication']): void {
  const p = auth.getSigV4HeadersParameters;
  const lists: Array<[string, string, ListEntry[]]> = [
    [p.headers, 'Header', spec.headerList],
    [p.query, 'QueryParameter', spec.queryList],
  ];
  for (const [list, prefix, entries] of lists) {
    chain.to(createList(chain.canvas, list, auth));
    entries.forEach((entry, index) => conditionalEntry(chain,
      () => parameterActivities(chain.canvas, list, { ...entry, variable: prefix + String(index + 1) }, auth), entry));
  }
}

function callGetSigV4Headers(canvas: Canvas, auth: Spec['authentication']): microflows.ActionActivity {
  const model = canvas.microflow.model;
  const action = microflows.JavaActionCallAction.create(model);
  const qualified = auth.actions.getSigV4Headers;
  action.javaAction = model.findJavaActionByQualifiedName(qualified);
  const p = auth.getSigV4HeadersParameters;
  const argumentsByParameter: Array<[string, string]> = [
    [p.builder, '$' + p.builder],
    [p.credentials, '$Credentials'],
    [p.headers, '$' + p.headers],
    [p.query, '$' + p.query],
  ];
  for (const [parameter, argument] of argumentsByParameter) {
    const mapping = microflows.JavaActionParameterMapping.createIn(action);
    const target = model.findJavaActionParameterByQualifiedName(qualified + '.' + parameter);
    if (target) mapping.parameter = target;
    microflows.BasicCodeActionParameterValue.createInJavaActionParameterMappingUnderParameterValue(mapping).argument = argument;
  }
  action.useReturnVariable = true;
  action.outputVariableName = 'SigV4Headers';
  return canvas.activity('Get SigV4 headers', action);
}
`;
