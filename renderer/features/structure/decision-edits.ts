import type {
  StructureDecisions,
  StructureElement,
} from '../../../shared/domain/json-structure/types';

/** The decisions with a custom name set for `path`, or removed when the name is empty or the default. */
export function withCustomName(
  decisions: StructureDecisions,
  element: StructureElement,
  name: string,
): StructureDecisions {
  const customNames = { ...decisions.customNames };
  const trimmed = name.trim();
  if (trimmed === '' || trimmed === element.defaultName) delete customNames[element.path];
  else customNames[element.path] = trimmed;
  return { ...decisions, customNames };
}

/** The decisions with the element included in or excluded from the mapping. */
export function withIncluded(
  decisions: StructureDecisions,
  path: string,
  included: boolean,
): StructureDecisions {
  const excluded = decisions.excluded.filter((p) => p !== path);
  const reincluded = decisions.included.filter((p) => p !== path);
  if (!included) excluded.push(path);
  return { ...decisions, excluded, included: reincluded };
}

/** The decisions with model-complete mode switched on (the default, so the key goes) or off. */
export function withModelComplete(
  decisions: StructureDecisions,
  modelComplete: boolean,
): StructureDecisions {
  const { sampleOnly: _sampleOnly, ...rest } = decisions;
  return modelComplete ? rest : { ...rest, sampleOnly: true };
}
