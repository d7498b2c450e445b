import type { OperationModel } from '../../aws/shapes';
import type { StructureElement, StructureFinding } from './types';

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
