import type { CollectionData, CollectionRequest, Environment } from '../schema';
import type { ConversionReport } from '../report';

/** The collection's requests in the user's order (requests missing from `order` last, by slug). */
export function orderedRequests(data: CollectionData): CollectionRequest[] {
  const position = new Map(data.collection.order.map((slug, index) => [slug, index]));
  return [...data.requests].sort(
    (a, b) =>
      (position.get(a.slug) ?? Infinity) - (position.get(b.slug) ?? Infinity) ||
      a.slug.localeCompare(b.slug),
  );
}

/** The environment an export uses: the named one, else the first. */
export function chooseEnvironment(
  data: CollectionData,
  name: string | undefined,
): Environment | undefined {
  return (
    data.collection.environments.find((e) => e.name === name) ?? data.collection.environments[0]
  );
}

/** Reports what a request holds that no export format carries. */
export function reportStudioOnly(
  entry: CollectionRequest,
  report: ConversionReport,
  format: string,
): void {
  const { request } = entry;
  const where = request.name;
  if (request.structureDecisions)
    report.add('dropped', where, `structure decisions are not held by ${format}`);
  if (request.modelDecisions)
    report.add('dropped', where, `model decisions are not held by ${format}`);
  if (request.credentialId)
    report.add(
      'dropped',
      where,
      `credential reference "${request.credentialId}" is not held by ${format}; keys are variables`,
    );
  if (request.body?.kind === 'base64')
    report.add('dropped', where, `a binary body cannot be held by ${format}`);
}
