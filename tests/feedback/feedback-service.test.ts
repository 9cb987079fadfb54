// The feedback service over stored submissions: background generation after the verdict, the
// stored result, streams that attach instead of calling the model twice, the hint ladder, the
// learner's depth, and feedback for every submission whatever the model does.
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../api/src/cache/memory-cache.js';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { type Submission, submissions } from '../../api/src/db/schema.js';
import { createFeedbackService, type FeedbackService } from '../../api/src/modules/feedback/feedback-service.js';
import type { FeedbackEvent } from '../../api/src/modules/feedback/feedback-types.js';
import { testConfig } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { type FakeBehavior, type FakeOpenAI, startFakeOpenAI } from './fake-openai-server.js';
import { insertJudgedSubmission, insertProblem, insertUser, offByOneInput } from './fixtures.js';

const ANSWER = 'Look at the range on line 3: which index does the inner loop start from?';
const log = { warn: () => {}, error: () => {} };

async function drain(events: AsyncIterable<FeedbackEvent> | null): Promise<FeedbackEvent[]> {
  const all: FeedbackEvent[] = [];
  for await (const event of events ?? []) all.push(event);
  return all;
}

const finalOf = (events: FeedbackEvent[]) => {
  const last = events.at(-1);
  if (last?.type !== 'final') throw new Error('the stream did not end with a final event');
  return last.result;
};

describe.each(testDatabases())('the feedback service on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let fake: FakeOpenAI;
  let service: FeedbackService;

  const storedFeedback = async (row: Submission) =>
    (await database.db.select({ feedback: submissions.feedback }).from(submissions).where(eq(submissions.id, row.id)))[0].feedback;
  const makeService = (env: Record<string, string> = {}) =>
    createFeedbackService({
      db: database.db,
      cache: createMemoryCache(),
      config: testConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, ...env }),
      log,
    });

  beforeAll(async () => {
    database = await target.open();
    fake = await startFakeOpenAI();
  });
  afterAll(async () => {
    await fake?.close();
    await database?.dispose();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.respond = () => ({ kind: 'reply', text: ANSWER });
    service = makeService();
  });
  afterEach(() => service.close());

  it('generates in the background after the verdict and stores source, model, text, tokens and level', async () => {
    const row = await insertJudgedSubmission(database.db, { input: offByOneInput() });
    service.start(row);
    expect(await storedFeedback(row)).toBeNull();
    await service.idle();
    const stored = await storedFeedback(row);
    expect(stored).toMatchObject({ source: 'model', model: 'gpt-4o-mini', text: ANSWER, level: 1, cached: false });
    expect(stored!.tokensIn).toBeGreaterThan(0);
    expect(stored!.tokensOut).toBe(Math.ceil(ANSWER.length / 4));
  });

  it('leaves no submission without feedback, whatever the model does', async () => {
    service = makeService({ OPENAI_TIMEOUT_MS: '300' });
    const behaviors: FakeBehavior[] = [
      { kind: 'status', status: 429 },
      { kind: 'status', status: 500 },
      { kind: 'hang' },
      { kind: 'stall', text: ANSWER },
      { kind: 'reply', text: ANSWER },
    ];
    let call = 0;
    fake.respond = () => behaviors[call++ % behaviors.length];
    const rows = [];
    for (let i = 0; i < behaviors.length; i++) {
      rows.push(await insertJudgedSubmission(database.db, { input: offByOneInput(), code: `def two_sum(nums, target):\n    return [${i}]\n` }));
    }
    for (const row of rows) service.start(row);
    await service.idle();
    const stored = await Promise.all(rows.map(storedFeedback));
    expect(stored.every((feedback) => feedback !== null && feedback.text.length > 0)).toBe(true);
    expect(stored.map((feedback) => feedback!.source).sort()).toEqual(['model', 'rules', 'rules', 'rules', 'rules']);
    expect(
      stored
        .filter((feedback) => feedback!.source === 'rules')
        .map((feedback) => feedback!.fallbackReason)
        .sort(),
    ).toEqual(['rate-limited', 'server-error', 'timeout', 'timeout']);
  });

  it('attaches a stream to the generation in progress instead of calling the model again', async () => {
    const row = await insertJudgedSubmission(database.db, { input: offByOneInput() });
    service.start(row);
    const events = await drain(await service.stream(row.id, row.userId));
    expect(fake.requests).toHaveLength(1);
    expect(
      events
        .filter((e) => e.type === 'token')
        .map((e) => (e as { text: string }).text)
        .join(''),
    ).toBe(ANSWER);
    expect(finalOf(events)).toMatchObject({ source: 'model', text: ANSWER });
    expect(await storedFeedback(row)).toMatchObject({ text: ANSWER });
  });

  it('replays stored feedback without a model call', async () => {
    const row = await insertJudgedSubmission(database.db, { input: offByOneInput() });
    service.start(row);
    await service.idle();
    const events = await drain(await service.stream(row.id, row.userId));
    expect(events).toEqual([
      { type: 'token', text: ANSWER },
      { type: 'final', result: expect.objectContaining({ text: ANSWER, level: 1 }) },
    ]);
    expect(fake.requests).toHaveLength(1);
  });

  it('climbs the hint ladder on request, with the large model, and stops at the top rung', async () => {
    const row = await insertJudgedSubmission(database.db, { input: offByOneInput() });
    await drain(await service.stream(row.id, row.userId));
    const second = finalOf(await drain(await service.stream(row.id, row.userId, { deeper: true })));
    expect(second).toMatchObject({ level: 2, model: 'gpt-4o' });
    expect(fake.requests[1].messages[0].content).toContain('rung 2 of 3');
    const third = finalOf(await drain(await service.stream(row.id, row.userId, { deeper: true })));
    expect(third.level).toBe(3);
    const again = finalOf(await drain(await service.stream(row.id, row.userId, { deeper: true })));
    expect(again.level).toBe(3);
    expect(fake.requests).toHaveLength(3);
    expect(await storedFeedback(row)).toMatchObject({ level: 3 });
  });

  it('gives the third failed attempt at a problem to the large model', async () => {
    const userId = await insertUser(database.db);
    const problemId = await insertProblem(database.db);
    const rows = [];
    for (let i = 0; i < 3; i++) {
      rows.push(await insertJudgedSubmission(database.db, { input: offByOneInput(), userId, problemId, code: `def two_sum(a, b):\n    return [${i}]\n` }));
    }
    for (const row of rows) {
      service.start(row);
      await service.idle();
    }
    expect(fake.requests.map((request) => request.model)).toEqual(['gpt-4o-mini', 'gpt-4o-mini', 'gpt-4o']);
  });

  it("explains at the learner's preferred depth", async () => {
    const userId = await insertUser(database.db, 'eli5');
    const row = await insertJudgedSubmission(database.db, { input: offByOneInput(), userId });
    service.start(row);
    await service.idle();
    expect(fake.requests[0].messages[0].content).toMatch(/beginner/);
  });

  it("does not show one learner another learner's submission", async () => {
    const row = await insertJudgedSubmission(database.db, { input: offByOneInput() });
    const stranger = await insertUser(database.db);
    expect(await service.stream(row.id, stranger)).toBeNull();
  });

  it('gives rule-based feedback to calls cut short by shutdown', async () => {
    fake.respond = () => ({ kind: 'hang' });
    const row = await insertJudgedSubmission(database.db, { input: offByOneInput() });
    service.start(row);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.close();
    expect(await storedFeedback(row)).toMatchObject({ source: 'rules', fallbackReason: 'timeout' });
  });

  it('gives feedback to judged submissions a stopped process left without any', async () => {
    const row = await insertJudgedSubmission(database.db, { input: offByOneInput(), createdAt: new Date(Date.now() - 10 * 60_000) });
    expect(await service.resumeMissing()).toBeGreaterThanOrEqual(1);
    expect(await storedFeedback(row)).toMatchObject({ source: 'model' });
  });

  it('explains only final findings: a row whose analysis is still to do waits for it', async () => {
    const row = await insertJudgedSubmission(database.db, { input: offByOneInput(), createdAt: new Date(Date.now() - 10 * 60_000), analyzed: false });
    service.start(row);
    await service.resumeMissing();
    await service.idle();
    expect(await storedFeedback(row)).toBeNull();
    // The stream waits (bounded) for the analysis, which may run on another process, then says so clearly.
    const waiting = createFeedbackService({ db: database.db, cache: createMemoryCache(), config: testConfig(), log, analysisWaitMs: 1500 });
    const started = Date.now();
    await expect(waiting.stream(row.id, row.userId)).rejects.toMatchObject({ statusCode: 409, code: 'ANALYSIS_PENDING' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    await waiting.close();
  });
});
