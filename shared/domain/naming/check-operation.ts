import type { EntityModel } from '../entity-model/types';
import { apiVersionOf, documentsFor, microflowNameFor } from '../plan/plan-operation';
import { protocolHeaders, signedHeaders, timeoutExpression } from '../plan/steps';
import type { ConnectorPlan, PlannedOperation } from '../plan/types';
import { uniqueName } from './identifiers';
import { checkName } from './name-rules';
import type { FindingElement, NamingFinding, QuickFix } from './types';

const documentRules: Record<string, { rule: 'N09' | 'N10'; prefix: string }> = {
  'json-structure': { rule: 'N09', prefix: 'JSON_' },
  'import-mapping': { rule: 'N10', prefix: 'IMM_' },
  'export-mapping': { rule: 'N10', prefix: 'EXM_' },
};

function operationElement(operation: PlannedOperation): FindingElement {
  return { kind: 'operation', id: operation.id, name: operation.action };
}

function microflowFindings(operation: PlannedOperation): NamingFinding[] {
  const element: FindingElement = {
    kind: 'microflow',
    id: `${operation.id}:microflow`,
    name: operation.microflow.name,
  };
  const expected = microflowNameFor(
    operation.request.method,
    apiVersionOf(operation.request.path),
    operation.action,
  );
  const fix = (to: string) => ({
    kind: 'rename-microflow' as const,
    operationId: operation.id,
    to,
  });
  const findings = checkName(operation.microflow.name, {
    element,
    what: 'microflow',
    taken: [],
    prefix: 'Call',
    fix,
  }).filter((f) => f.rule !== 'N08');
  const name = operation.microflow.name;
  const method = /^([A-Za-z]+)_v\d+_/.exec(name)?.[1];
  if (findings.length === 0 && name !== expected) {
    const reason =
      method && method.toUpperCase() !== operation.request.method.toUpperCase()
        ? `its method ${method} is not the call's ${operation.request.method}`
        : 'it does not follow METHOD_vN_Action';
    findings.push({
      rule: 'C01',
      severity: 'warning',
      element,
      message: `The microflow "${name}" should be ${expected}: ${reason}.`,
      quickFix: { label: `Rename to ${expected}`, fix: fix(expected) },
    });
  }
  return findings;
}

function documentFindings(operation: PlannedOperation): NamingFinding[] {
  const findings: NamingFinding[] = [];
  const expected = new Map(documentsFor(operation.action, true).map((d) => [d.id, d.name]));
  for (const document of operation.documents) {
    const element: FindingElement = {
      kind: 'document',
      id: `${operation.id}:${document.id}`,
      name: document.name,
    };
    const fix = (to: string) => ({
      kind: 'rename-document' as const,
      operationId: operation.id,
      documentId: document.id,
      to,
    });
    const named = checkName(document.name, {
      element,
      what: 'document',
      taken: [],
      prefix: 'Doc',
      fix,
    }).filter((f) => f.rule !== 'N08');
    findings.push(...named);
    const rule = documentRules[document.kind];
    if (named.length > 0 || !rule || document.name.startsWith(rule.prefix)) continue;
    const to = expected.get(document.id) ?? `${rule.prefix}${document.name}`;
    findings.push({
      rule: rule.rule,
      severity: 'warning',
      element,
      message: `A ${document.kind.replace('-', ' ')} is named with the prefix ${rule.prefix}: "${document.name}" should be ${to}.`,
      quickFix: { label: `Rename to ${to}`, fix: fix(to) },
    });
  }
  return findings;
}

function restore(operation: PlannedOperation): QuickFix {
  return {
    label: 'Restore the planned activities',
    fix: { kind: 'restore-steps', operationId: operation.id },
  };
}

function stepFindings(operation: PlannedOperation): NamingFinding[] {
  const element = operationElement(operation);
  const findings: NamingFinding[] = [];
  const add = (rule: NamingFinding['rule'], message: string) =>
    findings.push({ rule, severity: 'warning', element, message, quickFix: restore(operation) });
  const steps = operation.microflow.steps;
  const builder = steps.find((s) => s.kind === 'create-sigv4-builder');
  const settings = builder?.kind === 'create-sigv4-builder' ? builder.settings : undefined;
  if (
    !settings ||
    settings.ServiceName !== operation.service.signingName ||
    !settings.HTTPMethod ||
    !settings.Region ||
    !settings.Path
  ) {
    add(
      'C10',
      `The SigV4Builder must set ServiceName (${operation.service.signingName}), HTTPMethod, Region and Path, or the signature will not match.`,
    );
  }
  const call = steps.find((s) => s.kind === 'call-rest');
  const sent = new Set(
    call?.kind === 'call-rest' ? call.headers.map((h) => h.name.toLowerCase()) : [],
  );
  const missing = signedHeaders.map((h) => h.name).filter((name) => !sent.has(name));
  if (missing.length > 0)
    add(
      'C11',
      `The Call REST activity does not send ${missing.join(', ')} from GetSigV4Headers; AWS will reject the call.`,
    );
  const listed = steps.find((s) => s.kind === 'header-list');
  const headers = listed?.kind === 'header-list' ? listed.headers : [];
  const needed = protocolHeaders(operation.service, operation.action);
  const absent = needed.filter(
    (n) => !headers.some((h) => h.name.toLowerCase() === n.name && h.value === n.value),
  );
  if (absent.length > 0)
    add(
      'C12',
      `${operation.service.fullName} uses the JSON protocol: the header list needs ${absent.map((h) => `${h.name}: ${h.value}`).join(' and ')}.`,
    );
  if (call?.kind !== 'call-rest' || call.timeout !== timeoutExpression)
    add(
      'C14',
      `Take the Call REST timeout from the request's BasicClientConfig: ${timeoutExpression}.`,
    );
  return findings;
}

function actionFindings(operation: PlannedOperation): NamingFinding[] {
  const element = operationElement(operation);
  const findings: NamingFinding[] = [];
  if (operation.catalogAction === null) {
    findings.push({
      rule: 'C02',
      severity: 'warning',
      element,
      message: `The AWS catalog does not know this ${operation.request.method} ${operation.request.path} call, so the action "${operation.action}" could not be checked against the AWS operation name.`,
    });
  } else if (operation.action !== operation.catalogAction) {
    findings.push({
      rule: 'C02',
      severity: 'warning',
      element,
      message: `The action should be named as AWS names the operation: ${operation.catalogAction}.`,
      quickFix: {
        label: `Use ${operation.catalogAction}`,
        fix: { kind: 'set-action', operationId: operation.id, to: operation.catalogAction },
      },
    });
  }
  const { caption, category } = operation.exposed;
  if (caption !== operation.action || category !== operation.service.fullName) {
    findings.push({
      rule: 'C03',
      severity: 'warning',
      element,
      message: `The exposed microflow action should have caption ${operation.action} and category ${operation.service.fullName}.`,
      quickFix: {
        label: 'Use the AWS names',
        fix: {
          kind: 'set-exposed',
          operationId: operation.id,
          caption: operation.action,
          category: operation.service.fullName,
        },
      },
    });
  }
  if (operation.request.method.toUpperCase() === 'PATCH') {
    findings.push({
      rule: 'C13',
      severity: 'error',
      element,
      message:
        'AWSAuthentication.ENUM_HTTPMethod has no PATCH, so the SigV4Builder cannot sign this call.',
    });
  }
  return findings;
}

function entityFindings(
  operation: PlannedOperation,
  model: EntityModel,
  taken: string[],
): NamingFinding[] {
  const element = operationElement(operation);
  const findings: NamingFinding[] = [];
  const request = model.entities.find((e) => e.id === operation.requestEntityId);
  const rename = (id: string, to: string): QuickFix => ({
    label: `Rename to ${to}`,
    fix: { kind: 'rename-entity', entityId: id, to },
  });
  if (
    !request ||
    !(
      request.generalization === 'AWSAuthentication.AbstractRequest' ||
      model.generalizations.some(
        (g) => g.child === request.id && g.parent === 'AWSAuthentication.AbstractRequest',
      )
    )
  ) {
    findings.push({
      rule: 'C04',
      severity: 'error',
      element,
      message: `The microflow takes a ${operation.action}Request parameter, but no such entity generalizes AWSAuthentication.AbstractRequest.`,
    });
  } else if (request.name !== `${operation.action}Request`) {
    const to = uniqueName(`${operation.action}Request`, taken);
    findings.push({
      rule: 'C04',
      severity: 'warning',
      element: { kind: 'entity', id: request.id, name: request.name },
      message: `The request entity of ${operation.action} should be named ${operation.action}Request.`,
      ...(to === `${operation.action}Request` ? { quickFix: rename(request.id, to) } : {}),
    });
  }
  const response = model.entities.find((e) => e.id === operation.responseEntityId);
  if (!response) {
    findings.push({
      rule: 'C05',
      severity: 'warning',
      element,
      message: `There is no ${operation.action}Response entity; keep one unless the action only returns a Boolean.`,
    });
  } else if (response.name !== `${operation.action}Response`) {
    const to = uniqueName(`${operation.action}Response`, taken);
    findings.push({
      rule: 'C05',
      severity: 'warning',
      element: { kind: 'entity', id: response.id, name: response.name },
      message: `The response entity of ${operation.action} should be named ${operation.action}Response.`,
      ...(to === `${operation.action}Response` ? { quickFix: rename(response.id, to) } : {}),
    });
  }
  return findings;
}

function snippetFindings(operation: PlannedOperation): NamingFinding[] {
  const element = operationElement(operation);
  const findings: NamingFinding[] = [];
  for (const finding of operation.responseStructure.findings) {
    if (finding.kind === 'mixed-array')
      findings.push({
        rule: 'C15',
        severity: 'error',
        element,
        message: `The response has an array mixing kinds of values at ${finding.path}; Studio Pro refuses such a snippet.`,
      });
  }
  const unknown = operation.responseStructure.elements.filter(
    (e) => e.kind === 'Value' && e.primitiveType === 'Unknown',
  );
  if (unknown.length > 0) {
    findings.push({
      rule: 'C15',
      severity: 'warning',
      element,
      message: `Only null samples for ${unknown.map((e) => e.path).join(', ')}: the snippet cannot give a type; save a response with real values.`,
    });
  }
  return findings;
}

/** Findings on each planned operation: microflow, documents, activities, action, entities, snippet. */
export function checkOperations(plan: ConnectorPlan, model: EntityModel): NamingFinding[] {
  const taken = [...model.entities.filter((e) => !e.external).map((e) => e.name), plan.module.name];
  return plan.operations.flatMap((operation) => [
    ...microflowFindings(operation),
    ...documentFindings(operation),
    ...actionFindings(operation),
    ...stepFindings(operation),
    ...entityFindings(operation, model, taken),
    ...snippetFindings(operation),
  ]);
}
