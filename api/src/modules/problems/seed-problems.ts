// Idempotent upsert of the problem set into the database. Each problem's content hash decides:
// unchanged problems are left alone; a changed problem gets a new version row and the old one
// stops being current, so earlier submissions keep pointing at what they were judged against.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { problems } from '../../db/schema.js';
import type { Problem } from './problem-schema.js';

export interface SeedReport {
  inserted: string[];
  updated: string[];
  unchanged: string[];
}

/** What the database keeps of a problem: everything but expanded generated inputs (re-made from the spec). */
export function storedContent(problem: Problem) {
  return {
    statement: problem.statement,
    starterCode: problem.starterCode,
    entryPoint: problem.entryPoint,
    params: problem.params,
    comparator: problem.comparator,
    floatTolerance: problem.floatTolerance,
    inPlace: problem.inPlace,
    timeLimitMs: problem.timeLimitMs,
    optimal: problem.optimal,
    acceptable: problem.acceptable,
    // Help shown before or after solving (the help module decides when).
    hints: problem.hints,
    solutionCode: problem.solutionCode,
    explanation: problem.explanation,
    optimalSpace: problem.optimalSpace,
    tests: problem.tests.map((test) =>
      test.generate
        ? { id: test.id, generate: test.generate, hidden: test.hidden, tags: test.tags }
        : { id: test.id, input: test.input, expected: test.expected, hidden: test.hidden, tags: test.tags },
    ),
  };
}
export type StoredProblemContent = ReturnType<typeof storedContent>;

export async function seedProblems(db: Database, set: Problem[]): Promise<SeedReport> {
  const report: SeedReport = { inserted: [], updated: [], unchanged: [] };
  for (const problem of set) {
    await seedOne(db, problem, report).catch((error: { code?: string }) => {
      // Another instance seeded the same version at the same moment: the row is there.
      if (error.code === '23505') report.unchanged.push(problem.slug);
      else throw error;
    });
  }
  return report;
}

async function seedOne(db: Database, problem: Problem, report: SeedReport): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: problems.id, version: problems.version, contentHash: problems.contentHash })
      .from(problems)
      .where(and(eq(problems.slug, problem.slug), eq(problems.isCurrent, true)));
    if (current?.contentHash === problem.contentHash) {
      report.unchanged.push(problem.slug);
      return;
    }
    if (current) await tx.update(problems).set({ isCurrent: false }).where(eq(problems.id, current.id));
    await tx.insert(problems).values({
      slug: problem.slug,
      version: (current?.version ?? 0) + 1,
      contentHash: problem.contentHash,
      isCurrent: true,
      title: problem.title,
      difficulty: problem.difficulty,
      category: problem.category,
      tags: problem.tags,
      targetPatterns: problem.targetPatterns,
      content: storedContent(problem),
    });
    (current ? report.updated : report.inserted).push(problem.slug);
  });
}
