import { createHash } from 'node:crypto';
import { exportBundle } from '../../../shared/domain/bundle/export-bundle';
import type { BundleFile } from '../../../shared/domain/bundle/export-bundle';
import { layoutEntityModel } from '../../../shared/domain/diagram/layout';
import type { EntityModel } from '../../../shared/domain/entity-model/types';
import type { ConnectorPlan } from '../../../shared/domain/plan/types';
import { writeBundleFolder, writeBundleZip } from './write-bundle';

/** SHA-256 of a text's UTF-8 bytes, in hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The bundle's files for a plan and its model, with the diagram laid out as on screen. */
export async function bundleFiles(plan: ConnectorPlan, model: EntityModel): Promise<BundleFile[]> {
  return exportBundle({ plan, model, diagram: await layoutEntityModel(model), hash: sha256Hex });
}

/** Writes a bundle to a `.zip` file or a folder, chosen by the target's extension; returns the bytes written. */
export async function writeBundle(files: readonly BundleFile[], target: string): Promise<number> {
  return /\.zip$/i.test(target) ? writeBundleZip(files, target) : writeBundleFolder(files, target);
}
