// Help before solving: the problem's hint ladder, one rung at a time, and the reference solution
// with its explanation. Help is recorded (problem_help) because a problem solved after it is
// weaker evidence of mastery; the solution is open without asking once the problem is solved.
// During a mock interview neither is given for the interview's problems.
import { and, eq, max } from 'drizzle-orm';
import type { Cache } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { problemHelp, solvedProblems } from '../../db/schema.js';
import { badRequest, notFound } from '../../errors.js';
import { refuseHelpDuringInterview } from '../mock-interviews/index.js';
import { findCurrentProblem, type ProblemDetail } from '../problems/index.js';

export interface HelpDeps {
  db: Database;
  cache: Cache;
}

export interface HintLadder {
  /** The rungs opened so far, first to deepest. */
  hints: string[];
  total: number;
}

export interface ReferenceSolution {
  code: string;
  explanation: string;
  time: string;
  space: string;
  /** Why it is shown: the learner solved the problem, or asked to see it first. */
  unlockedBy: 'accepted' | 'revealed';
}

export async function openedHints(deps: HelpDeps, userId: string, slug: string): Promise<HintLadder> {
  const problem = await requireProblem(deps, slug);
  return ladder(problem, await deepestOpenedRung(deps, userId, slug));
}

/** Opens the rungs up to `rung` (asking for one already open changes nothing). */
export async function openHint(deps: HelpDeps, userId: string, slug: string, rung: number): Promise<HintLadder> {
  const problem = await requireProblem(deps, slug);
  const total = problem.content.hints.length;
  if (rung > total) throw badRequest(`this problem has ${total} hints: ask for rung 1 to ${total}`);
  await refuseHelpDuringInterview(deps, userId, slug);
  const opened = await deepestOpenedRung(deps, userId, slug);
  if (rung > opened) await deps.db.insert(problemHelp).values({ userId, problemSlug: slug, kind: 'hint', rung });
  return ladder(problem, Math.max(rung, opened));
}

async function deepestOpenedRung(deps: HelpDeps, userId: string, slug: string): Promise<number> {
  const [row] = await deps.db
    .select({ deepest: max(problemHelp.rung) })
    .from(problemHelp)
    .where(and(eq(problemHelp.userId, userId), eq(problemHelp.problemSlug, slug), eq(problemHelp.kind, 'hint')));
  return row?.deepest ?? 0;
}

/** The solution, if the learner solved the problem or asked for it before; null otherwise. */
export async function unlockedSolution(deps: HelpDeps, userId: string, slug: string): Promise<ReferenceSolution | null> {
  const problem = await requireProblem(deps, slug);
  const unlockedBy = await unlockReason(deps, userId, slug);
  if (!unlockedBy) return null;
  await refuseHelpDuringInterview(deps, userId, slug);
  return solutionOf(problem, unlockedBy);
}

/** Shows the solution on request; before solving, the request is recorded as help. */
export async function revealSolution(deps: HelpDeps, userId: string, slug: string): Promise<ReferenceSolution> {
  const problem = await requireProblem(deps, slug);
  await refuseHelpDuringInterview(deps, userId, slug);
  const unlockedBy = await unlockReason(deps, userId, slug);
  if (!unlockedBy) await deps.db.insert(problemHelp).values({ userId, problemSlug: slug, kind: 'solution' });
  return solutionOf(problem, unlockedBy ?? 'revealed');
}

async function unlockReason(deps: HelpDeps, userId: string, slug: string): Promise<ReferenceSolution['unlockedBy'] | null> {
  const [solved, revealed] = await Promise.all([
    deps.db
      .select({ slug: solvedProblems.problemSlug })
      .from(solvedProblems)
      .where(and(eq(solvedProblems.userId, userId), eq(solvedProblems.problemSlug, slug))),
    deps.db
      .select({ id: problemHelp.id })
      .from(problemHelp)
      .where(and(eq(problemHelp.userId, userId), eq(problemHelp.problemSlug, slug), eq(problemHelp.kind, 'solution')))
      .limit(1),
  ]);
  if (solved.length > 0) return 'accepted';
  return revealed.length > 0 ? 'revealed' : null;
}

async function requireProblem(deps: HelpDeps, slug: string): Promise<ProblemDetail> {
  const problem = await findCurrentProblem(deps.db, deps.cache, slug);
  if (!problem) throw notFound(`problem "${slug}"`);
  return problem;
}

const ladder = (problem: ProblemDetail, opened: number): HintLadder => ({
  hints: problem.content.hints.slice(0, opened),
  total: problem.content.hints.length,
});

const solutionOf = (problem: ProblemDetail, unlockedBy: ReferenceSolution['unlockedBy']): ReferenceSolution => ({
  code: problem.content.solutionCode,
  explanation: problem.content.explanation,
  time: problem.content.optimal,
  space: problem.content.optimalSpace,
  unlockedBy,
});
