export * from './schema';
export { serializeFile } from './serialize';
export { slugify, uniqueSlug, isSafeSlug } from './slug';
export { migrateCollectionFile, migrateRequestFile } from './migrate';
export type { MigrationResult } from './migrate';
export {
  environmentValues,
  findVariables,
  secretReferences,
  substitute,
  substituteRequest,
  unresolvedVariables,
} from './variables';
export type { VariableSpan } from './variables';
export type { ConversionNote, FoundSecret } from './report';
export { replaceCredentialRefs } from './secrets';
export { mergeCollections } from './merge';
export { resolvedEndpoint, toRequestSpec } from './spec';
export { joinBasePath, resolveEndpointText } from './endpoint';
export type { ResolvedEndpoint } from './endpoint';
export type { SpecResult } from './spec';
export { detectFormat, importCollection } from './formats/detect';
export type { ImportFormat } from './formats/detect';
export type { ImportResult } from './formats/postman-import';
export { exportPostman, POSTMAN_V21_SCHEMA } from './formats/postman-export';
export type { ExportResult } from './formats/postman-export';
export { exportCurl, curlCommand } from './formats/curl-export';
export { newCollection } from './new-collection';
