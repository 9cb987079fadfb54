// The life of a submission, in order, and the module that owns each step. The control flow is
// modules/submissions/service.ts (judgeAndStore, then the analysis as a job or in the backlog,
// then storeFinalFindings); what happens at each step belongs to the module named here, and
// this file is where they are put together (app.ts only calls it):
//
//   1. safety policy, then the tests ........... judge      (judge.judge: local sandbox or Judge0)
//   2. stress test against the reference ....... analysis   (confirmVerdict)
//   3. provisional findings ..................... analysis   (findPatterns, no extra runs)
//   4. verdict stored; solved and streak ........ profile    (recordVerdict, in the verdict's transaction)
//   5. the attempt shows at once ................ profile, problems (their caches dropped)
//      -> the answer goes out
//   6. mutants and growth runs .................. analysis   (findPatterns), as a job (submissions/submission-jobs.ts)
//   7. final findings; weakness patterns ........ profile    (recordFindings, in the findings' transaction)
//   8. counted, explained ....................... metrics, feedback (start: streamed on any replica)
import type { Cache } from './cache/cache.js';
import type { FeedbackService } from './modules/feedback/feedback-service.js';
import { invalidateProblemStatuses } from './modules/problems/problem-statuses.js';
import { invalidateDashboard } from './modules/profile/dashboard-cache.js';
import { recordFindings, recordVerdict } from './modules/profile/record-judged-submission.js';
import type { SubmissionHooks } from './modules/submissions/service.js';
import { countJudgedSubmission } from './submission-metrics.js';

export function submissionSteps(deps: { cache: Cache; feedback: FeedbackService }): Required<SubmissionHooks> {
  const { cache, feedback } = deps;
  return {
    // 4
    onVerdict: (tx, submission) => recordVerdict(tx, submission, cache),
    // 5
    afterVerdict: async (submission) => {
      await Promise.all([invalidateDashboard(cache, submission.userId), invalidateProblemStatuses(cache, submission.userId)]);
    },
    // 7
    onJudged: (tx, submission) => recordFindings(tx, submission, cache),
    // 8
    afterJudged: (submission) => {
      countJudgedSubmission(submission);
      feedback.start(submission);
      // Again after the commit: a dashboard read between the in-transaction invalidation and
      // the commit would otherwise cache the old counts for a minute.
      void invalidateDashboard(cache, submission.userId);
    },
  };
}
