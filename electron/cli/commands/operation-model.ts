import type { ServiceShapes, ShapeSource } from '../../../shared/aws/shapes';
import type { OutputModelLookup } from '../../services/catalog/operation-models';

// The catalog (1.3 MB) and the shapes load only when a command names an operation: `structure`
// of a plain file stays as fast as before (see the start-up bench).
async function shapeSource(): Promise<ShapeSource | undefined> {
  const { createShapeStore, findShapesDir } = await import('../../services/catalog/shape-store');
  const dir = findShapesDir();
  return dir === undefined ? undefined : createShapeStore(dir);
}

/** The output model of `service`/`operation` for a model-complete structure, or why there is none. */
export async function cliOutputModel(
  service: string | undefined,
  operation: string | undefined,
): Promise<OutputModelLookup> {
  const { outputModelOf } = await import('../../services/catalog/operation-models');
  return outputModelOf(service && operation ? await shapeSource() : undefined, service, operation);
}

/** The shapes of the named services, for `plan` and `export` (model-complete structures and request entities). */
export async function cliServiceShapes(
  services: Iterable<string>,
): Promise<Map<string, ServiceShapes>> {
  const { loadServiceShapes } = await import('../../services/catalog/operation-models');
  return loadServiceShapes(await shapeSource(), services);
}
