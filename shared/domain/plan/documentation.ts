import type { EntityModel } from '../entity-model/types';
import type { PlannedOperation } from './types';

function inputSentence(operation: PlannedOperation, model: EntityModel): string {
  const entity = model.entities.find((e) => e.id === operation.requestEntityId);
  const name = entity?.name ?? `${operation.action}Request`;
  const attributes = entity?.attributes ?? [];
  const required = attributes.filter((a) => a.required).map((a) => a.name);
  const optional = attributes.filter((a) => !a.required).map((a) => a.name);
  const parts = [
    `Required inputs: Credentials (AWSAuthentication.Credentials), Region (ENUM_Region) and ${name}`,
  ];
  parts[0] += required.length > 0 ? ` with ${required.join(', ')}.` : '.';
  parts.push(
    optional.length > 0
      ? `Optional inputs: ${optional.join(', ')} on ${name}, and its BasicClientConfig (timeout, endpoint).`
      : `Optional inputs: the BasicClientConfig of ${name} (timeout, endpoint).`,
  );
  return parts.join(' ');
}

/** The documentation of an exposed action: what it does and its required and optional inputs. */
export function describeAction(operation: PlannedOperation, model: EntityModel): string {
  const response = model.entities.find((e) => e.id === operation.responseEntityId);
  const call = `${operation.request.method.toUpperCase()} ${operation.request.path}`;
  const returns = response
    ? `It returns a ${response.name} object.`
    : 'It returns the result of the call.';
  const xml = operation.xmlDocument
    ? `The response is XML (${operation.xmlDocument.element}): it is imported with IMM_${operation.action} on the XML schema XSD_${operation.action}.`
    : undefined;
  return [
    `Calls the ${operation.service.fullName} ${operation.action} action (${call}), signed with AWS Signature Version 4.`,
    returns,
    ...(xml ? [xml] : []),
    inputSentence(operation, model),
  ].join(' ');
}
