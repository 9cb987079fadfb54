import { readdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { problems } from '../../api/src/db/schema.js';
import { seedProblems } from '../../api/src/modules/problems/seed-problems.js';
import { invalidateProblemCache } from '../../api/src/modules/problems/service.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { buildTestApp } from '../helpers/app.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

const slugsOnDisk = readdirSync(PROBLEMS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe.each(testDatabases())('browsing problems on $name', (target) => {
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry() });
    const report = await seedTestProblems(database.db);
    expect(report.inserted.sort()).toEqual([...slugsOnDisk].sort());
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it('seeds idempotently: a second seed changes nothing', async () => {
    const again = await seedTestProblems(database.db);
    expect(again.inserted).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.unchanged).toHaveLength(slugsOnDisk.length);
  });

  it('gives a changed problem a new version and keeps the old one for earlier submissions', async () => {
    const [original] = await testProblemRegistry().all();
    const changed = { ...original, statement: `${original.statement}\n\nClarified.`, contentHash: `${original.contentHash}-v2` };
    const report = await seedProblems(database.db, [changed]);
    expect(report.updated).toEqual([original.slug]);
    const versions = await database.db.select().from(problems).where(eq(problems.slug, original.slug));
    expect(versions.map((row) => [row.version, row.isCurrent]).sort()).toEqual([
      [1, false],
      [2, true],
    ]);
    // Put the original back as version 3 so the other tests see the real content.
    await seedProblems(database.db, [original]);
    const [current] = await database.db
      .select()
      .from(problems)
      .where(and(eq(problems.slug, original.slug), eq(problems.isCurrent, true)));
    expect(current.version).toBe(3);
    await invalidateProblemCache(app.cache);
  });

  it('lists every problem, 20 per page, with status "new" for anonymous callers', async () => {
    const first = (await app.inject({ url: '/api/problems' })).json();
    expect(first.total).toBe(slugsOnDisk.length);
    expect(first.pageSize).toBe(20);
    expect(first.items.length).toBe(Math.min(20, slugsOnDisk.length));
    expect(first.items[0]).toMatchObject({ status: 'new' });
    expect(Object.keys(first.items[0])).toEqual(expect.arrayContaining(['slug', 'title', 'difficulty', 'category', 'tags']));
    const second = (await app.inject({ url: '/api/problems?page=2' })).json();
    const all = [...first.items, ...second.items].map((item: { slug: string }) => item.slug);
    expect(new Set(all).size).toBe(Math.min(slugsOnDisk.length, 40));
  });

  it('filters by difficulty, category, tag and text', async () => {
    const easy = (await app.inject({ url: '/api/problems?difficulty=easy' })).json();
    expect(easy.items.every((item: { difficulty: string }) => item.difficulty === 'easy')).toBe(true);
    const arrays = (await app.inject({ url: '/api/problems?category=arrays' })).json();
    expect(arrays.items.every((item: { category: string }) => item.category === 'arrays')).toBe(true);
    const search = (await app.inject({ url: '/api/problems?q=BINARY' })).json();
    expect(search.items.map((item: { slug: string }) => item.slug)).toContain('binary-search');
    const tag = search.items[0].tags[0];
    const tagged = (await app.inject({ url: `/api/problems?tag=${encodeURIComponent(tag)}` })).json();
    expect(tagged.items.every((item: { tags: string[] }) => item.tags.includes(tag))).toBe(true);
    const bad = await app.inject({ url: '/api/problems?difficulty=impossible' });
    expect(bad.statusCode).toBe(400);
  });

  it('serves a problem with its public tests only', async () => {
    const response = await app.inject({ url: '/api/problems/binary-search' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ slug: 'binary-search', entryPoint: 'binary_search', optimal: 'O(log n)', acceptable: 'O(log n)' });
    expect(body.statement).toMatch(/Example 1/);
    expect(body.starterCode).toMatch(/def binary_search/);
    const problem = (await testProblemRegistry().get('binary-search'))!;
    const publicIds = problem.tests.filter((test) => !test.hidden).map((test) => test.id);
    expect(body.tests.map((test: { id: string }) => test.id)).toEqual(publicIds);
    expect(body.hiddenTests).toBe(problem.tests.length - publicIds.length);
    expect(JSON.stringify(body)).not.toContain('"hidden":true');
  });

  it('answers 404 for an unknown problem and 400 for a malformed slug', async () => {
    expect((await app.inject({ url: '/api/problems/no-such-problem' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/problems/Not_A_Slug' })).statusCode).toBe(400);
  });
});
