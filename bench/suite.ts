/** One measured operation of a benchmark suite. */
export interface BenchCase {
  name: string;
  /** Performs one operation; a returned promise is awaited. */
  run: () => unknown;
  /** Bytes handled per operation: the table then shows MB/s instead of ops/s. */
  bytesPerOp?: number;
}

/** A group of cases printed as one table, each compared with the baseline case. */
export interface BenchSuite {
  name: string;
  /** Name of the case every ratio is computed against. */
  baseline: string;
  cases: BenchCase[];
  /** Runs once before the cases (e.g. build inputs, check that the cases agree). */
  setup?: () => Promise<void> | void;
  /** Milliseconds of warm-up per case (default 300). */
  warmupMs?: number;
  /** Milliseconds measured per case in total (default 2000), split over the rounds. */
  measureMs?: number;
  /** Interleaved rounds per case; the median round is reported (default 5). */
  rounds?: number;
}
