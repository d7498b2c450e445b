import type { OperationModel, ShapeType } from '../../aws/shapes';
import type { TypeChoice } from './model-types';
import type { PrimitiveType, StructureElement, StructureFinding } from './types';

/** Levels of nesting the model alone may add below what the samples show. */
export const MAX_MODEL_DEPTH = 8;
/** Positions the model alone may add in all; past it the rest is left out with a finding. */
export const MAX_MODEL_NODES = 5000;

/** One finding of a model-complete structure (each kind has a heading in docs/rules/json-structure.md). */
export const finding = (
  kind: string,
  severity: StructureFinding['severity'],
  path: string,
  message: string,
): StructureFinding => ({ kind, severity, path, message });

/** Why the model added nothing below a member: its shape recurses, or a depth or size limit. */
export function limitFinding(
  limit: 'recursive' | 'depth' | 'size',
  path: string,
  member: string,
): StructureFinding {
  switch (limit) {
    case 'recursive':
      return finding(
        'model-recursive',
        'info',
        path,
        `${member} is recursive in the AWS model (its shape contains itself, as DynamoDB's AttributeValue does). A JSON structure is a fixed tree, so the model adds one level of it and no more; deeper levels appear only as far as the samples show them. Read deeper data as text, or model the levels you need from samples.`,
      );
    case 'depth':
      return finding(
        'model-depth-limit',
        'info',
        path,
        `The AWS model nests deeper than ${MAX_MODEL_DEPTH} levels below what the samples show (at ${member}); deeper members are left out. Save a sample that reaches them to include them.`,
      );
    case 'size':
      return finding(
        'model-size-limit',
        'warning',
        path,
        `The AWS model adds more than ${MAX_MODEL_NODES} elements the samples do not show; the rest (from ${member}) is left out.`,
      );
  }
}

/** A map in the model: modelled as Key/Value items, which Studio Pro's import mapping cannot read as sent. */
export function modelMapFinding(path: string, where: string): StructureFinding {
  return finding(
    'model-map',
    'warning',
    path,
    `${where} is a map in the AWS model: its keys are data, not names. It is modelled as a list of Key/Value objects. Studio Pro's import mapping selects JSON members by name and cannot read a map as AWS sends it: rewrite it into [{"Key": …, "Value": …}] before importing (a Java action on the response text), or leave it out of the import mapping.`,
  );
}

/** The samples hold a container or value where the model has another kind. */
export function shapeConflictFinding(
  path: string,
  where: string,
  expected: string,
  seen: string,
): StructureFinding {
  return finding(
    'model-type-conflict',
    'warning',
    path,
    `${where}: the AWS model says ${expected}, but the samples hold ${seen}; the structure follows the samples here.`,
  );
}

/** What a value's model type did to the samples' type, and its enum values. */
export function valueFindings(
  path: string,
  where: string,
  value: {
    choice: TypeChoice;
    sampled: PrimitiveType;
    awsType: ShapeType;
    timestampFormat: string | undefined;
    enumValues: readonly string[] | undefined;
    xml: boolean;
  },
): StructureFinding[] {
  const { choice, sampled, enumValues } = value;
  const findings: StructureFinding[] = [];
  if (choice.conflict !== undefined)
    findings.push(
      finding(
        'model-type-conflict',
        'warning',
        path,
        `${where}: ${choice.conflict}; kept as ${choice.type}, which holds both.`,
      ),
    );
  else if (choice.epoch)
    findings.push(
      finding(
        'model-epoch-timestamp',
        'info',
        path,
        `${where} is a timestamp in the AWS model, sent as epoch seconds (a number) by this JSON-protocol service; the structure says DateTime, as the model does. Check with a real response that the import mapping reads it; if not, set the element to Decimal.`,
      ),
    );
  else if (sampled !== 'Unknown' && sampled !== choice.type && !value.xml)
    findings.push(
      finding(
        'model-type',
        'info',
        path,
        `${where} is ${choice.type} (AWS type ${value.awsType}${value.timestampFormat ? `, ${value.timestampFormat}` : ''}) though the samples show ${sampled}: the model knows the full range.`,
      ),
    );
  if (enumValues !== undefined)
    findings.push(
      finding(
        'model-enum',
        'info',
        path,
        `${where} takes one of: ${enumValues.slice(0, 20).join(', ')}${enumValues.length > 20 ? `, … (${enumValues.length} in all)` : ''}. An enumeration in the domain model could hold them; the JSON structure keeps a String.`,
      ),
    );
  return findings;
}

/**
 * The findings that describe a model-complete structure as a whole: how many elements each source
 * gave, and every element only the samples show (topmost only: its subtree goes with it).
 */
export function modelSummaryFindings(
  elements: readonly StructureElement[],
  model: OperationModel,
): StructureFinding[] {
  const label = `${model.service} ${model.operation}`;
  let fromModel = 0;
  let fromBoth = 0;
  const sampleOnly: StructureElement[] = [];
  for (const element of elements) {
    if (element.origin === 'model') fromModel += 1;
    else if (element.origin === 'both') fromBoth += 1;
    else if (element.origin === 'sample') {
      const parent = elements[element.parent];
      if (parent === undefined || parent.origin !== 'sample') sampleOnly.push(element);
    }
  }
  const findings: StructureFinding[] = [
    {
      kind: 'model-complete',
      severity: 'info',
      path: elements[0]?.path ?? '(Object)',
      message: `Model-complete: the AWS model of ${label} (aws-sdk v2, 2024) adds ${fromModel} element${fromModel === 1 ? '' : 's'} the samples do not show; ${fromBoth} are in both, ${sampleOnly.length} topmost only in the samples. Switch to sample-only to see what the samples alone give.`,
    },
  ];
  for (const element of sampleOnly) {
    findings.push({
      kind: 'sample-only',
      severity: 'info',
      path: element.path,
      message: `${element.key ?? 'This element'} is in the samples but not in the AWS model of ${label}: kept. It may be newer than the 2024 model, or part of the response envelope (ResponseMetadata, requestId).`,
    });
  }
  return findings;
}
