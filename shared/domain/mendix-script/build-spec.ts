import type { EntityModel } from '../entity-model/types';
import { awsAuthentication } from '../mendix/aws-authentication';
import type { ConnectorPlan } from '../plan/types';
import type { ConnectorScriptSpec } from './spec';
import { jsonStructuresOf } from './spec';
import { associationsOf, entitiesOf, importMappingOf, microflowOf } from './spec-parts';

/** The AWS Authentication names the script uses, taken from the one place that holds them. */
function authenticationNames(): ConnectorScriptSpec['authentication'] {
  const { entities, sigV4Builder, sigV4Headers, actions, getSigV4HeadersParameters, enumerations } =
    awsAuthentication;
  return {
    module: awsAuthentication.module,
    entities: {
      credentials: entities.credentials,
      sigV4Builder: entities.sigV4Builder,
      sigV4Parameter: entities.sigV4Parameter,
      sigV4Headers: entities.sigV4Headers,
      abstractRequest: entities.abstractRequest,
    },
    sigV4Builder: {
      serviceName: sigV4Builder.serviceName,
      httpMethod: sigV4Builder.httpMethod,
      region: sigV4Builder.region,
      path: sigV4Builder.path,
      requestBody: sigV4Builder.requestBody,
    },
    sigV4Headers: { endpointUrl: sigV4Headers.endpointUrl },
    actions: { getSigV4Headers: actions.getSigV4Headers },
    getSigV4HeadersParameters: { ...getSigV4HeadersParameters },
    enumerations: { region: enumerations.region, httpMethod: enumerations.httpMethod },
  };
}

/** The data the generated Model SDK script applies, from the plan and the entity model. Pure. */
export function buildScriptSpec(plan: ConnectorPlan, model: EntityModel): ConnectorScriptSpec {
  const associations = associationsOf(model);
  const importMappings = plan.operations.flatMap((operation) => {
    const mapping = importMappingOf(operation, model, associations);
    return mapping ? [mapping] : [];
  });
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
    microflows: plan.operations.map((operation) => {
      const name = operation.documents.find((d) => d.id === 'imm')?.name;
      const exists = importMappings.some((m) => m.name === name);
      return microflowOf(operation, exists && name ? name : null);
    }),
  };
}
