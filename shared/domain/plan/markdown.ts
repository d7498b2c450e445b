import type { ConnectorPlan, NameValue, PlannedOperation, PlanStep } from './types';

/** When an entry is sent, in words: its condition, or the test of an optional input. */
function whenText(entry: NameValue): string {
  if (entry.condition) return ` (${entry.condition})`;
  return entry.whenSet ? ` (when set: ${entry.whenSet})` : '';
}

function headerText(header: NameValue): string {
  return `${header.name}: ${header.value}${whenText(header)}`;
}

/** One line per activity, as a developer reads the microflow from left to right. */
export function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'check-required':
      return `Check required inputs: ${step.checks.map((c) => `${c.attribute} (${c.condition})`).join('; ')}; when one is missing: ${step.onMissing}`;
    case 'export-mapping':
      return `Export with mapping ${step.mapping}: ${step.input} → $${step.output}`;
    case 'create-sigv4-builder': {
      const s = step.settings;
      const host = [
        ...(s.URIPrefix ? [`, URIPrefix = ${s.URIPrefix}`] : []),
        ...(s.SubDomain ? [`, SubDomain = ${s.SubDomain}`] : []),
      ].join('');
      return `Create AWSAuthentication.SigV4Builder $${step.output}: ServiceName = '${s.ServiceName}', HTTPMethod = ${s.HTTPMethod}, Region = ${s.Region}, Path = ${s.Path}, RequestBody = ${s.RequestBody}${host}`;
    }
    case 'header-list':
      return `Header list $${step.output}: ${step.headers.length === 0 ? '(empty)' : step.headers.map(headerText).join('; ')}`;
    case 'query-list':
      return `Query list $${step.output}: ${step.parameters.length === 0 ? '(empty)' : step.parameters.map((p) => `${p.name}=${p.value}${whenText(p)}`).join('; ')}`;
    case 'get-sigv4-headers':
      return `Call ${step.action} → $${step.output}`;
    case 'call-rest':
      return `Call REST ${step.method} ${step.location}, headers ${step.headers.map(headerText).join('; ')}${step.body ? `, body ${step.body}` : ''}, timeout ${step.timeout} s, on error: ${step.errorHandling.log}`;
    case 'import-mapping':
      return `Import with mapping ${step.mapping}${step.xmlSchema ? ` (on XML schema ${step.xmlSchema}: the body is XML)` : ''} → $${step.output}`;
    case 'return':
      return `Return ${step.value}`;
  }
}

/** The microflow plan of one operation as Markdown. */
export function operationMarkdown(operation: PlannedOperation): string {
  const lines = [
    `# ${operation.microflow.name}`,
    '',
    operation.documentation,
    '',
    `- Exposed as microflow action: caption **${operation.exposed.caption}**, category **${operation.exposed.category}**`,
    `- Folder: ${operation.microflow.folder}`,
    `- Returns: ${operation.microflow.returnType}`,
    '',
    '## Parameters',
    '',
    ...operation.microflow.parameters.map((p) => `- \`${p.name}\` (${p.type}): ${p.documentation}`),
    '',
    '## Activities',
    '',
    ...operation.microflow.steps.map((step, i) => `${i + 1}. ${describeStep(step)}`),
    '',
    '## Documents',
    '',
    ...operation.documents.map(
      (d) => `- ${d.name} (${d.kind.replace('-', ' ')}, folder ${d.folder})`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** The plan as indented text for a terminal: module, then per operation its names and activities. */
export function formatPlanText(plan: ConnectorPlan): string {
  const lines = [
    `Module ${plan.module.name} ${plan.module.version} (${plan.module.serviceName})`,
    `Folders: ${plan.folders.join(', ')}`,
  ];
  for (const operation of plan.operations) {
    lines.push(
      '',
      `${operation.microflow.name}  [action ${operation.exposed.caption}, category ${operation.exposed.category}]`,
      `  Parameters: ${operation.microflow.parameters.map((p) => `${p.name}: ${p.type}`).join(', ')}`,
      ...operation.microflow.steps.map((step, i) => `  ${i + 1}. ${describeStep(step)}`),
      `  Documents: ${operation.documents.map((d) => d.name).join(', ')}`,
    );
  }
  return lines.join('\n');
}
