// Judging and analysis as durable jobs (BullMQ on Redis), when Redis is configured. Any process
// that works the queues takes them: the server itself (RUN_JOBS, the default) or `codementor
// worker` processes on other machines; an API replica with RUN_JOBS=false judges nothing itself.
// - judge: a stored pending submission, judged and its verdict stored; the API that took the
//   submission waits for it (its answer is the verdict).
// - analyze: a judged submission's mutants, growth runs, final findings, profile and feedback.
// A worker that dies mid-job loses its lock, and the job goes back to the queue for another
// (BullMQ's stalled-job check). Both jobs are idempotent: each completes only a row still in the
// state it expects, in one transaction with the profile update, so a job run twice counts once.
// Two queues, so a verdict someone waits for never queues behind analyses.
import { type Job, Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';

const JUDGE_QUEUE = 'codementor-judge';
const ANALYSIS_QUEUE = 'codementor-analysis';

export interface SubmissionJobsOptions {
  /** How long a worker's hold on a job lasts without renewal: a dead worker's job waits this long. */
  lockMs: number;
}

export interface JobHandlers {
  judge(submissionId: string): Promise<void>;
  analyze(submissionId: string): Promise<void>;
}

export class SubmissionJobs {
  private readonly connection: Redis;
  private readonly judgeQueue: Queue;
  private readonly analysisQueue: Queue;
  private judgeEvents: QueueEvents | null = null;
  private readonly workers: Worker[] = [];

  constructor(
    private readonly redisUrl: string,
    private readonly options: SubmissionJobsOptions,
  ) {
    // BullMQ blocks on its connections while waiting for jobs: no per-command retry limit there.
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    this.connection.on('error', () => undefined); // reconnects by itself; the recovery re-queues what is lost
    this.judgeQueue = new Queue(JUDGE_QUEUE, { connection: this.connection });
    this.analysisQueue = new Queue(ANALYSIS_QUEUE, { connection: this.connection });
    for (const queue of [this.judgeQueue, this.analysisQueue]) queue.on('error', () => undefined);
  }

  /** Queues the analysis of a submission; a second request for one already waiting or running is the same job. */
  async enqueue(submissionId: string): Promise<void> {
    await this.analysisQueue.add('analyze', { submissionId }, { ...jobOptions(submissionId), attempts: 3, backoff: { type: 'exponential', delay: 2000 } });
  }

  /** Queues the judging of a pending submission without waiting (the recovery's way). */
  async enqueueJudging(submissionId: string): Promise<Job> {
    // One attempt: a verdict that failed is the caller's to report (or the recovery's to retry).
    return this.judgeQueue.add('judge', { submissionId }, jobOptions(submissionId));
  }

  /** Queues the judging of a pending submission and waits until a worker has stored its verdict. */
  async judge(submissionId: string, timeoutMs: number): Promise<void> {
    this.judgeEvents ??= new QueueEvents(JUDGE_QUEUE, { connection: new Redis(this.redisUrl, { maxRetriesPerRequest: null }) });
    this.judgeEvents.on('error', () => undefined);
    await this.judgeEvents.waitUntilReady();
    const job = await this.enqueueJudging(submissionId);
    await job.waitUntilFinished(this.judgeEvents, timeoutMs);
  }

  /** Starts taking jobs in this process: verdicts `judgeConcurrency` at a time, analyses one at a time. */
  work(handlers: JobHandlers, judgeConcurrency: number): void {
    if (this.workers.length > 0) return;
    const settings = { connection: this.connection, lockDuration: this.options.lockMs, stalledInterval: Math.max(1000, Math.round(this.options.lockMs / 2)) };
    this.workers.push(
      new Worker<{ submissionId: string }>(JUDGE_QUEUE, (job) => handlers.judge(job.data.submissionId), { ...settings, concurrency: judgeConcurrency }),
      new Worker<{ submissionId: string }>(ANALYSIS_QUEUE, (job) => handlers.analyze(job.data.submissionId), { ...settings, concurrency: 1 }),
    );
    for (const worker of this.workers) worker.on('error', () => undefined);
  }

  get working(): boolean {
    return this.workers.length > 0;
  }

  /** Analysis jobs waiting or running, for tests and operators. */
  async pendingAnalyses(): Promise<number> {
    const counts = await this.analysisQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  /**
   * Stops at once: a job in progress is abandoned, not awaited (an analysis can take seconds);
   * its lock expires and another worker (or this one, restarted) takes it again.
   */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close(true).catch(() => undefined)));
    await this.judgeEvents?.close().catch(() => undefined);
    await Promise.all([this.judgeQueue, this.analysisQueue].map((queue) => queue.close().catch(() => undefined)));
    this.connection.disconnect();
  }
}

/**
 * The submission's id names its job, so asking twice while one waits or runs is the same job.
 * Finished jobs are dropped, failed ones too: the row's state in the database says what is
 * still to do, and the recovery asks again.
 */
function jobOptions(submissionId: string) {
  return { jobId: submissionId, removeOnComplete: true, removeOnFail: true };
}
