import type { JsonStructure, StructureDecisions } from './types';
import { MergeNode } from './merge-node';
import { Scanner } from './scanner';
import type { ScanContext } from './scanner';
import { buildElements } from './build-elements';
import { foldMapKeys } from './map-keys';
import { assignDefaultNames } from './assign-names';
import { applyStructureDecisions } from './decisions';
import { overlayModel } from './model-overlay';
import { modelSummaryFindings } from './model-findings';
import type { OperationModel } from '../../aws/shapes';

export interface InferOptions {
  /** Anonymous item naming; the decisions' version, when given, wins. */
  studioProVersion: 9 | 10;
  /** AWS protocol of the service (`json`, `rest-json`, `query`, `ec2`, `rest-xml`); JSON ones mark epoch timestamps. */
  protocol?: string;
  decisions?: StructureDecisions;
  /** Studio Pro's own rule: read only the first item of every array (and only the first sample). */
  firstItemOnly?: boolean;
  /**
   * The operation's output model (model-complete mode): every member of the output shape appears,
   * merged with the samples; see model-overlay.ts. Without it the structure follows the samples alone.
   */
  model?: OperationModel;
  /** Called now and then with the fraction of the current sample scanned, for progress on large inputs. */
  onProgress?: (fraction: number, sampleIndex: number) => void;
}

/**
 * Infers the Mendix JSON structure of one operation from its samples (JSON texts), merging every
 * array item and every sample in a single pass over each text. Throws `StructureParseError` on
 * malformed JSON.
 */
export function inferJsonStructure(
  samples: readonly string[],
  options: InferOptions,
): JsonStructure {
  if (samples.length === 0) throw new Error('No samples to infer a structure from.');
  const root = new MergeNode(null);
  const context: ScanContext = {
    serial: 0,
    firstItemOnly: options.firstItemOnly === true,
    sampleIndex: 0,
  };
  const texts = options.firstItemOnly ? samples.slice(0, 1) : samples;
  texts.forEach((text, index) => {
    context.sampleIndex = index;
    const onProgress = options.onProgress;
    if (onProgress) context.onProgress = (fraction) => onProgress(fraction, index);
    new Scanner(text, context).run(root, index === 0);
  });
  const version = options.decisions?.studioProVersion ?? options.studioProVersion;
  const overlay =
    options.model && !options.firstItemOnly ? overlayModel(root, options.model) : undefined;
  const modelled = overlay?.applied === true;
  const built = buildElements(root, options.protocol, modelled);
  const findings = built.findings;
  const elements = foldMapKeys(built.elements, findings, {
    maps: built.modelMaps,
    structures: built.modelStructures,
  });
  findings.push(...assignDefaultNames(elements, version));
  if (overlay && options.model) {
    findings.push(...overlay.findings);
    if (modelled) findings.push(...modelSummaryFindings(elements, options.model));
  }
  const structure: JsonStructure = { elements, findings, studioProVersion: version };
  if (options.protocol !== undefined) structure.protocol = options.protocol;
  if (modelled && options.model)
    structure.model = { service: options.model.service, operation: options.model.operation };
  return options.decisions ? applyStructureDecisions(structure, options.decisions) : structure;
}

/** What Studio Pro itself derives from one snippet: the first item of every array only. */
export function inferLikeStudioPro(
  snippet: string,
  options: Omit<InferOptions, 'firstItemOnly'>,
): JsonStructure {
  return inferJsonStructure([snippet], { ...options, firstItemOnly: true });
}
