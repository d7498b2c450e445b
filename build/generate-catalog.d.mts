// Types for build/generate-catalog.mjs, so its test can import it under strict TypeScript.
import type { Catalog } from '../shared/aws/catalog';

export declare const catalogPath: string;
export declare const defaultSdkDir: string;
export declare const retiredServices: Readonly<Record<string, string>>;
export declare function buildCatalog(sdkDir?: string): Catalog;
export declare function serializeCatalog(catalog: Catalog): string;
