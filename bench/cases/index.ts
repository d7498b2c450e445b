import type { BenchSuite } from '../suite';
import { modelSuite } from './model';
import { signingSuites } from './signing';
import { startupSuite } from './startup';
import { structureSuites } from './structure';

/** Every benchmark suite `npm run bench` runs, in order; append new suites here. */
export const suites: BenchSuite[] = [
  ...signingSuites,
  ...structureSuites,
  modelSuite,
  startupSuite,
];
