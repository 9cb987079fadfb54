// The submissions whose findings are still being worked out in this process. A submission is
// answered once its verdict is stored; mutant matching and growth runs (most of the CPU an
// analysis costs) follow here, in the judge's background lane, so a class submitting at once
// gets its verdicts first. The database is the source of truth (`analyzed_at is null`): what is
// lost here by a crash or a shutdown is picked up again by the abandoned-submission recovery.

export class AnalysisBacklog {
  private readonly running = new Map<string, Promise<void>>();
  private readonly shutdown = new AbortController();

  /** `onError` hears of analyses that failed; their rows stay to do for the recovery. */
  constructor(private readonly onError: (error: unknown, submissionId: string) => void) {}

  /** Aborted once the process is shutting down: results found after that are not stored. */
  get signal(): AbortSignal {
    return this.shutdown.signal;
  }

  get size(): number {
    return this.running.size;
  }

  has(submissionId: string): boolean {
    return this.running.has(submissionId);
  }

  ids(): IterableIterator<string> {
    return this.running.keys();
  }

  /** Runs `task` for a submission unless one is already running for it here or we are closing. */
  add(submissionId: string, task: () => Promise<void>): void {
    if (this.signal.aborted || this.running.has(submissionId)) return;
    const done = task()
      .catch((error: unknown) => this.onError(error, submissionId))
      .finally(() => this.running.delete(submissionId));
    this.running.set(submissionId, done);
  }

  /** Settles when this process's analysis of the submission is over (at once when there is none). */
  async settled(submissionId: string): Promise<void> {
    await this.running.get(submissionId);
  }

  /** Settles when nothing is left to do here. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  /** Stops taking work and lets what runs end; their rows stay to do for the recovery. */
  async close(): Promise<void> {
    this.shutdown.abort();
    await this.idle();
  }
}
