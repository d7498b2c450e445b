import type { EntityModel } from '../entity-model/types';
import { awsAuthentication } from '../mendix/aws-authentication';
import type { ConnectorPlan } from '../plan/types';
import type { ConnectorScriptSpec } from './spec';
import { jsonStructuresOf } from './spec';
import { associationsOf, entitiesOf, mappingOf, microflowOf, xmlImportOf } from './spec-parts';

/** The AWS Authentication names the script uses, taken from the one place that holds them. */
function authenticationNames(): ConnectorScriptSpec['authentication'] {
  const { entities, sigV4Builder, sigV4Headers, actions, getSigV4HeadersParameters, enumerations } =
    awsAuthentication;
  const basicClientConfig = {
    entity: entities.basicClientConfig,
    association: awsAuthentication.associations.abstractRequestBasicClientConfig,
    timeoutInMs: awsAuthentication.basicClientConfig.timeoutInMs,
  };
  return {
    module: awsAuthentication.module,
    entities: {
      credentials: entities.credentials,
      sigV4Builder: entities.sigV4Builder,
      sigV4Parameter: entities.sigV4Parameter,
      sigV4Headers: entities.sigV4Headers,
      abstractRequest: entities.abstractRequest,
      temporaryCredentials: entities.temporaryCredentials,
    },
    sigV4Parameter: {
      key: awsAuthentication.sigV4Parameter.key,
      value: awsAuthentication.sigV4Parameter.value,
    },
    sigV4Builder: {
      serviceName: sigV4Builder.serviceName,
      httpMethod: sigV4Builder.httpMethod,
      region: sigV4Builder.region,
      path: sigV4Builder.path,
      requestBody: sigV4Builder.requestBody,
      uriPrefix: sigV4Builder.uriPrefix,
      subDomain: sigV4Builder.subDomain,
    },
    temporaryCredentials: { token: awsAuthentication.temporaryCredentials.token },
    sigV4Headers: { endpointUrl: sigV4Headers.endpointUrl },
    basicClientConfig,
    actions: { getSigV4Headers: actions.getSigV4Headers },
    getSigV4HeadersParameters: { ...getSigV4HeadersParameters },
    enumerations: { region: enumerations.region, httpMethod: enumerations.httpMethod },
  };
}

/** The data the generated Model SDK script applies, from the plan and the entity model. Pure. */
export function buildScriptSpec(plan: ConnectorPlan, model: EntityModel): ConnectorScriptSpec {
  const associations = associationsOf(model);
  const present = <T>(items: Array<T | null>): T[] => items.filter((i): i is T => i !== null);
  const importMappings = present(plan.operations.map((o) => mappingOf(o, model, associations)));
  const exportMappings = present(
    plan.operations.map((o) => mappingOf(o, model, associations, 'export')),
  );
  const xmlImports = present(plan.operations.map(xmlImportOf));
  const named = (names: string[], document: string | undefined) =>
    document && names.includes(document) ? document : null;
  return {
    toolVersion: plan.toolVersion,
    connector: plan.module.serviceName,
    module: plan.module.name,
    folders: [...plan.folders],
    authentication: authenticationNames(),
    entities: entitiesOf(model),
    associations,
    jsonStructures: plan.operations.flatMap(jsonStructuresOf),
    importMappings,
    exportMappings,
    xmlImports,
    microflows: plan.operations.map((operation) => {
      const document = (id: string) => operation.documents.find((d) => d.id === id)?.name;
      // An XML operation's import mapping is the one the user made on the XML schema.
      const imports = [...importMappings, ...xmlImports].map((m) =>
        'importMapping' in m ? m.importMapping : m.name,
      );
      return microflowOf(operation, {
        importMapping: named(imports, document('imm')),
        exportMapping: named(
          exportMappings.map((m) => m.name),
          document('exm-request'),
        ),
      });
    }),
  };
}
