// The report of a mock interview, computed from what the learner submitted inside its window:
// per problem, solved or not, minutes to the first accepted answer (or to the last attempt),
// attempts, the patterns the findings showed, and the time class reached against the optimum.
import type { MockInterviewReport, StoredResult } from '../../db/schema.js';
import { shownPatternIds } from '../profile/index.js';

export interface InterviewAttempt {
  problemSlug: string;
  createdAt: Date;
  verdict: string | null;
  patterns: unknown;
  /** `submissions.result`, read for its measured complexity only. */
  result: Pick<StoredResult, 'complexity'> | null;
}

export interface InterviewProblem {
  slug: string;
  title: string;
  optimal: string | null;
}

const minutesBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 6_000) / 10;

/** The measured time class of a stored result, or null when none was measured. */
function timeClassOf(result: Pick<StoredResult, 'complexity'> | null): string | null {
  return result?.complexity.time ?? null;
}

export function buildReport(startedAt: Date, problems: InterviewProblem[], attempts: InterviewAttempt[]): MockInterviewReport {
  const perProblem = problems.map((problem) => {
    const own = attempts.filter((a) => a.problemSlug === problem.slug).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const accepted = own.find((a) => a.verdict === 'accepted');
    // The answer that counts: the first accepted one, else the last try.
    const decisive = accepted ?? own.at(-1);
    return {
      slug: problem.slug,
      title: problem.title,
      solved: Boolean(accepted),
      attempts: own.length,
      minutes: decisive ? minutesBetween(startedAt, decisive.createdAt) : null,
      patterns: [...new Set(own.flatMap((a) => shownPatternIds(a.patterns)))],
      timeClass: decisive ? timeClassOf(decisive.result) : null,
      optimal: problem.optimal,
    };
  });
  return { solved: perProblem.filter((p) => p.solved).length, total: perProblem.length, problems: perProblem };
}
