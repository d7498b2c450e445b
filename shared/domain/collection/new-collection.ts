import { FORMAT_VERSION } from './schema';
import type { CollectionData } from './schema';

/** An empty collection for a service and region. */
export function newCollection(options: {
  name: string;
  service: string;
  region: string;
}): CollectionData {
  return {
    collection: {
      formatVersion: FORMAT_VERSION,
      ...options,
      environments: [],
      folders: [],
      order: [],
    },
    requests: [],
  };
}
