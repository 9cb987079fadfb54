// Feedback for judged submissions: `start` runs once the findings are final and never delays anything;
// `stream` replays stored feedback, attaches to a generation in progress, or starts one (the next
// rung of the hint ladder when a deeper explanation is asked for). Every generation ends with
// feedback stored on the submission, rule-based when anything goes wrong. One process generates
// a submission's feedback at a time (it claims it on the bus); a stream opened on another one
// follows it through the bus (feedback-bus.ts: Redis pub/sub across replicas).
import type { Cache } from '../../cache/cache.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/client.js';
import { eq } from 'drizzle-orm';
import { type Submission, submissions } from '../../db/schema.js';
import { conflict } from '../../errors.js';
import { findOwnSubmission } from '../submissions/index.js';
import { createEventReplay, type EventReplay } from './event-replay.js';
import { createLocalFeedbackBus, type FeedbackBus } from './feedback-bus.js';
import { findSubmissionsWithoutFeedback, loadSubmissionFacts, readLearnerDepth, storeFeedback } from './feedback-queries.js';
import { createConfiguredGenerator } from './feedback-generator.js';
import { type FeedbackEvent, type FeedbackResult, type HintLevel, MAX_HINT_LEVEL } from './feedback-types.js';
import type { LlmClient } from './llm-client.js';
import type { ModelRouter } from './model-router.js';
import { rulesFeedback } from './rules-feedback.js';
import { inputFromSubmission, readStoredFeedback } from './submission-input.js';

export interface FeedbackLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface FeedbackServiceDeps {
  db: Database;
  cache: Cache;
  config: Config;
  log: FeedbackLog;
  /** Replaces the client the config describes (null = rules only). */
  llm?: LlmClient | null;
  router?: ModelRouter;
  /** True when code would pass the problem's public tests: catches short solutions in answers. */
  probe?: (problemSlug: string, code: string) => Promise<boolean>;
  /** Settles when this process's background analysis of the submission is over (or at once). */
  whenAnalyzed?: (submissionId: string) => Promise<void>;
  /** Shares generations in progress between processes; default: this process only. */
  bus?: FeedbackBus;
  /** How long a stream opened before the findings are final waits for them. Default 30 s. */
  analysisWaitMs?: number;
  now?: () => Date;
}

export interface FeedbackService {
  /** Starts feedback for a just-judged submission in the background; never throws. */
  start(submission: Submission): void;
  /** The caller's feedback as events, or null when the submission is not theirs (or unknown). */
  stream(submissionId: string, userId: string, options?: { deeper?: boolean }): Promise<AsyncIterable<FeedbackEvent> | null>;
  /** Gives feedback to judged submissions that a stopped process left without any. */
  resumeMissing(limit?: number): Promise<number>;
  /** Resolves when no generation is in progress. */
  idle(): Promise<void>;
  /** Aborts model calls in progress (their submissions get rule-based feedback) and waits for them. */
  close(): Promise<void>;
}

const JUST_FINISHED_MS = 60_000;
const ANALYSIS_WAIT_MS = 30_000;
/** How often such a stream looks at the database too (the analysis may end on another process). */
const ANALYSIS_POLL_MS = 1000;
/** A claim outlives any generation (model timeout and fallbacks); a crashed claimant's expires. */
/** A claim lasts this long unless renewed; its holder renews it every CLAIM_RENEW_MS while it generates. */
const CLAIM_SECONDS = 15;
const CLAIM_RENEW_MS = 5_000;
/** A stream following another process's generation looks again this often while it hears nothing. */
const FOLLOW_CHECK_MS = 5_000;
/** ... and gives up waiting after this much silence. */
const FOLLOW_IDLE_MS = 60_000;

interface Generation {
  replay: EventReplay<FeedbackEvent>;
  done: Promise<void>;
}

export function createFeedbackService(deps: FeedbackServiceDeps): FeedbackService {
  const { db, log } = deps;
  const bus = deps.bus ?? createLocalFeedbackBus();
  const generate = createConfiguredGenerator(deps);
  const inFlight = new Map<string, Generation>();
  /** Claims asked for by `start`, not yet answered: `idle` waits for them too. */
  const starting = new Set<Promise<void>>();
  // Results kept for a minute after they are stored: a stream that read the row just before the
  // store replays them instead of starting the same generation again. Never over a deeper rung
  // the row holds: another replica may have stored one since (see deepest).
  const justFinished = new Map<string, FeedbackResult>();
  const shutdown = new AbortController();

  /** Generates in this process; the caller holds the submission's claim on the bus. */
  function begin(row: Submission, level: HintLevel): Generation {
    const replay = createEventReplay<FeedbackEvent>();
    // Published in order, and never failing the generation: a bus outage costs only remote streams.
    let published = Promise.resolve();
    const emit = (event: FeedbackEvent) => {
      replay.push(event);
      published = published.then(() => bus.publish(row.id, event)).catch(() => undefined);
    };
    const generation: Generation = { replay, done: Promise.resolve() };
    // Registered before any work starts, so a stream arriving a moment later attaches to it.
    inFlight.set(row.id, generation);
    const renewal = setInterval(() => void bus.renew(row.id, CLAIM_SECONDS).catch(() => undefined), CLAIM_RENEW_MS);
    renewal.unref();
    generation.done = (async () => {
      const result = await produce(row, level, emit).finally(() => clearInterval(renewal));
      try {
        await storeFeedback(db, row.id, result);
      } catch (error) {
        log.error({ err: error, submissionId: row.id }, 'feedback could not be stored');
      }
      emit({ type: 'final', result });
      replay.end();
      justFinished.set(row.id, result);
      setTimeout(() => justFinished.delete(row.id), JUST_FINISHED_MS).unref();
      inFlight.delete(row.id);
      await published;
      await bus.release(row.id).catch(() => undefined);
    })();
    return generation;
  }

  /** Claims the submission's feedback on the bus; false when another process generates it. */
  const claim = (submissionId: string) => bus.claim(submissionId, CLAIM_SECONDS).catch(() => true);

  /**
   * Another process generates this feedback: its events as they come, to the final one. While
   * it is quiet, the stream looks again: feedback stored meanwhile is replayed; a claim let go
   * (its holder died) is taken over, and the generation starts again here, after a `reset`.
   * After a long silence, what the database holds, or the rules' reading of the row.
   */
  async function* follow(row: Submission, level: HintLevel): AsyncIterable<FeedbackEvent> {
    const subscription = await bus.subscribe(row.id);
    const iterator = subscription[Symbol.asyncIterator]();
    let heardAt = Date.now();
    let shown = false;
    try {
      while (Date.now() - heardAt < FOLLOW_IDLE_MS) {
        let timer: NodeJS.Timeout | undefined;
        const quiet = new Promise<'quiet'>((resolve) => (timer = setTimeout(() => resolve('quiet'), FOLLOW_CHECK_MS)));
        const next = await Promise.race([iterator.next(), quiet]).finally(() => clearTimeout(timer));
        if (next === 'quiet') {
          const stored = await storedFeedbackOf(row.id);
          if (stored) {
            yield* replayStored(stored, shown);
            return;
          }
          if (await claim(row.id)) {
            if (shown) yield { type: 'reset' };
            yield* attach(inFlight.get(row.id) ?? begin(row, level));
            return;
          }
          continue;
        }
        if (next.done) break;
        heardAt = Date.now();
        if (!('event' in next.value)) continue;
        shown = true;
        yield next.value.event;
        if (next.value.event.type === 'final') return;
      }
    } finally {
      subscription.close();
    }
    yield* replayStored((await storedFeedbackOf(row.id)) ?? lastResortFeedback(row, level), shown);
  }

  async function storedFeedbackOf(submissionId: string): Promise<FeedbackResult | null> {
    const [fresh] = await db.select({ feedback: submissions.feedback }).from(submissions).where(eq(submissions.id, submissionId));
    return fresh ? readStoredFeedback(fresh.feedback) : null;
  }

  async function idle(): Promise<void> {
    while (inFlight.size > 0 || starting.size > 0) {
      await Promise.all([...starting, ...[...inFlight.values()].map((generation) => generation.done)]);
    }
  }

  async function produce(row: Submission, level: HintLevel, emit: (event: FeedbackEvent) => void): Promise<FeedbackResult> {
    let emitted = false;
    const tracked = (event: FeedbackEvent) => {
      emitted = true;
      emit(event);
    };
    try {
      const facts = await loadSubmissionFacts(db, row);
      const input = { ...inputFromSubmission(row, facts.problem, level), depth: facts.depth };
      return await generate(
        {
          input,
          code: row.code,
          problemVersion: row.problemId,
          depth: facts.depth,
          failedAttempts: facts.failedAttempts,
          wouldPass: deps.probe ? (code) => deps.probe!(row.problemSlug, code) : undefined,
          signal: shutdown.signal,
        },
        tracked,
      );
    } catch (error) {
      // Our bug or a lost database: the learner still gets the rules' reading of the stored row.
      log.error({ err: error, submissionId: row.id }, 'feedback generation failed; rule-based feedback instead');
      if (emitted) emit({ type: 'reset' });
      const result = lastResortFeedback(row, level);
      emit({ type: 'token', text: result.text });
      return result;
    }
  }

  const attach = (generation: Generation) => generation.replay.subscribe();

  /**
   * Feedback explains the final findings, so a stream opened right after the verdict waits
   * (bounded) for the background analysis, wherever it runs: this process's backlog, the bus's
   * announcement, or the database, looked at every second.
   */
  async function analyzed(row: Submission, userId: string): Promise<Submission> {
    if (row.analyzedAt) return row;
    const never = new Promise<void>(() => undefined);
    const subscription = await bus.subscribe(row.id).catch(() => null);
    // Each signal counts once: after it, the database says whether the findings were stored.
    let announced = subscription
      ? (async () => {
          for await (const message of subscription) if ('analyzed' in message) return;
          await never;
        })()
      : never;
    let local = deps.whenAnalyzed?.(row.id) ?? never;
    const deadline = Date.now() + (deps.analysisWaitMs ?? ANALYSIS_WAIT_MS);
    let fresh: Submission | null = row;
    try {
      while (fresh && !fresh.analyzedAt && Date.now() < deadline) {
        let timer: NodeJS.Timeout | undefined;
        const tick = new Promise<'tick'>((resolve) => (timer = setTimeout(() => resolve('tick'), Math.min(ANALYSIS_POLL_MS, deadline - Date.now()))));
        const woke = await Promise.race([local.then(() => 'local' as const), announced.then(() => 'bus' as const), tick]).finally(() => clearTimeout(timer));
        if (woke === 'local') local = never;
        if (woke === 'bus') announced = never;
        fresh = await findOwnSubmission(db, userId, row.id);
      }
    } finally {
      subscription?.close();
    }
    if (!fresh) throw conflict('FEEDBACK_NOT_READY', 'the submission is gone');
    if (!fresh.analyzedAt) throw conflict('ANALYSIS_PENDING', 'the analysis of this submission is still running; try again in a few seconds');
    return fresh;
  }

  return {
    start(submission) {
      if (submission.status !== 'judged' || !submission.analyzedAt) return;
      void bus.announceAnalyzed(submission.id).catch(() => undefined);
      if (inFlight.has(submission.id) || readStoredFeedback(submission.feedback)) return;
      const claimed: Promise<void> = claim(submission.id)
        .then((mine) => {
          if (mine && !inFlight.has(submission.id)) begin(submission, 1);
        })
        .catch((error: unknown) => log.error({ err: error, submissionId: submission.id }, 'feedback could not be started'))
        .finally(() => starting.delete(claimed));
      starting.add(claimed);
    },

    async stream(submissionId, userId, options = {}) {
      const found = await findOwnSubmission(db, userId, submissionId);
      if (!found) return null;
      if (found.status !== 'judged') throw conflict('FEEDBACK_NOT_READY', 'the submission has not been judged yet');
      const row = await analyzed(found, userId);
      const running = inFlight.get(row.id);
      if (running) return attach(running);
      const stored = deepest(justFinished.get(row.id), readStoredFeedback(row.feedback));
      // An explanation at another depth than the learner now asks for is written again, same rung.
      const sameDepth = !stored || stored.depth === (await readLearnerDepth(db, userId));
      if (stored && sameDepth && (!options.deeper || stored.level >= MAX_HINT_LEVEL)) return replayStored(stored);
      const level = options.deeper ? (Math.min(MAX_HINT_LEVEL, (stored?.level ?? 0) + 1) as HintLevel) : (stored?.level ?? 1);
      if (await claim(row.id)) return inFlight.has(row.id) ? attach(inFlight.get(row.id)!) : attach(begin(row, level));
      return follow(row, level);
    },

    async resumeMissing(limit = 100) {
      const rows = await findSubmissionsWithoutFeedback(db, 120, limit);
      let resumed = 0;
      for (const row of rows) {
        if (shutdown.signal.aborted) break;
        if (inFlight.has(row.id) || !(await claim(row.id))) continue;
        await begin(row, 1).done;
        resumed++;
      }
      return resumed;
    },

    idle,

    async close() {
      shutdown.abort();
      await idle();
      justFinished.clear();
      await bus.close();
    },
  };
}

/**
 * What this process finished a moment ago, or what the row holds: the deeper rung (the row on a
 * tie). The ladder only climbs, so a row deeper than our copy was stored by another replica since.
 */
function deepest(finishedHere: FeedbackResult | undefined, stored: FeedbackResult | null): FeedbackResult | null {
  if (!finishedHere) return stored;
  return stored && stored.level >= finishedHere.level ? stored : finishedHere;
}

/** Stored feedback as events; after text already shown, a `reset` first. */
async function* replayStored(stored: FeedbackResult, afterOtherText = false): AsyncIterable<FeedbackEvent> {
  if (afterOtherText) yield { type: 'reset' };
  yield { type: 'token', text: stored.text };
  yield { type: 'final', result: stored };
}

/** Rule-based feedback from the row alone, for when even the database reads failed. */
function lastResortFeedback(row: Submission, level: HintLevel): FeedbackResult {
  let text: string;
  try {
    text = rulesFeedback(inputFromSubmission(row, { slug: row.problemSlug, entryPoint: 'solution', params: [] }, level)).text;
  } catch {
    text = `The submission was judged: ${row.verdict ?? 'unknown verdict'} (${row.passed ?? 0} of ${row.total ?? 0} tests pass). Start from the first failing test and trace it through the code by hand.`;
  }
  return {
    source: 'rules',
    model: null,
    text,
    tokensIn: 0,
    tokensOut: 0,
    level,
    cached: false,
    fallbackReason: 'internal-error',
    createdAt: new Date().toISOString(),
  };
}
