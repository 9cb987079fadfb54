// The database checks after a run: every submission answered 201 is stored, judged, with the
// verdict it was answered with and with feedback (feedback is written after the answer, so the
// check waits for it, bounded); and every user's weakness_patterns rows equal what their stored
// submissions imply. The rule is restated here from profile/record-judged-submission.ts rather
// than imported, so the check does not share a bug with the code it checks:
//   frequency(user, p)    = judged submissions of the user whose findings include p
//   observations(user, p) = those, plus judged submissions that ran (verdict not syntax_error or
//                           rejected) on a problem version targeting p where p did not show
//   problems_solved(user) = distinct problems with an accepted submission
import pg from 'pg';
import { PATTERN_IDS } from '../../analyzer/src/index.js';
import type { AcceptedSubmission } from './traffic.js';

const PATTERNS = new Set<string>(PATTERN_IDS);
const NEVER_RAN = new Set(['syntax_error', 'rejected']);

export interface SubmissionCheck {
  answered: number;
  missing: string[];
  notJudged: string[];
  verdictMismatch: string[];
  /** Judged, but the background analysis never stored final findings. */
  notAnalyzed: string[];
  withoutFeedback: string[];
  /** Judged rows nobody was answered 201 for (e.g. the client gave up while the server finished). */
  unanswered: number;
  pendingRows: number;
  feedbackWaitMs: number;
  feedbackSources: Record<string, number>;
  fallbackReasons: Record<string, number>;
  /** Feedback source and fallback reason of every stored submission. */
  feedbackById: Map<string, { source: string; fallbackReason?: string }>;
}

export interface PatternCheck {
  users: number;
  rowsCompared: number;
  mismatches: Array<{ userId: string; patternId: string; field: string; stored: number; expected: number }>;
  solvedMismatches: Array<{ userId: string; stored: number; expected: number }>;
}

export const lost = (check: SubmissionCheck) =>
  check.missing.length + check.notJudged.length + check.verdictMismatch.length + check.notAnalyzed.length + check.withoutFeedback.length;

/** Waits (bounded) until no judged submission lacks feedback, then checks every accepted one. */
export async function checkSubmissions(url: string, accepted: AcceptedSubmission[], feedbackWaitMs = 60_000): Promise<SubmissionCheck> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const started = Date.now();
    while (Date.now() - started < feedbackWaitMs) {
      const { rows } = await client.query<{ n: number }>(
        "select count(*)::int as n from submissions where status = 'pending' or (status = 'judged' and (analyzed_at is null or feedback is null))",
      );
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const waited = Date.now() - started;
    const { rows } = await client.query<{
      id: string;
      status: string;
      verdict: string | null;
      analyzed: boolean;
      feedback: { source?: string; fallbackReason?: string } | null;
    }>('select id, status, verdict, analyzed_at is not null as analyzed, feedback from submissions');
    const byId = new Map(rows.map((row) => [row.id, row]));
    const check: SubmissionCheck = {
      answered: accepted.length,
      missing: [],
      notJudged: [],
      verdictMismatch: [],
      notAnalyzed: [],
      withoutFeedback: [],
      unanswered: 0,
      pendingRows: rows.filter((row) => row.status === 'pending').length,
      feedbackWaitMs: waited,
      feedbackSources: {},
      fallbackReasons: {},
      feedbackById: new Map(),
    };
    const answeredIds = new Set(accepted.map((s) => s.id));
    for (const submission of accepted) {
      const row = byId.get(submission.id);
      if (!row) check.missing.push(submission.id);
      else if (row.status !== 'judged') check.notJudged.push(submission.id);
      else if (row.verdict !== submission.verdict) check.verdictMismatch.push(submission.id);
      else if (!row.analyzed) check.notAnalyzed.push(submission.id);
      else if (!row.feedback || typeof row.feedback !== 'object' || !('text' in row.feedback)) check.withoutFeedback.push(submission.id);
    }
    for (const row of rows) {
      if (!answeredIds.has(row.id) && row.status === 'judged') check.unanswered++;
      if (row.feedback && typeof row.feedback === 'object') {
        const source = row.feedback.source ?? 'unknown';
        check.feedbackById.set(row.id, { source, fallbackReason: row.feedback.fallbackReason });
        check.feedbackSources[source] = (check.feedbackSources[source] ?? 0) + 1;
        if (row.feedback.fallbackReason) check.fallbackReasons[row.feedback.fallbackReason] = (check.fallbackReasons[row.feedback.fallbackReason] ?? 0) + 1;
      }
    }
    return check;
  } finally {
    await client.end();
  }
}

export async function checkPatterns(url: string): Promise<PatternCheck> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    // One snapshot for all three reads: a submission finishing in between must not look like a miscount.
    await client.query('begin isolation level repeatable read read only');
    const submissions = await client.query<{ user_id: string; verdict: string | null; patterns: unknown; target_patterns: string[]; problem_slug: string }>(
      // An enum array comes back from `pg` as its text unless cast to a type the driver parses.
      `select s.user_id, s.verdict, s.patterns, p.target_patterns::text[] as target_patterns, s.problem_slug
         from submissions s join problems p on p.id = s.problem_id
        where s.status = 'judged'`,
    );
    const stored = await client.query<{ user_id: string; pattern_id: string; frequency: number; observations: number }>(
      'select user_id, pattern_id, frequency, observations from weakness_patterns',
    );
    const users = await client.query<{ id: string; problems_solved: number }>('select id, problems_solved from users');
    await client.query('commit');

    const expected = new Map<string, { frequency: number; observations: number }>();
    const solved = new Map<string, Set<string>>();
    const bump = (userId: string, patternId: string, shown: boolean) => {
      const key = `${userId}|${patternId}`;
      const entry = expected.get(key) ?? { frequency: 0, observations: 0 };
      entry.observations++;
      if (shown) entry.frequency++;
      expected.set(key, entry);
    };
    for (const row of submissions.rows) {
      const shown = new Set<string>();
      if (Array.isArray(row.patterns)) {
        for (const finding of row.patterns) {
          const id = (finding as { id?: unknown } | null)?.id;
          if (typeof id === 'string' && PATTERNS.has(id)) shown.add(id);
        }
      }
      for (const id of shown) bump(row.user_id, id, true);
      if (!(row.verdict && NEVER_RAN.has(row.verdict))) {
        for (const target of new Set(row.target_patterns ?? [])) if (PATTERNS.has(target) && !shown.has(target)) bump(row.user_id, target, false);
      }
      if (row.verdict === 'accepted') {
        const set = solved.get(row.user_id) ?? new Set<string>();
        set.add(row.problem_slug);
        solved.set(row.user_id, set);
      }
    }

    const result: PatternCheck = { users: users.rows.length, rowsCompared: 0, mismatches: [], solvedMismatches: [] };
    const seen = new Set<string>();
    for (const row of stored.rows) {
      const key = `${row.user_id}|${row.pattern_id}`;
      seen.add(key);
      result.rowsCompared++;
      const want = expected.get(key) ?? { frequency: 0, observations: 0 };
      if (row.frequency !== want.frequency) {
        result.mismatches.push({ userId: row.user_id, patternId: row.pattern_id, field: 'frequency', stored: row.frequency, expected: want.frequency });
      }
      if (row.observations !== want.observations) {
        result.mismatches.push({
          userId: row.user_id,
          patternId: row.pattern_id,
          field: 'observations',
          stored: row.observations,
          expected: want.observations,
        });
      }
    }
    for (const [key, want] of expected) {
      if (seen.has(key)) continue;
      const [userId, patternId] = key.split('|');
      result.mismatches.push({ userId, patternId, field: 'row', stored: 0, expected: want.observations });
    }
    for (const user of users.rows) {
      const want = solved.get(user.id)?.size ?? 0;
      if (user.problems_solved !== want) result.solvedMismatches.push({ userId: user.id, stored: user.problems_solved, expected: want });
    }
    return result;
  } finally {
    await client.end();
  }
}
