// The profile module under /api/me: everything about the signed-in user — the account, the
// dashboard, the recommended-problems queue and its feedback, export and deletion — plus the
// daily retention job. The per-submission profile update is record-judged-submission.ts, wired
// into the submission pipeline in app.ts.
import type { FastifyInstance } from 'fastify';
import { scheduleRetentionJob } from './retention.js';
import { profileRoutes } from './routes.js';

export async function profileModule(app: FastifyInstance) {
  scheduleRetentionJob(app);
  await app.register(profileRoutes);
}

export { recommendProblems } from './recommendations.js';
export { shownPatternIds } from './submission-evidence.js';
