import { resolveRef, typeOf } from '../../aws/shapes';
import type { OperationModel } from '../../aws/shapes';
import { Seen } from './merge-node';
import type { MergeNode } from './merge-node';
import { finding } from './model-findings';
import { Walker } from './model-walker';
import { isMemberKey } from './model-wire';
import type { StructureFinding } from './types';

/**
 * Model-complete structures: the operation's output shape from the AWS model is laid over the tree
 * merged from the samples, before elements are built. Members the samples never showed are added
 * (with plausible example values, so the representative snippet carries them), types come from the
 * shape where the samples cannot tell (a long holding small numbers, a timestamp, a null), lists
 * stay lists with one item, maps are marked for folding into Key/Value items, and each position
 * records whether the samples, the model or both know it. Rules and limits: docs/rules/json-structure.md.
 *
 * This file finds where the output starts in the samples (a payload member, the document element,
 * a query result wrapper); model-walker.ts walks the shape from there.
 */

const xmlProtocols = new Set(['query', 'ec2', 'rest-xml']);

/** What the overlay did, for the summary finding and tests. */
export interface OverlayResult {
  findings: StructureFinding[];
  /** Whether the model was laid over the samples (false when the body is not modelled). */
  applied: boolean;
}

/**
 * Lays the operation's output model over the merged tree. `root` is the samples' root: the body of a
 * JSON response, or the content of an XML response's document element.
 */
export function overlayModel(root: MergeNode, model: OperationModel): OverlayResult {
  const xml = xmlProtocols.has(model.protocol);
  const result: OverlayResult = { findings: [], applied: false };
  const label = `${model.service} ${model.operation}`;
  let body = resolveRef(model.shapes, model.root);
  const wrapper = body.resultWrapper;
  if (body.payload !== undefined) {
    const payloadRef = body.members?.[body.payload];
    const payload = payloadRef ? resolveRef(model.shapes, payloadRef) : undefined;
    if (payload === undefined || typeOf(payload) !== 'structure') {
      result.findings.push(
        finding(
          'model-not-body',
          'info',
          '(Object)',
          `The AWS model of ${label} returns its body as raw ${payload ? typeOf(payload) : 'data'} (${body.payload}), not a structure: the structure follows the samples alone.`,
        ),
      );
      return result;
    }
    body = payload;
  }
  if (root.seen !== 0 && (root.seen & Seen.object) === 0) {
    result.findings.push(
      finding(
        'model-mismatch',
        'warning',
        '(Object)',
        `The samples are not an object, but the AWS model of ${label} returns one: the structure follows the samples alone. Are these samples of ${label}?`,
      ),
    );
    return result;
  }
  let start = root;
  let path = '(Object)';
  // The envelope above the output (the document element, a query wrapper) is known to both.
  const envelope = (node: MergeNode) => {
    node.model ??= { inSamples: node.seen !== 0, shapeType: 'structure' };
  };
  const only = root.children.length === 1 ? root.children[0] : undefined;
  if (
    xml &&
    only !== undefined &&
    (only.seen & Seen.object) !== 0 &&
    !isMemberKey(body, only.key)
  ) {
    // Samples still wrapped in their document element (`{"ListBucketResult": {…}}`): lay over its content.
    envelope(start);
    start = only;
    path = `${path}|${only.key as string}`;
  }
  if (xml && wrapper !== undefined) {
    // Query services wrap the output in <OperationResult> inside the document element.
    if (start.seen === 0) start.markObject();
    envelope(start);
    start = start.find(wrapper) ?? start.child(wrapper);
    path = `${path}|${wrapper}`;
  }
  result.applied = true;
  new Walker(model, xml, result.findings).run({
    node: start,
    ref: model.root.payload === undefined ? model.root : body,
    required: true,
    ancestors: null,
    modelDepth: 0,
    where: '',
    path,
  });
  return result;
}
