export type * from './types';
export { deriveEntityModel } from './derive';
export type { ModelOperation } from './derive';
export { mergeEntityModels } from './merge';
export { fitName, maxNameLength, validateName } from './validate-name';
export { modelDecisionsSchema } from './decisions-schema';
export type { NameProblem, NameValidation } from './validate-name';
export {
  allowedTypeChanges,
  defaultModelConventions,
  defaultModelDecisions,
  isEpochConversion,
  mapAutomaticallyConventions,
  withAttributeType,
  withDocumentation,
  withExcluded,
  withName,
} from './decisions';
export type { ModelConventions, ModelDecisions, ReservedNameStyle } from './decisions';
export { attributeTypeLabel } from './documentation';
