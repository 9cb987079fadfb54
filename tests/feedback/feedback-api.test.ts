// The feedback routes on the real app: the SSE stream of a submission's feedback (own submissions
// only), the hint ladder through `?deeper=true`, the depth preference, and a verdict that never
// waits for the model.
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { submissions } from '../../api/src/db/schema.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';
import { type FakeOpenAI, startFakeOpenAI } from './fake-openai-server.js';
import { OFF_BY_ONE_BINARY_SEARCH as OFF_BY_ONE } from '../helpers/binary-search.js';

const ANSWER = 'Check the bound on line 3: the last index the search looks at. Is the final element ever compared?';

interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

function parseSse(body: string): SseEvent[] {
  return body
    .split('\n\n')
    .filter((frame) => frame.startsWith('event:'))
    .map((frame) => {
      const lines = frame.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))!.slice(7);
      const data = JSON.parse(lines.find((l) => l.startsWith('data: '))!.slice(6));
      return { event, data };
    });
}

describe.each(testDatabases())('the feedback API on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;
  let fake: FakeOpenAI;
  let alice: Session;
  let bob: Session;

  beforeAll(async () => {
    database = await target.open();
    fake = await startFakeOpenAI();
    app = await buildTestApp(database, {
      problems: testProblemRegistry(),
      env: { SUBMISSIONS_PER_HOUR: '1000', OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, OPENAI_TIMEOUT_MS: '4000' },
    });
    await seedTestProblems(database.db);
    bob = await signUp(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await fake?.close();
    await database?.dispose();
  });
  beforeEach(async () => {
    // A fresh learner per test: earlier failed attempts would route to the large model.
    alice = await signUp(app);
    fake.requests.length = 0;
    fake.respond = () => ({ kind: 'reply', text: ANSWER });
  });

  let variant = 0;
  // Each submission gets code of its own (a statement, since comments do not change the cache key).
  const submit = async (session: Session, code = `${OFF_BY_ONE}\n_variant = ${variant++}\n`) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: session.auth,
      payload: { problem: 'binary-search', code, language: 'python' },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  };
  const feedback = (session: Session, id: string, query = '') =>
    app.inject({ url: `/api/submissions/${id}/feedback${query}`, headers: { ...session.auth, accept: 'text/event-stream' } });
  const stored = async (id: string) =>
    (await database.db.select({ feedback: submissions.feedback }).from(submissions).where(eq(submissions.id, id)))[0].feedback;

  it('streams the feedback as server-sent events, then a final event with the full result', async () => {
    const id = await submit(alice);
    const response = await feedback(alice, id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = parseSse(response.body);
    const tokens = events
      .filter((e) => e.event === 'token')
      .map((e) => e.data.text)
      .join('');
    const final = events.at(-1)!;
    expect(final.event).toBe('final');
    expect(final.data).toMatchObject({ source: 'model', text: ANSWER, level: 1 });
    // Which model depends on the analyzer's findings (several critical ones make a hard case).
    expect(['gpt-4o-mini', 'gpt-4o']).toContain(final.data.model);
    expect(final.data.tokens).toEqual({ input: expect.any(Number), output: Math.ceil(ANSWER.length / 4) });
    expect(tokens).toBe(ANSWER);
    expect(fake.requests).toHaveLength(1);
    expect(await stored(id)).toMatchObject({ source: 'model', model: final.data.model, text: ANSWER, level: 1 });
  });

  it("answers 404 for another learner's submission and for an unknown one", async () => {
    const id = await submit(alice);
    const response = await feedback(bob, id);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
    expect((await feedback(alice, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/submissions/${id}/feedback` })).statusCode).toBe(401);
  });

  it('returns the verdict without waiting for the model, and falls back to the rules when it never answers', async () => {
    fake.respond = () => ({ kind: 'hang' });
    const id = await submit(alice);
    expect(await stored(id)).toBeNull();
    const final = parseSse((await feedback(alice, id)).body).at(-1)!;
    expect(final.data).toMatchObject({ source: 'rules', model: null, fallbackReason: 'timeout' });
    expect(String(final.data.text)).toMatch(/tests pass/);
    expect(await stored(id)).toMatchObject({ source: 'rules' });
  });

  it('goes one rung deeper on request', async () => {
    const id = await submit(alice);
    await feedback(alice, id);
    const final = parseSse((await feedback(alice, id, '?deeper=true')).body).at(-1)!;
    expect(final.data).toMatchObject({ level: 2, model: 'gpt-4o' });
    expect(await stored(id)).toMatchObject({ level: 2 });
  });

  it('sets the explanation depth the prompt follows', async () => {
    const invalid = await app.inject({ method: 'PATCH', url: '/api/me/preferences', headers: bob.auth, payload: { explanationDepth: 'deep' } });
    expect(invalid.statusCode).toBe(400);
    const response = await app.inject({ method: 'PATCH', url: '/api/me/preferences', headers: bob.auth, payload: { explanationDepth: 'eli5' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ explanationDepth: 'eli5' });
    expect((await app.inject({ url: '/api/me', headers: bob.auth })).json().explanationDepth).toBe('eli5');
    const id = await submit(bob);
    const final = parseSse((await feedback(bob, id)).body).at(-1)!;
    expect(final.data.source).toBe('model');
    expect(fake.requests[0].messages[0].content).toMatch(/beginner/);
  });

  it('writes the explanation again, on the same rung, when the learner changes depth', async () => {
    const id = await submit(alice);
    expect(parseSse((await feedback(alice, id)).body).at(-1)!.data.depth).toBe('intermediate');
    expect(parseSse((await feedback(alice, id)).body).at(-1)!.data.depth).toBe('intermediate');
    expect(fake.requests).toHaveLength(1);
    await app.inject({ method: 'PATCH', url: '/api/me/preferences', headers: alice.auth, payload: { explanationDepth: 'expert' } });
    const final = parseSse((await feedback(alice, id)).body).at(-1)!;
    expect(final.data).toMatchObject({ depth: 'expert', level: 1 });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].messages[0].content).toMatch(/experienced/);
  });
});
