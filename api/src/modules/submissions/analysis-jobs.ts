// Analyses as durable jobs (BullMQ on Redis), when Redis is configured: a submission's analysis
// (mutants, growth runs, final findings, profile, feedback) is queued by whichever process stored
// its verdict, and any process that works the queue takes it: the server itself (RUN_JOBS, the
// default) or `codementor worker` processes on other machines. A worker that dies mid-job loses
// its lock, and the job goes back to the queue for another (BullMQ's stalled-job check). The job
// is idempotent: it completes only a row still unanalyzed, in one transaction with the profile
// update, so a job run twice counts once. Without Redis, the in-process backlog does this.
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';

const QUEUE_NAME = 'codementor-analysis';

export interface AnalysisJobsOptions {
  /** How long a worker's hold on a job lasts without renewal: a dead worker's job waits this long. */
  lockMs: number;
}

export class AnalysisJobs {
  private readonly connection: Redis;
  private readonly queue: Queue;
  private worker: Worker | null = null;

  constructor(
    redisUrl: string,
    private readonly options: AnalysisJobsOptions,
  ) {
    // BullMQ blocks on its connections while waiting for jobs: no per-command retry limit there.
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.connection.on('error', () => undefined); // reconnects by itself; the recovery re-queues what is lost
    this.queue = new Queue(QUEUE_NAME, { connection: this.connection });
    this.queue.on('error', () => undefined);
  }

  /** Queues the analysis of a submission; a second request for one already waiting or running is the same job. */
  async enqueue(submissionId: string): Promise<void> {
    await this.queue.add(
      'analyze',
      { submissionId },
      {
        jobId: submissionId,
        attempts: 3,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    );
  }

  /** Starts taking jobs in this process, `concurrency` at a time. */
  work(analyze: (submissionId: string) => Promise<void>, concurrency = 1): void {
    if (this.worker) return;
    this.worker = new Worker<{ submissionId: string }>(QUEUE_NAME, (job) => analyze(job.data.submissionId), {
      connection: this.connection,
      concurrency,
      lockDuration: this.options.lockMs,
      stalledInterval: Math.max(1000, Math.round(this.options.lockMs / 2)),
    });
    this.worker.on('error', () => undefined);
  }

  get working(): boolean {
    return this.worker !== null;
  }

  /** Jobs waiting or running, for /metrics and tests. */
  async pending(): Promise<number> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  /**
   * Stops at once: a job in progress is abandoned, not awaited (an analysis can take seconds);
   * its lock expires and another worker (or this one, restarted) takes it again.
   */
  async close(): Promise<void> {
    await this.worker?.close(true).catch(() => undefined);
    await this.queue.close().catch(() => undefined);
    this.connection.disconnect();
  }
}
