import { awsCatalog, findOperation, findService } from '../../../shared/aws/catalog';
import type { Catalog } from '../../../shared/aws/catalog';
import { operationModel } from '../../../shared/aws/shapes';
import type { OperationModel, ServiceShapes, ShapeSource } from '../../../shared/aws/shapes';
import type { StructureFinding } from '../../../shared/domain/json-structure/index';

/** The output model of an operation, or why the structure stays sample-only (as a finding). */
export type OutputModelLookup = { model: OperationModel } | { finding: StructureFinding };

const unavailable = (message: string): OutputModelLookup => ({
  finding: { kind: 'model-unavailable', severity: 'info', path: '(Object)', message },
});

/**
 * Looks up the output model of `service`/`operation` for a model-complete structure. A request
 * made by method and path, a service the catalog does not know, or a missing shapes file keeps
 * today's sample-only structure, and the finding says which.
 */
export async function outputModelOf(
  source: ShapeSource | undefined,
  service: string | undefined,
  operation: string | undefined,
  catalog: Catalog = awsCatalog,
): Promise<OutputModelLookup> {
  if (!service || !operation)
    return unavailable(
      'Sample-only: the request was made by method and path, not picked from the AWS catalog, so no AWS model is known; the structure shows only what the samples hold.',
    );
  const known = findService(catalog, service);
  if (!known)
    return unavailable(
      `Sample-only: "${service}" is not in the AWS catalog (aws-sdk v2, 2024), so no model is known; the structure shows only what the samples hold.`,
    );
  const op = findOperation(known, operation);
  if (!op)
    return unavailable(
      `Sample-only: ${known.id} has no operation "${operation}" in the AWS catalog (2024); the structure shows only what the samples hold.`,
    );
  const shapes = source ? await source.serviceShapes(known.id) : undefined;
  if (!shapes)
    return unavailable(
      'Sample-only: the AWS shapes are not built (run `npm run build`), so the structure shows only what the samples hold.',
    );
  const model = operationModel(shapes, op.name, 'output');
  if (!model)
    return unavailable(`Sample-only: ${known.id} ${op.name} returns no body in the AWS model.`);
  return { model };
}

/** The shapes of every catalog service among `services`, for the plan (which is pure and synchronous). */
export async function loadServiceShapes(
  source: ShapeSource | undefined,
  services: Iterable<string>,
  catalog: Catalog = awsCatalog,
): Promise<Map<string, ServiceShapes>> {
  const loaded = new Map<string, ServiceShapes>();
  if (!source) return loaded;
  for (const name of new Set(services)) {
    const known = findService(catalog, name);
    if (!known || loaded.has(known.id)) continue;
    const shapes = await source.serviceShapes(known.id);
    if (shapes) loaded.set(known.id, shapes);
  }
  return loaded;
}
