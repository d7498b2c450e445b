import type { Association, Entity, EntityModel, ModelFinding } from './types';
import { unifyParts } from './unify';

function prefixed(prefix: string, id: string, external: Set<string>): string {
  return external.has(id) ? id : `${prefix}${id}`;
}

function scopeModel(model: EntityModel): EntityModel {
  // Ids are per operation ("response:(Object)"); in a connector-wide model they get the action in front.
  const prefix = `${model.actions.join('+')}/`;
  const external = new Set(model.entities.filter((e) => e.external).map((e) => e.id));
  const id = (value: string) => prefixed(prefix, value, external);
  const entities: Entity[] = model.entities.map((e) => ({
    ...e,
    id: id(e.id),
    sourceIds: e.sourceIds.map(id),
    attributes: e.attributes.map((a) => ({ ...a, id: e.external ? a.id : `${prefix}${a.id}` })),
  }));
  const associations: Association[] = model.associations.map((a) => ({
    ...a,
    id: a.id.startsWith('AWSAuthentication.') ? a.id : `${prefix}${a.id}`,
    parent: id(a.parent),
    child: id(a.child),
  }));
  const findings: ModelFinding[] = model.findings.map((f) => ({
    ...f,
    element: `${prefix}${f.element}`,
  }));
  return {
    ...model,
    entities,
    associations,
    generalizations: model.generalizations.map((g) => ({
      child: id(g.child),
      parent: id(g.parent),
    })),
    findings,
    excluded: model.excluded.map((x) => ({ ...x, id: `${prefix}${x.id}` })),
  };
}

/**
 * Combines the models of several operations of one connector into one domain model: same-named
 * compatible entities are merged, incompatible ones reported and renamed, names stay unique.
 * Ids get the action in front (`DescribeVoices/response:(Object)`).
 */
export function mergeEntityModels(models: readonly EntityModel[]): EntityModel {
  const scoped = models.map(scopeModel);
  const findings = scoped.flatMap((m) => m.findings);
  const parts = unifyParts(
    {
      entities: scoped.flatMap((m) => m.entities),
      associations: scoped.flatMap((m) => m.associations),
      generalizations: scoped.flatMap((m) => m.generalizations),
    },
    findings,
  );
  return {
    serviceName: models[0]?.serviceName ?? '',
    actions: models.flatMap((m) => m.actions),
    ...parts,
    findings,
    excluded: scoped.flatMap((m) => m.excluded),
  };
}
