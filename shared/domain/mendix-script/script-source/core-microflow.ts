// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The core of the generated script: signed Call REST, error handler, microflow, applyConnector. */
export const coreMicroflowSource = String.raw`function template(target: microflows.StringTemplate, text: string, argumentsList: string[]): void {
  target.text = text;
  for (const expression of argumentsList) microflows.TemplateArgument.createIn(target).expression = expression;
}

function callRest(canvas: Canvas, spec: MicroflowSpec, moduleName: string, auth: Spec['authentication'],
  extraHeaders: Array<{ key: string; value: string }>) {
  const model = canvas.microflow.model;
  const action = microflows.RestCallAction.create(model);
  const http = microflows.HttpConfiguration.createInRestCallActionUnderHttpConfiguration(action);
  http.overrideLocation = true;
  template(microflows.StringTemplate.createInHttpConfigurationUnderCustomLocationTemplate(http), '{1}',
    ['$SigV4Headers/' + auth.sigV4Headers.endpointUrl]);
  http.newHttpMethod = services.HttpMethod[(spec.method.charAt(0) + spec.method.slice(1).toLowerCase()) as 'Get'];
  for (const header of [...spec.headers, ...extraHeaders]) {
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
  const activity = canvas.activity('Call ' + spec.exposed.caption, action);
  errorHandler(canvas, activity, spec);
  return activity;
}

/** The error handler: log the failure with the latest error, then end in an error event (rethrow). */
function errorHandler(canvas: Canvas, from: microflows.MicroflowObject, spec: MicroflowSpec): void {
  const activity = logError(canvas, spec.exposed.category, spec.errorLog + ': {1}', ['$latestError/Message'], true);
  activity.caption = 'Log the error';
  // Placed when the call has its place: the call may be moved to its branch after this.
  const error = microflows.ErrorEvent.createIn(canvas.collection);
  canvas.flow(from, activity, true);
  canvas.flow(activity, error);
  canvas.errorHandlers.push({ call: from, log: activity, error });
}

function buildMicroflow(microflow: microflows.Microflow, spec: MicroflowSpec, moduleName: string, auth: Spec['authentication']): void {
  const model = microflow.model;
  const collection = microflows.MicroflowObjectCollection.createInMicroflowBaseUnderObjectCollection(microflow);
  const canvas = new Canvas(microflow, collection);
  addParameters(canvas, spec);
  const chain = new Chain(canvas, canvas.place(microflows.StartEvent.createIn(collection)));
  for (const check of spec.checks) requiredCheck(chain, check, spec);
  chain.to(exportRequestBody(canvas, spec, moduleName));
  chain.to(retrieveClientConfig(canvas, spec, auth));
  chain.to(createBuilder(canvas, spec, auth));
  signingLists(chain, spec, auth);
  chain.to(callGetSigV4Headers(canvas, auth));
  sendOnCredentialsSplit(chain, spec, auth, (headers) => callRest(canvas, spec, moduleName, auth, headers));
  canvas.placeErrorHandlers();
  const imported = spec.importMapping && spec.returnEntity;
  const returnValue = imported ? '$' + (spec.returnEntity?.split('.').pop() ?? 'Response') : '$ResponseBody';
  // Every end event of a call returns its result; a missing required input's ends return empty.
  for (const object of collection.objects)
    if (object instanceof microflows.EndEvent && object.returnValue === '') object.returnValue = returnValue;
  microflow.microflowReturnType = imported && spec.returnEntity ? objectType(model, spec.returnEntity) : datatypes.StringType.create(model);
  const info = codeactions.MicroflowActionInfo.createInMicroflowUnderMicroflowActionInfo(microflow);
  info.caption = spec.exposed.caption;
  info.category = spec.exposed.category;
  if (iconDataSupported(model)) info.iconData = spec.exposed.icon;
}

/** Studio Pro 9.10 and above keep a microflow action's icon as image data in the action itself. */
function iconDataSupported(model: IModel): boolean {
  return model.metaModelVersion.isAfterOrEqual(Version.parse('9.10.0'));
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
  for (const microflow of spec.microflows) {
    report.manual.push(...microflow.manual);
    // Before 9.10 the icon is an image document the script does not create.
    if (!iconDataSupported(model))
      report.manual.push('microflow ' + microflow.name + ': set the icon of the microflow action by hand (Properties, Expose as microflow action, Icon)');
  }
  return report;
}
`;
