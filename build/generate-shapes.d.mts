// Types for build/generate-shapes.mjs, so its test and the build can use it under strict TypeScript.
import type { ServiceShapes } from '../shared/aws/shapes';

/** dist/aws-shapes of this checkout. */
export declare const defaultShapesDir: string;

/** A declared type of clients/<id>.d.ts, as far as enrichment needs it. */
export type DeclaredType =
  | {
      kind: 'interface';
      members: Record<string, { type: string; documentation: string | undefined }>;
    }
  | { kind: 'enum'; values: string[] }
  | { kind: 'list'; item: string }
  | { kind: 'map'; value: string }
  | { kind: 'alias'; target: string };

export interface Declarations {
  types: Map<string, DeclaredType>;
  /** By SDK method name (`describeVoices`): the operation's input and output type names. */
  methods: Map<string, { input: string | undefined; output: string | undefined }>;
}

export declare function parseDeclarations(text: string): Declarations;
export declare function cleanDocumentation(text: string): string | undefined;
export declare function shapesFromModel(
  id: string,
  model: unknown,
  declarationsText: string | undefined,
): ServiceShapes;
export declare function buildServiceShapes(
  catalogId: string,
  sdkDir?: string,
): ServiceShapes | undefined;

export interface ShapesWriteSummary {
  files: number;
  bytes: number;
  largest: Array<{ id: string; bytes: number }>;
  milliseconds: number;
}
export declare function writeAllShapes(outDir: string, sdkDir?: string): ShapesWriteSummary;
export declare function describeSummary(outDir: string, summary: ShapesWriteSummary): string;
