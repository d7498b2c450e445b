import type { Environment } from '../../../shared/domain/collection';
import { activeEnvironment } from './apply-variables';
import { useCollectionsStore } from './store';

/** Whether a collection is open, and the environment chosen in it (undefined for "No environment"). */
export function useActiveEnvironment(): { open: boolean; environment: Environment | undefined } {
  const open = useCollectionsStore((s) => s.dir !== undefined && s.data !== undefined);
  const environment = useCollectionsStore(activeEnvironment);
  return { open, environment };
}
