import type { Entity, EntityModel } from '../entity-model/types';

/** Whether an entity id belongs to an action's side, in a one-operation or a merged model. */
function isOfAction(id: string, model: EntityModel, action: string, localId: string): boolean {
  if (id === `${action}/${localId}`) return true;
  return model.actions.length === 1 && model.actions[0] === action && id === localId;
}

/**
 * The root entity of an action's request or response: the entity derived from the root object
 * (`{Action}Request` / `{Action}Response` by convention), or undefined when it is left out.
 */
export function findActionRoot(
  model: EntityModel,
  action: string,
  side: 'request' | 'response',
): Entity | undefined {
  const localId = `${side}:(Object)`;
  return model.entities.find(
    (entity) =>
      !entity.external && entity.sourceIds.some((id) => isOfAction(id, model, action, localId)),
  );
}

/** Every connector entity of an action's side (merged entities count for each action they serve). */
export function entitiesOfAction(
  model: EntityModel,
  action: string,
  side: 'request' | 'response',
): Entity[] {
  return model.entities.filter(
    (entity) =>
      !entity.external &&
      entity.side === side &&
      entity.sourceIds.some(
        (id) =>
          id.startsWith(`${action}/${side}:`) ||
          (model.actions.length === 1 && model.actions[0] === action && id.startsWith(`${side}:`)),
      ),
  );
}
