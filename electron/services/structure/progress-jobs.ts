/** How far one inference job has got: `fraction` is null until the first report. */
export interface JobProgress {
  fraction: number | null;
  done: boolean;
}

/** Progress of inference jobs by the caller's job id; finished jobs are remembered, the oldest forgotten past `keep`. */
export class ProgressJobs {
  private readonly jobs = new Map<string, JobProgress>();

  constructor(private readonly keep = 64) {}

  /** Registers a job that has started. */
  start(jobId: string): void {
    this.jobs.delete(jobId);
    this.jobs.set(jobId, { fraction: null, done: false });
    this.forgetOldest();
  }

  /** Records a progress report of a running job. */
  report(jobId: string, fraction: number): void {
    const job = this.jobs.get(jobId);
    if (job && !job.done) job.fraction = Math.max(0, Math.min(1, fraction));
  }

  /** Marks a job finished, whether it succeeded or failed. */
  finish(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (job) job.done = true;
  }

  /** A job's progress; an unknown id (not started yet, or long forgotten) reads as not started. */
  get(jobId: string): JobProgress {
    const job = this.jobs.get(jobId);
    return job ? { ...job } : { fraction: null, done: false };
  }

  private forgetOldest(): void {
    for (const id of this.jobs.keys()) {
      if (this.jobs.size <= this.keep) return;
      this.jobs.delete(id);
    }
  }
}
