// Types for build/generate-catalog.mjs, so its test can import it under strict TypeScript.
import type { Catalog } from '../shared/aws/catalog';

export declare const catalogPath: string;
export declare const defaultSdkDir: string;
export declare const retiredServices: Readonly<Record<string, string>>;
export declare const isModelFile: (prefix: string) => (file: string) => boolean;
export declare function latestModelFile(
  files: readonly string[],
  prefix: string,
): string | undefined;
export interface ServiceModelFile {
  /** Catalog id: the key of apis/metadata.json. */
  id: string;
  /** Path of the service's newest minified model. */
  modelPath: string;
  /** When the service was retired (it is hidden), or undefined. */
  retired: string | undefined;
}
export declare function listServiceModels(sdkDir?: string): ServiceModelFile[];
export declare function buildCatalog(sdkDir?: string): Catalog;
export declare function serializeCatalog(catalog: Catalog): string;
