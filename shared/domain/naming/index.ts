export type * from './types';
export { reservedWords, isReservedWord } from './reserved-words';
export {
  isIdentifier,
  isValidName,
  moduleNameFor,
  toIdentifier,
  uniqueName,
  upperCamel,
} from './identifiers';
export { sanitizeFileName, assignFileNames } from './file-names';
export { checkConnector, hasErrors } from './check-connector';
export { applyFix } from './apply-fix';
export type { FixResult } from './apply-fix';
