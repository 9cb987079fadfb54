// Idempotency-Key on POST /api/submissions: a client that retries (after a 503, a timeout, a
// dropped connection) with the same key gets the submission its first attempt created, never
// a second one. The key is stored on the row, unique per user; an attempt that failed before
// its verdict leaves no row (see createSubmission), so its key is free for the retry to judge.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { type Submission, submissions } from '../../db/schema.js';
import { AppError } from '../../errors.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

export async function findKeyedSubmission(db: Database, userId: string, key: string): Promise<Submission | null> {
  const [row] = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.userId, userId), eq(submissions.idempotencyKey, key)));
  return row ?? null;
}

/** A key names one request: the same key with another problem or code is a client bug, said plainly. */
export function assertSameRequest(row: Submission, problem: string, code: string): void {
  if (row.problemSlug === problem && row.code === code) return;
  throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was already used for a different submission; send a new key for a new submission');
}
