export type {
  ElementKind,
  JsonStructure,
  PrimitiveType,
  StructureDecisions,
  StructureElement,
  StructureFinding,
  FindingSeverity,
} from './types';
export { defaultStructureDecisions } from './types';
export { inferJsonStructure, inferLikeStudioPro } from './infer';
export type { InferOptions } from './infer';
export { StructureParseError } from './parse-error';
export { applyStructureDecisions, suggestHowToExclusions } from './decisions';
export { toRepresentativeSnippet } from './snippet';
export { formatStructureTree, formatOccurrence, formatType } from './text-tree';
export { validateCustomName, isReservedWord, singularize, exposedNameOf } from './names';
export { MAX_JSON_NESTING, jsonNestingDepth, nestingLimitReason } from './nesting';
export { toStructureDocument, documentPath, abbreviatePath } from './structure-document';
export type { StructureDocument, DocumentElement, DocumentFinding } from './structure-document';
