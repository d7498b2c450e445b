/**
 * The minimal Mendix app the model-server stand-in serves: a project, one module of the user's
 * (MyFirstModule) and, optionally, stubs of the AWS Authentication module's entities,
 * enumerations and GetSigV4Headers Java action, named from shared/domain/mendix/aws-authentication.ts.
 * The app is built with the real Model SDK, so its unit JSON is what the SDK itself writes.
 */
import type { IModel } from 'mendixmodelsdk';
import {
  domainmodels,
  enumerations,
  importmappings,
  javaactions,
  Model,
  projects,
  security,
  texts,
  xmlschemas,
} from 'mendixmodelsdk';
import { awsAuthentication } from '../shared/domain/mendix/aws-authentication';
import { ModelServerStandIn } from './mendix-model-server';

/** Opens the stand-in's working copy with the real Model SDK. */
export async function openStandInModel(server: ModelServerStandIn): Promise<IModel> {
  return Model.createSdkClient({ client: server.client() }).openWorkingCopy(
    'stand-in-working-copy',
  );
}

function localName(qualified: string): string {
  return qualified.slice(qualified.indexOf('.') + 1);
}

function addModule(model: IModel, name: string, fromAppStore: boolean) {
  const module = projects.Module.createIn(model.root);
  module.name = name;
  module.fromAppStore = fromAppStore;
  security.ModuleSecurity.createIn(module);
  return { module, domainModel: domainmodels.DomainModel.createIn(module) };
}

function addEntity(domainModel: domainmodels.DomainModel, qualified: string, attributes: string[]) {
  const entity = domainmodels.Entity.createIn(domainModel);
  entity.name = localName(qualified);
  const none = domainmodels.NoGeneralization.create(domainModel.model);
  none.persistable = false;
  entity.generalization = none;
  for (const name of attributes) {
    const attribute = domainmodels.Attribute.createIn(entity);
    attribute.name = name;
    attribute.type = domainmodels.StringAttributeType.create(domainModel.model);
  }
  return entity;
}

function addEnumeration(module: projects.IModule, qualified: string, values: string[]): void {
  const enumeration = enumerations.Enumeration.createIn(module);
  enumeration.name = localName(qualified);
  for (const name of values) {
    const value = enumerations.EnumerationValue.create(module.model);
    value.name = name;
    value.caption = texts.Text.create(module.model);
    enumeration.values.push(value);
  }
}

function addAuthentication(model: IModel): void {
  const names = awsAuthentication;
  const { module, domainModel } = addModule(model, names.module, true);
  const { entities } = names;
  const credentials = addEntity(domainModel, entities.credentials, []);
  const temporary = addEntity(
    domainModel,
    entities.temporaryCredentials,
    Object.values(names.temporaryCredentials),
  );
  const generalization = domainmodels.Generalization.create(model);
  generalization.generalization = credentials;
  temporary.generalization = generalization;
  addEntity(domainModel, entities.sigV4Builder, Object.values(names.sigV4Builder));
  addEntity(domainModel, entities.sigV4Parameter, Object.values(names.sigV4Parameter));
  addEntity(domainModel, entities.sigV4Headers, Object.values(names.sigV4Headers));
  const request = addEntity(domainModel, entities.abstractRequest, []);
  const config = addEntity(
    domainModel,
    entities.basicClientConfig,
    Object.values(names.basicClientConfig),
  );
  const association = domainmodels.Association.createIn(domainModel);
  association.name = localName(names.associations.abstractRequestBasicClientConfig);
  association.parent = request;
  association.child = config;
  addEnumeration(module, names.enumerations.region, ['us_east_1', 'eu_west_1']);
  addEnumeration(module, names.enumerations.httpMethod, ['GET', 'POST', 'PUT', 'DELETE', 'HEAD']);
  const action = javaactions.JavaAction.createIn(module);
  action.name = localName(names.actions.getSigV4Headers);
  for (const name of Object.values(names.getSigV4HeadersParameters))
    javaactions.JavaActionParameter.createInCodeActionUnderActionParameters(action).name = name;
}

/** A stand-in serving the minimal app; without the AWS Authentication module when asked. */
export async function standInApp(options: {
  withAuthentication: boolean;
}): Promise<ModelServerStandIn> {
  const server = new ModelServerStandIn();
  server.addUnit({ $ID: 'stand-in-project', $Type: 'Projects$Project' }, '', '');
  const model = await openStandInModel(server);
  addModule(model, 'MyFirstModule', false);
  if (options.withAuthentication) addAuthentication(model);
  await model.flushChanges();
  server.deltas.length = 0;
  return server;
}

/** What a user does by hand in Studio Pro for an XML operation: the XML schema and an import mapping on it. */
export async function addXmlDocumentsByHand(
  server: ModelServerStandIn,
  names: { module: string; schema: string; importMapping: string; rootElement: string },
): Promise<void> {
  const model = await openStandInModel(server);
  const existing = model.allModules().find((m) => m.name === names.module);
  const module = existing ?? addModule(model, names.module, false).module;
  const schema = xmlschemas.XmlSchema.createIn(module);
  schema.name = names.schema;
  const entry = xmlschemas.XmlSchemaEntry.createInXmlSchemaUnderEntries(schema);
  entry.location = `${names.schema}.xsd`;
  entry.contents = '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>';
  const mapping = importmappings.ImportMapping.createIn(module);
  mapping.name = names.importMapping;
  mapping.xmlSchema = schema;
  mapping.rootElementName = names.rootElement;
  await model.flushChanges();
}
