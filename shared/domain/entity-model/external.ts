import { awsAuthentication, unqualified } from '../mendix/aws-authentication';
import type { Association, Entity } from './types';

/** Module of the entities every AWS connector builds on. */
export const authenticationModule = awsAuthentication.module;
export const abstractRequestId = awsAuthentication.entities.abstractRequest;
export const basicClientConfigId = awsAuthentication.entities.basicClientConfig;

/** `AWSAuthentication.AbstractRequest`, which every `{Action}Request` generalizes. */
export function abstractRequestEntity(): Entity {
  return {
    id: abstractRequestId,
    sourceIds: [abstractRequestId],
    name: unqualified(abstractRequestId),
    module: authenticationModule,
    external: true,
    side: 'external',
    attributes: [],
    documentation: 'The base of every request entity, from the AWS Authentication module.',
    sourcePath: null,
    isList: false,
  };
}

/** `AWSAuthentication.BasicClientConfig`, where a request's timeout and endpoint override live. */
export function basicClientConfigEntity(): Entity {
  const attribute = (name: string, type: 'Long' | 'String', documentation: string) => ({
    id: `${basicClientConfigId}.${name}`,
    name,
    type,
    derivedType: type,
    ...(type === 'String' ? { length: 0 } : {}),
    required: false,
    documentation,
    sourcePath: null,
    jsonKey: name,
    notes: [],
  });
  return {
    id: basicClientConfigId,
    sourceIds: [basicClientConfigId],
    name: unqualified(basicClientConfigId),
    module: authenticationModule,
    external: true,
    side: 'external',
    attributes: [
      attribute(
        awsAuthentication.basicClientConfig.timeoutInMs,
        'Long',
        'The timeout of the call in milliseconds.',
      ),
      attribute(
        awsAuthentication.basicClientConfig.endpointUrl,
        'String',
        'An endpoint to call instead of the default one of the service and region.',
      ),
    ],
    documentation:
      'Client settings of a request (timeout, endpoint), from the AWS Authentication module.',
    sourcePath: null,
    isList: false,
  };
}

/** `AbstractRequest_BasicClientConfig`, 1-1, as published in the AWS Authentication module. */
export function basicClientConfigAssociation(): Association {
  return {
    id: awsAuthentication.associations.abstractRequestBasicClientConfig,
    name: unqualified(awsAuthentication.associations.abstractRequestBasicClientConfig),
    parent: abstractRequestId,
    child: basicClientConfigId,
    type: 'Reference',
    owner: 'Both',
    multiplicity: '1-1',
  };
}
