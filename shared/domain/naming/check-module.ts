import type { EntityModel } from '../entity-model/types';
import { recommendedFolders } from '../plan/types';
import type { ConnectorPlan } from '../plan/types';
import { moduleNameFor, toIdentifier, uniqueName } from './identifiers';
import { checkName } from './name-rules';
import type { FindingElement, NamingFinding } from './types';

function moduleFindings(plan: ConnectorPlan, model: EntityModel): NamingFinding[] {
  const element: FindingElement = { kind: 'module', id: 'module', name: plan.module.name };
  const entityNames = model.entities.filter((e) => !e.external).map((e) => e.name);
  const fix = (to: string) => ({ kind: 'rename-module' as const, to });
  // C07 names the module exactly, which covers N08's capital letter.
  const findings = checkName(plan.module.name, {
    element,
    what: 'module',
    taken: entityNames,
    prefix: 'AWS',
    fix,
  }).filter((f) => f.rule !== 'N08');
  const expected = uniqueName(moduleNameFor(plan.module.serviceName), entityNames);
  if (findings.length === 0 && plan.module.name !== moduleNameFor(plan.module.serviceName)) {
    findings.push({
      rule: 'C07',
      severity: 'warning',
      element,
      message: `Name the module after the service as Amazon names it: ${expected}.`,
      quickFix: { label: `Rename to ${expected}`, fix: fix(expected) },
    });
  }
  return findings;
}

function folderFindings(plan: ConnectorPlan): NamingFinding[] {
  const missing = recommendedFolders.filter((folder) => !plan.folders.includes(folder));
  const misplaced = plan.operations.flatMap((operation) => [
    ...(operation.microflow.folder === 'Operations' ? [] : [operation.microflow.name]),
    ...operation.documents.filter((d) => d.folder !== folderOf(d.kind)).map((d) => d.name),
  ]);
  if (missing.length === 0 && misplaced.length === 0) return [];
  const parts = [
    ...(missing.length > 0 ? [`missing folders ${missing.join(', ')}`] : []),
    ...(misplaced.length > 0 ? [`documents outside their folder: ${misplaced.join(', ')}`] : []),
  ];
  return [
    {
      rule: 'C08',
      severity: 'warning',
      element: { kind: 'folder', id: 'folders', name: plan.module.name },
      message: `The module does not follow the recommended folders: ${parts.join('; ')}.`,
      quickFix: {
        label: 'Create the folders and move the documents',
        fix: { kind: 'restore-folders' },
      },
    },
  ];
}

/** The recommended folder of a kind of document. */
export function folderOf(kind: string): string {
  switch (kind) {
    case 'json-structure':
      return 'Private/JSON Snippets';
    case 'xml-schema':
      return 'Private/XML Schemas';
    case 'import-mapping':
      return 'Private/Import Mappings';
    case 'export-mapping':
      return 'Private/Export Mappings';
    case 'enumeration':
      return 'Resources/Enums';
    default:
      return 'Operations';
  }
}

function enumerationFindings(plan: ConnectorPlan): NamingFinding[] {
  const findings: NamingFinding[] = [];
  const names = plan.enumerations.map((e) => e.name);
  for (const enumeration of plan.enumerations) {
    const element: FindingElement = {
      kind: 'enumeration',
      id: enumeration.name,
      name: enumeration.name,
    };
    const fix = (to: string) => ({
      kind: 'rename-enumeration' as const,
      enumeration: enumeration.name,
      to,
    });
    const named = checkName(enumeration.name, {
      element,
      what: 'enumeration',
      taken: names,
      prefix: 'ENUM',
      fix,
    }).filter((f) => f.rule !== 'N08');
    findings.push(...named);
    if (named.length === 0 && !enumeration.name.startsWith('ENUM_')) {
      const to = uniqueName(`ENUM_${enumeration.name}`, names);
      findings.push({
        rule: 'N11',
        severity: 'warning',
        element,
        message: `Enumerations are named with the prefix ENUM_: ${to}.`,
        quickFix: { label: `Rename to ${to}`, fix: fix(to) },
      });
    }
    const values = enumeration.values.map((v) => v.name);
    for (const value of enumeration.values) {
      if (/^[A-Za-z]/.test(value.name) && /^[A-Za-z0-9_]*$/.test(value.name)) continue;
      const to = uniqueName(
        toIdentifier(/^[A-Za-z]/.test(value.name) ? value.name : `Value_${value.name}`),
        values,
      );
      findings.push({
        rule: 'N04',
        severity: 'error',
        element: { kind: 'enumeration', id: `${enumeration.name}.${value.name}`, name: value.name },
        message: `The enumeration value "${value.name}" must start with a letter and use only letters, digits and _.`,
        quickFix: {
          label: `Rename to ${to}`,
          fix: {
            kind: 'rename-enumeration-value',
            enumeration: enumeration.name,
            value: value.name,
            to,
          },
        },
      });
    }
  }
  return findings;
}

function readmeFindings(plan: ConnectorPlan): NamingFinding[] {
  const element: FindingElement = { kind: 'readme', id: 'README.md', name: 'README.md' };
  const findings: NamingFinding[] = [];
  if (plan.typicalUseCases.trim() === '') {
    findings.push({
      rule: 'C16',
      severity: 'warning',
      element,
      message: 'The Marketplace template asks for Typical Use Cases; the section is empty.',
      quickFix: { label: 'Draft the use cases', fix: { kind: 'draft-use-cases' } },
    });
  }
  const undocumented = plan.operations
    .filter((o) => o.documentation.trim() === '')
    .map((o) => o.action);
  if (undocumented.length > 0) {
    findings.push({
      rule: 'C16',
      severity: 'warning',
      element,
      message: `The Activities section needs documentation for ${undocumented.join(', ')}.`,
    });
  }
  return findings;
}

/** Findings on the module as a whole: its name, folders, enumerations and README (C07, C08, C16, N04, N11). */
export function checkModule(plan: ConnectorPlan, model: EntityModel): NamingFinding[] {
  return [
    ...moduleFindings(plan, model),
    ...folderFindings(plan),
    ...enumerationFindings(plan),
    ...readmeFindings(plan),
  ];
}
