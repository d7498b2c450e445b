import type { RuleId } from './types';

/** What a naming rule checks and the public page it rests on, as docs/rules/naming.md states them. */
export interface RuleSource {
  title: string;
  /** A Mendix documentation URL, or undefined where no public page states the rule. */
  source: string | undefined;
}

const bestPractices = 'https://docs.mendix.com/refguide/dev-best-practices/';
const buildConnector = 'https://docs.mendix.com/appstore/modules/aws/build-aws-connector/';
const enumerations = 'https://docs.mendix.com/refguide/enumerations/#name';
const awsAuthentication = 'https://docs.mendix.com/appstore/modules/aws/aws-authentication/';

/** Every rule id with its title and public source; the Record keeps it complete. */
export const ruleSources: Readonly<Record<RuleId, RuleSource>> = {
  N01: { title: 'Identifier syntax', source: enumerations },
  N02: { title: 'Length 1 to 255 characters', source: undefined },
  N03: { title: 'Not a reserved word', source: enumerations },
  N04: { title: 'Enumeration values start with a letter', source: enumerations },
  N06: {
    title: 'Entity names are unique in the module; association names are unique',
    source: 'https://docs.mendix.com/refguide/entities/#name',
  },
  N07: { title: 'No entity is named like its module', source: `${bestPractices}#entity-names` },
  N08: { title: 'UpperCamelCase; entities singular', source: `${bestPractices}#entity-names` },
  N09: {
    title: 'JSON structures start with JSON_',
    source: `${bestPractices}#integration-documents`,
  },
  N10: {
    title: 'Import mappings start with IMM_, export mappings with EXM_',
    source: `${bestPractices}#integration-documents`,
  },
  N11: { title: 'Enumerations start with ENUM_', source: `${bestPractices}#enumerations` },
  N12: { title: 'Associations are named {Owner}_{Other}', source: `${bestPractices}#associations` },
  C01: { title: 'The microflow is named METHOD_vN_Action', source: `${buildConnector}#naming` },
  C02: { title: 'The action is the AWS operation name', source: `${buildConnector}#naming` },
  C03: {
    title: 'Caption is the AWS action, category the AWS service name',
    source: `${buildConnector}#exposing-the-api-microflow`,
  },
  C04: {
    title: '{Action}Request exists and generalizes AWSAuthentication.AbstractRequest',
    source: `${buildConnector}#domain-model-structure`,
  },
  C05: {
    title: '{Action}Response exists unless the action only returns a Boolean',
    source: `${buildConnector}#domain-model-structure`,
  },
  C06: { title: 'No automatic names are left', source: `${buildConnector}#modeling-the-response` },
  C07: { title: 'The module is named after the service', source: `${buildConnector}#naming` },
  C08: { title: 'The recommended folders exist', source: `${buildConnector}#initiate` },
  C10: {
    title: 'The SigV4Builder sets ServiceName, HTTPMethod, Region and Path',
    source: `${awsAuthentication}#signature-v4-headers`,
  },
  C11: {
    title: 'The Call REST activity sends the signed headers',
    source: `${awsAuthentication}#signature-v4-headers`,
  },
  C12: {
    title: 'JSON-protocol services send x-amz-target and the x-amz-json content type',
    source: `${buildConnector}#creating-a-microflow-action`,
  },
  C13: {
    title: 'The method is one AWSAuthentication.ENUM_HTTPMethod offers: no PATCH',
    source: undefined,
  },
  C14: {
    title: 'The timeout comes from BasicClientConfig',
    source: `${buildConnector}#domain-model-structure`,
  },
  C15: {
    title:
      'The JSON snippet has no null samples, no mixed arrays, and every key in the first array item',
    source: 'https://docs.mendix.com/refguide/json-structures/',
  },
  C16: {
    title: 'The README follows the Marketplace documentation template',
    source: `${buildConnector}#marketplace-documentation`,
  },
};

/** The anchor of a rule in the rulebook, relative to the repository root. */
export function ruleAnchor(rule: RuleId): string {
  return `docs/rules/naming.md#${rule.toLowerCase()}`;
}
