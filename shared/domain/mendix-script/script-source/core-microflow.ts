// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The core of the generated script: signed Call REST, error handler, microflow, applyConnector. */
export const coreMicroflowSource = String.raw`function template(target: microflows.StringTemplate, text: string, argumentsList: string[]): void {
  target.text = text;
  for (const expression of argumentsList) microflows.TemplateArgument.createIn(target).expression = expression;
}

function callRest(canvas: Canvas, spec: MicroflowSpec, moduleName: string, auth: Spec['authentication']) {
  const model = canvas.microflow.model;
  const action = microflows.RestCallAction.create(model);
  const http = microflows.HttpConfiguration.createInRestCallActionUnderHttpConfiguration(action);
  http.overrideLocation = true;
  template(microflows.StringTemplate.createInHttpConfigurationUnderCustomLocationTemplate(http), '{1}',
    ['$SigV4Headers/' + auth.sigV4Headers.endpointUrl]);
  http.newHttpMethod = services.HttpMethod[(spec.method.charAt(0) + spec.method.slice(1).toLowerCase()) as 'Get'];
  for (const header of spec.headers) {
    const entry = microflows.HttpHeaderEntry.createInHttpConfigurationUnderHeaderEntries(http);
    entry.key = header.key;
    // Plan values starting with a dollar sign are expressions; the others are constant texts.
    entry.value = header.value.startsWith('$') ? header.value : quote(header.value);
  }
  // The plan's timeout reads the configuration retrieved before the call.
  if (spec.timeout && spec.requestParameter) {
    action.useRequestTimeOut = true;
    action.timeOutExpression = spec.timeout;
  }
  if (spec.body) {
    // The body signed is the body sent: the builder's RequestBody, as the plan says.
    action.requestHandlingType = microflows.RequestHandlingType.Custom;
    const custom = microflows.CustomRequestHandling.create(model);
    template(microflows.StringTemplate.createInCustomRequestHandlingUnderTemplate(custom), '{1}', [spec.body]);
    action.requestHandling = custom;
  }
  const result = microflows.ResultHandling.createInRestCallActionUnderResultHandling(action);
  if (spec.importMapping && spec.returnEntity) {
    action.resultHandlingType = microflows.ResultHandlingType.Mapping;
    const call = microflows.ImportMappingCall.createIn(result);
    call.mapping = model.findImportMappingByQualifiedName(moduleName + '.' + spec.importMapping);
    result.storeInVariable = true;
    result.outputVariableName = spec.returnEntity.split('.').pop() ?? 'Response';
    result.variableType = objectType(model, spec.returnEntity);
  } else {
    action.resultHandlingType = microflows.ResultHandlingType.String;
    result.storeInVariable = true;
    result.outputVariableName = 'ResponseBody';
    result.variableType = datatypes.StringType.create(model);
  }
  action.errorHandlingType = microflows.ErrorHandlingType.CustomWithoutRollBack;
  return canvas.activity('Call ' + spec.exposed.caption, action);
}

/** The error handler: log the failure with the latest error, then end in an error event (rethrow). */
function errorHandler(canvas: Canvas, from: microflows.MicroflowObject, spec: MicroflowSpec): void {
  const log = microflows.LogMessageAction.create(canvas.microflow.model);
  log.level = microflows.LogLevel.Error;
  log.node = quote(spec.exposed.category);
  log.includeLatestStackTrace = true;
  template(microflows.StringTemplate.createInLogMessageActionUnderMessageTemplate(log), spec.errorLog + ': {1}',
    ['$latestError/Message']);
  const activity = microflows.ActionActivity.createIn(canvas.collection);
  activity.action = log;
  activity.caption = 'Log the error';
  activity.relativeMiddlePoint = { x: from.relativeMiddlePoint.x, y: 350 };
  const error = microflows.ErrorEvent.createIn(canvas.collection);
  error.relativeMiddlePoint = { x: from.relativeMiddlePoint.x + 200, y: 350 };
  canvas.flow(from, activity, true);
  canvas.flow(activity, error);
}

function buildMicroflow(microflow: microflows.Microflow, spec: MicroflowSpec, moduleName: string, auth: Spec['authentication']): void {
  const model = microflow.model;
  const collection = microflows.MicroflowObjectCollection.createInMicroflowBaseUnderObjectCollection(microflow);
  const canvas = new Canvas(microflow, collection);
  addParameters(canvas, spec);
  const start = canvas.place(microflows.StartEvent.createIn(collection));
  const steps = [
    exportRequestBody(canvas, spec, moduleName),
    retrieveClientConfig(canvas, spec, auth),
    createBuilder(canvas, spec, auth),
    ...signingLists(canvas, spec, auth),
    callGetSigV4Headers(canvas, auth),
  ];
  const call = callRest(canvas, spec, moduleName, auth);
  const end = canvas.place(microflows.EndEvent.createIn(collection));
  [start, ...steps.filter((step) => step !== null), call, end].reduce((origin, destination) => {
    canvas.flow(origin, destination);
    return destination;
  });
  errorHandler(canvas, call, spec);
  if (spec.importMapping && spec.returnEntity) {
    end.returnValue = '$' + (spec.returnEntity.split('.').pop() ?? 'Response');
    microflow.microflowReturnType = objectType(model, spec.returnEntity);
  } else {
    end.returnValue = '$ResponseBody';
    microflow.microflowReturnType = datatypes.StringType.create(model);
  }
  const info = codeactions.MicroflowActionInfo.createInMicroflowUnderMicroflowActionInfo(microflow);
  info.caption = spec.exposed.caption;
  info.category = spec.exposed.category;
}

async function ensureMicroflow(module: projects.IModule, folder: projects.IFolderBase, spec: MicroflowSpec,
  auth: Spec['authentication'], report: Report): Promise<void> {
  const what = 'microflow ' + spec.name;
  const documentation = withFingerprint(spec.documentation, spec);
  const existing = module.model.allMicroflows().find((m) => m.qualifiedName === module.name + '.' + spec.name);
  let microflow: microflows.Microflow;
  if (existing) {
    microflow = await existing.load();
    if (microflow.documentation === documentation) {
      report.unchanged.push(what);
      return;
    }
    for (const flow of [...microflow.flows]) flow.delete();
    microflow.objectCollection.delete();
    microflow.microflowActionInfo?.delete();
    report.updated.push(what);
  } else {
    microflow = microflows.Microflow.createIn(folder);
    microflow.name = spec.name;
    report.created.push(what);
  }
  microflow.documentation = documentation;
  buildMicroflow(microflow, spec, module.name, auth);
}

/**
 * Creates or updates the connector in an opened model: module, folders, domain model, JSON
 * structures, import mappings and microflows. Checks the app first and throws
 * ApplyPreconditionError before any change; running it twice changes nothing the second time.
 */
export async function applyConnector(model: IModel, spec: Spec = connectorSpec): Promise<ApplyReport> {
  checkApp(model, spec);
  const report: Report = { created: [], updated: [], unchanged: [], manual: [] };
  const module = await ensureModule(model, spec, report);
  const folders = ensureFolders(module, spec, report);
  await ensureDomainModel(module, spec, report);
  for (const structure of spec.jsonStructures)
    await ensureJsonStructure(module, folderFor(module, folders, structure.folder, report), structure, report);
  for (const mapping of spec.importMappings) {
    const elements = spec.jsonStructures.find((s) => s.name === mapping.structure)?.elements ?? [];
    await ensureImportMapping(module, folderFor(module, folders, mapping.folder, report), mapping, elements, report);
  }
  for (const mapping of spec.exportMappings) {
    const elements = spec.jsonStructures.find((s) => s.name === mapping.structure)?.elements ?? [];
    await ensureExportMapping(module, folderFor(module, folders, mapping.folder, report), mapping, elements, report);
  }
  for (const microflow of spec.microflows)
    await ensureMicroflow(module, folderFor(module, folders, microflow.folder, report), microflow, spec.authentication, report);
  // The planned AWS icon is an image the script does not carry: Studio Pro sets it from a file.
  for (const microflow of spec.microflows)
    report.manual.push('microflow ' + microflow.name + ': set the AWS icon of the microflow action by hand (Properties, Expose as microflow action, Icon)');
  return report;
}
`;
