/** One measured operation of a benchmark suite. */
export interface BenchCase {
  name: string;
  /** Performs one operation; a returned promise is awaited. */
  run: () => unknown;
  /** Bytes handled per operation: the table then shows MB/s instead of ops/s. */
  bytesPerOp?: number;
  /** Operations per timed batch; overrides the suite's (1 for operations that take seconds). */
  batch?: number;
}

/** A group of cases printed as one table, each compared with the baseline case. */
export interface BenchSuite {
  name: string;
  /** Name of the case every ratio is computed against; a name no case has prints no ratios. */
  baseline: string;
  cases: BenchCase[];
  /** Runs once before the cases (e.g. build inputs, check that the cases agree). */
  setup?: () => Promise<void> | void;
  /** Milliseconds of warm-up per case (default 300); 0 skips the warm-up. */
  warmupMs?: number;
  /**
   * Milliseconds measured per case in total (default 2000), split over the rounds. A round always
   * runs at least one batch, so a slow case runs `rounds` times however small this is.
   */
  measureMs?: number;
  /** Interleaved rounds per case; the median round is reported (default 5). */
  rounds?: number;
  /** Operations per timed batch (default 64); each case may override it. */
  batch?: number;
  /** `rate` (default) shows MB/s or ops/s; `ms` shows milliseconds per operation, for slow stages. */
  unit?: 'rate' | 'ms';
}
