// Records disputes of findings and reads them back for calibration. One dispute per finding of
// a submission: reporting it again only updates the comment.
import { and, count, desc, eq } from 'drizzle-orm';
import { PATTERN_IDS, type PatternId } from '../../../../analyzer/src/index.js';
import type { Database } from '../../db/client.js';
import { type FindingDispute, findingDisputes, submissions } from '../../db/schema.js';
import { badRequest, notFound } from '../../errors.js';
import { findingDisputesTotal } from './dispute-metrics.js';

const isPatternId = (value: string): value is PatternId => (PATTERN_IDS as readonly string[]).includes(value);

export async function recordDispute(db: Database, input: { userId: string; submissionId: string; index: number; comment?: string }): Promise<FindingDispute> {
  const [submission] = await db
    .select({ id: submissions.id, patterns: submissions.patterns })
    .from(submissions)
    .where(and(eq(submissions.id, input.submissionId), eq(submissions.userId, input.userId)));
  if (!submission) throw notFound('submission');
  const findings = submission.patterns;
  const finding = findings[input.index];
  if (!finding) {
    throw badRequest(`this submission has no finding ${input.index}`, { findings: findings.length });
  }
  const comment = input.comment?.trim() || null;
  const [inserted] = await db
    .insert(findingDisputes)
    .values({
      submissionId: submission.id,
      userId: input.userId,
      findingIndex: input.index,
      patternId: finding.id,
      line: finding.line,
      severity: finding.severity,
      confidence: finding.confidence,
      message: finding.message,
      comment,
    })
    .onConflictDoNothing({ target: [findingDisputes.submissionId, findingDisputes.findingIndex] })
    .returning();
  if (inserted) {
    findingDisputesTotal.inc({ pattern: finding.id });
    return inserted;
  }
  // Reported before: keep one dispute, with the newest comment when one is given.
  const where = and(eq(findingDisputes.submissionId, submission.id), eq(findingDisputes.findingIndex, input.index));
  const [existing] = comment
    ? await db.update(findingDisputes).set({ comment }).where(where).returning()
    : await db.select().from(findingDisputes).where(where);
  return existing;
}

export interface DisputeSummary {
  patternId: string;
  disputes: number;
}

export async function summarizeDisputes(db: Database): Promise<DisputeSummary[]> {
  const rows = await db
    .select({ patternId: findingDisputes.patternId, disputes: count() })
    .from(findingDisputes)
    .groupBy(findingDisputes.patternId)
    .orderBy(desc(count()), findingDisputes.patternId);
  return rows.map((r) => ({ patternId: r.patternId, disputes: Number(r.disputes) }));
}

export async function listDisputes(db: Database, filter: { pattern?: string; limit: number }): Promise<FindingDispute[]> {
  // No detector has that id (a typo on the command line): nothing can be disputed under it.
  if (filter.pattern !== undefined && !isPatternId(filter.pattern)) return [];
  return db
    .select()
    .from(findingDisputes)
    .where(filter.pattern ? eq(findingDisputes.patternId, filter.pattern) : undefined)
    .orderBy(desc(findingDisputes.createdAt))
    .limit(filter.limit);
}
