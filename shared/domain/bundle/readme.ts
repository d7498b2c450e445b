import { attributeTypeLabel } from '../entity-model/documentation';
import type { Entity, EntityModel } from '../entity-model/types';
import { awsAuthentication as auth, unqualified } from '../mendix/aws-authentication';
import type { ConnectorPlan } from '../plan/types';

/** The section headings of the Marketplace AWS connector page template, in order. */
export const readmeHeadings = [
  '## 1 Introduction',
  '### 1.1 Typical Use Cases',
  '### 1.2 Prerequisites',
  '### 1.3 Licensing and Cost',
  '## 2 Installation',
  '## 3 Configuration',
  '### 3.1 Configuring AWS Authentication',
  '### 3.2 Configuring a Microflow for an AWS Service',
  '## 4 Technical Reference',
  '### 4.1 Domain Model',
  '### 4.2 Enumerations',
  '### 4.3 Activities',
  '## 5 Troubleshooting',
  '## 6 Read More',
] as const;

function entityLines(entity: Entity): string[] {
  const lines = [`#### ${entity.name}`, '', entity.documentation, ''];
  if (entity.attributes.length === 0) return lines;
  lines.push('| Attribute | Type | Description |', '| --- | --- | --- |');
  for (const attribute of entity.attributes) {
    lines.push(
      `| ${attribute.name} | ${attributeTypeLabel(attribute.type, attribute.length)} | ${attribute.documentation.replace(/\|/g, '\\|')} |`,
    );
  }
  lines.push('');
  return lines;
}

function enumerationLines(plan: ConnectorPlan): string[] {
  const lines = [
    'The operations use `AWSAuthentication.ENUM_Region` (region ids with `-` as `_`, such as `us_east_1`) and `AWSAuthentication.ENUM_HTTPMethod`.',
    '',
  ];
  for (const enumeration of plan.enumerations) {
    lines.push(
      `#### ${enumeration.name}`,
      '',
      '| Name | Caption |',
      '| --- | --- |',
      ...enumeration.values.map((v) => `| ${v.name} | ${v.caption} |`),
      '',
    );
  }
  return lines;
}

/** The connector's README in the Marketplace AWS connector template's sections, filled from the plan. */
export function renderReadme(plan: ConnectorPlan, model: EntityModel): string {
  const { name, serviceName, version } = plan.module;
  const first = plan.operations[0];
  const own = model.entities.filter((e) => !e.external);
  const lines = [
    `# ${name}`,
    '',
    `Version ${version}. The ${serviceName} connector lets a Mendix app call ${serviceName} with credentials from the AWS Authentication module.`,
    '',
    readmeHeadings[0],
    '',
    `This connector calls ${serviceName}: ${plan.operations.map((o) => o.action).join(', ')}.`,
    '',
    readmeHeadings[1],
    '',
    plan.typicalUseCases,
    '',
    readmeHeadings[2],
    '',
    '* Studio Pro 9.18.0 or above',
    `* AWS Authentication ${auth.minimumVersion} or above`,
    '* An AWS account with access to ' + serviceName,
    '',
    readmeHeadings[3],
    '',
    `The connector is free; calls to ${serviceName} are billed by AWS to your account.`,
    '',
    readmeHeadings[4],
    '',
    `Import ${name} and the AWS Authentication module from the Marketplace into your app.`,
    '',
    readmeHeadings[5],
    '',
    `After you install the connector, configure authentication and call the operations from your microflows.`,
    '',
    readmeHeadings[6],
    '',
    `Get credentials with the AWS Authentication module: ${auth.actionCaptions.getTemporaryCredentials} (temporary credentials through IAM Roles Anywhere, recommended; it returns a ${unqualified(auth.entities.temporaryCredentials)} object) or ${auth.actionCaptions.getStaticCredentials} (the ${auth.constants.accessKey} and ${auth.constants.secretAccessKey} constants; for tests and demos). Check them with the ${auth.actionCaptions.validateCredentials} action. The connector never stores credentials itself.`,
    '',
    `Each operation signs its call with ${auth.actionCaptions.getSigV4Headers} (a ${unqualified(auth.entities.sigV4Builder)} and ${unqualified(auth.entities.sigV4Parameter)} lists in, a ${unqualified(auth.entities.sigV4Headers)} object out) and sends ${unqualified(auth.entities.sigV4Headers)}/${auth.sigV4Headers.authorization}, ${auth.sigV4Headers.xAmzDate}, ${auth.sigV4Headers.xAmzContentSha256} and ${auth.sigV4Headers.host} to ${unqualified(auth.entities.sigV4Headers)}/${auth.sigV4Headers.endpointUrl}; with temporary credentials it adds the session token (${unqualified(auth.entities.temporaryCredentials)}/${auth.temporaryCredentials.token}) as x-amz-security-token.`,
    '',
    readmeHeadings[7],
    '',
    `1. Create a microflow and add the ${first ? `${first.exposed.caption}` : ''} action from the **${serviceName}** category of the toolbox.`,
    `2. Pass the Credentials object, the ENUM_Region value and a ${first ? `${first.action}Request` : 'request'} object.`,
    '3. Use the returned response object in your app.',
    '',
    readmeHeadings[8],
    '',
    'The domain model is drawn in `domain-model/domain-model.svg` (Mermaid source: `domain-model/domain-model.mmd`).',
    '',
    readmeHeadings[9],
    '',
    ...own.flatMap(entityLines),
    readmeHeadings[10],
    '',
    ...enumerationLines(plan),
    readmeHeadings[11],
    '',
    ...plan.operations.flatMap((o) => [
      `#### ${o.exposed.caption}`,
      '',
      `Microflow \`${o.microflow.name}\`. ${o.documentation}`,
      '',
    ]),
    readmeHeadings[12],
    '',
    '* SignatureDoesNotMatch: check the region, the service name of the SigV4Builder and the clock of the server.',
    `* Timeouts: associate a ${unqualified(auth.entities.basicClientConfig)} object with the request and raise its ${auth.basicClientConfig.timeoutInMs}.`,
    '',
    readmeHeadings[13],
    '',
    `* [${serviceName} API reference](https://docs.aws.amazon.com/)`,
    '* [AWS Authentication](https://docs.mendix.com/appstore/modules/aws/aws-authentication/)',
    '* [Build an AWS Connector](https://docs.mendix.com/appstore/modules/aws/build-aws-connector/)',
    '',
  ];
  return lines.join('\n');
}
