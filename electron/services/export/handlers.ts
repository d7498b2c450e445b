import { Buffer } from 'node:buffer';
import { awsCatalog } from '../../../shared/aws/catalog';
import { applyFix } from '../../../shared/domain/naming/apply-fix';
import { checkConnector } from '../../../shared/domain/naming/check-connector';
import { sanitizeFileName } from '../../../shared/domain/naming/file-names';
import { buildConnector } from '../../../shared/domain/plan/build-connector';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { StudioError } from '../../../shared/ipc/errors';
import type { ShapeSource } from '../../../shared/aws/shapes';
import { loadServiceShapes } from '../catalog/operation-models';
import { bundleFiles } from './bundle-service';
import { toRecordedOperations } from './recorded';
import { writeBundleFolder, writeBundleZip, zipBundle } from './write-bundle';

export interface ExportHandlerDeps {
  mode: 'desktop' | 'browser';
  /** The whole kept body of a response as text (the engine's response registry). */
  readBody(responseId: string): Promise<string>;
  /** Desktop: asks where to save the bundle; undefined means cancelled. */
  chooseSavePath?: (suggestedName: string, format: 'zip' | 'folder') => Promise<string | undefined>;
  toolVersion: string;
  /** The AWS shapes: catalog operations get model-complete structures and full request entities. */
  shapes?: ShapeSource;
}

export type ExportHandlers = Pick<
  Handlers<unknown>,
  'plan.build' | 'plan.applyFix' | 'bundle.export'
>;

/** Malformed plans or models from the bridge surface as invalid input, not as internal errors. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw new StudioError(
      'invalid-input',
      'The plan or model could not be read; build the plan again.',
    );
  }
}

/** The `plan.*` and `bundle.export` operations of the contract. */
export function createExportHandlers(deps: ExportHandlerDeps): ExportHandlers {
  return {
    'plan.build': async (input) => {
      const operations = await toRecordedOperations(input.operations, deps.readBody);
      const shapes = await loadServiceShapes(
        deps.shapes,
        operations.map((operation) => operation.request.service),
      );
      const { plan, model } = buildConnector({
        operations,
        catalog: awsCatalog,
        shapes,
        settings: { ...input.settings, toolVersion: deps.toolVersion },
        ...(input.studioProVersion ? { studioProVersion: input.studioProVersion } : {}),
      });
      return { plan, model, findings: checkConnector(plan, model) };
    },
    'plan.applyFix': async (input) => guarded(() => applyFix(input.plan, input.model, input.fix)),
    'bundle.export': async (input) => {
      let files;
      try {
        files = await bundleFiles(input.plan, input.model);
      } catch (error) {
        throw error instanceof StudioError
          ? error
          : new StudioError(
              'invalid-input',
              'The plan or model could not be read; build the plan again.',
            );
      }
      const baseName = sanitizeFileName(input.plan.module.name);
      if (deps.mode === 'browser' || !deps.chooseSavePath) {
        const zip = zipBundle(files);
        return {
          cancelled: false,
          fileCount: files.length,
          bytes: zip.byteLength,
          download: { fileName: `${baseName}.zip`, base64: Buffer.from(zip).toString('base64') },
        };
      }
      const format = input.format;
      const target = await deps.chooseSavePath(
        format === 'zip' ? `${baseName}.zip` : baseName,
        format,
      );
      if (target === undefined) return { cancelled: true, fileCount: 0, bytes: 0 };
      const bytes =
        format === 'zip'
          ? await writeBundleZip(files, /\.zip$/i.test(target) ? target : `${target}.zip`)
          : await writeBundleFolder(files, target);
      return { cancelled: false, savedTo: target, fileCount: files.length, bytes };
    },
  };
}
