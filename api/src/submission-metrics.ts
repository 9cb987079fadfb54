// What the operations dashboard needs about judging that the HTTP metrics cannot tell: judged
// submissions by verdict, the error patterns they showed, and how long the judge took per
// executor (on Judge0, that is Judge0's latency as the learner feels it). On the app's shared
// registry; app.ts wires `countJudgedSubmission` after each verdict and `timeJudge` around the judge.
import client from 'prom-client';
import type { Submission } from './db/schema.js';
import type { Judge } from './modules/judge/judge.js';
import { registeredOnce } from './metrics.js';

export const submissionsJudgedTotal = registeredOnce(
  'submissions_judged_total',
  () => new client.Counter({ name: 'submissions_judged_total', help: 'Submissions judged, by verdict', labelNames: ['verdict'] as const }),
);

export const patternFindingsTotal = registeredOnce(
  'pattern_findings_total',
  () =>
    new client.Counter({
      name: 'pattern_findings_total',
      help: 'Judged submissions showing each error pattern (a pattern counts once per submission)',
      labelNames: ['pattern'] as const,
    }),
);

export const judgeDuration = registeredOnce(
  'judge_duration_seconds',
  () =>
    new client.Histogram({
      name: 'judge_duration_seconds',
      help: 'Time to judge one submission or run (queue wait included), by executor, scope, result-cache hit and outcome',
      labelNames: ['executor', 'scope', 'cached', 'outcome'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 60],
    }),
);

/** Counts one judged submission: its verdict and each distinct pattern among its findings. */
export function countJudgedSubmission(submission: Pick<Submission, 'verdict' | 'patterns'>): void {
  submissionsJudgedTotal.inc({ verdict: submission.verdict ?? 'none' });
  const ids = new Set(submission.patterns.map((finding) => finding.id));
  for (const id of ids) patternFindingsTotal.inc({ pattern: id });
}

/** The same judge, with every `judge()` call timed into judge_duration_seconds. */
export function timeJudge(judge: Judge): Judge {
  return {
    ...judge,
    async judge(request) {
      const stop = judgeDuration.startTimer({ executor: judge.executor.name, scope: request.scope });
      try {
        const report = await judge.judge(request);
        stop({ cached: report.cached ? 'true' : 'false', outcome: 'ok' });
        return report;
      } catch (error) {
        stop({ cached: 'false', outcome: 'error' });
        throw error;
      }
    },
  };
}
