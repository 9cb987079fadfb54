// The database schema as code: tables, then relations, then row types. drizzle-kit generates
// the SQL migrations in migrations/ from this file (`npm run db:generate`).
import { relations, sql } from 'drizzle-orm';
import { boolean, date, index, integer, numeric, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PATTERN_IDS, SEVERITIES } from '../../../analyzer/src/index.js';
import { EXPLANATION_DEPTHS } from '../modules/feedback/feedback-types.js';
import { VERDICTS } from '../modules/judge/types.js';
import { CATEGORIES, DIFFICULTIES } from '../modules/problems/problem-schema.js';
import { checkedJsonb, readInterviewReport, readProblemContent, readStoredFeedback, readStoredFindings, readStoredResult } from './stored-values.js';

export type { MockInterviewReport, StoredFeedback, StoredFindings, StoredProblemContent, StoredResult } from './stored-values.js';

// Closed vocabularies are enums. These three are defined here; the others take their values from
// the module whose vocabulary they are, so they cannot drift from it (a change there is a migration).
export const authProviderEnum = pgEnum('auth_provider', ['local', 'clerk']);
export const submissionStatusEnum = pgEnum('submission_status', ['pending', 'judged', 'failed']);
export const helpKindEnum = pgEnum('help_kind', ['hint', 'solution']);
export const difficultyEnum = pgEnum('difficulty', DIFFICULTIES);
export const categoryEnum = pgEnum('category', CATEGORIES);
export const verdictEnum = pgEnum('verdict', VERDICTS);
export const explanationDepthEnum = pgEnum('explanation_depth', EXPLANATION_DEPTHS);
export const patternIdEnum = pgEnum('pattern_id', PATTERN_IDS);
export const severityEnum = pgEnum('severity', SEVERITIES);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authProvider: authProviderEnum('auth_provider').notNull().default('local'),
    email: text('email').unique(),
    externalId: text('external_id'),
    passwordHash: text('password_hash'),
    passwordSalt: text('password_salt'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** Carried in access tokens; raised on logout and on refresh-token reuse, which voids older tokens. */
    tokenVersion: integer('token_version').notNull().default(0),
    explanationDepth: explanationDepthEnum('explanation_depth').notNull().default('intermediate'),
    problemsSolved: integer('problems_solved').notNull().default(0),
    streakDays: integer('streak_days').notNull().default(0),
    lastActiveDay: date('last_active_day'),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('users_external_id_idx').on(table.externalId)],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index('refresh_tokens_family_idx').on(table.familyId)],
);

export const problems = pgTable(
  'problems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    isCurrent: boolean('is_current').notNull().default(true),
    title: text('title').notNull(),
    difficulty: difficultyEnum('difficulty').notNull(),
    category: categoryEnum('category').notNull(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    targetPatterns: patternIdEnum('target_patterns')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** The problem as loaded from problems/<slug>/ (statement, tests, limits, classes, help). */
    content: checkedJsonb('content', readProblemContent).notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('problems_slug_version_idx').on(table.slug, table.version), index('problems_current_idx').on(table.isCurrent, table.slug)],
);

export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemId: uuid('problem_id')
      .notNull()
      .references(() => problems.id),
    problemSlug: text('problem_slug').notNull(),
    code: text('code').notNull(),
    language: text('language').notNull().default('python'),
    status: submissionStatusEnum('status').notNull().default('pending'),
    verdict: verdictEnum('verdict'),
    passed: integer('passed'),
    total: integer('total'),
    /** The judge report: per-test results, complexity, patterns. */
    result: checkedJsonb('result', readStoredResult),
    /** The findings, most severe first. */
    patterns: checkedJsonb('patterns', readStoredFindings)
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The explanation, once written. */
    feedback: checkedJsonb('feedback', readStoredFeedback),
    /**
     * When the findings became final. The verdict is stored (and answered) first; mutants and
     * growth runs follow in the background. Null on a judged row: that analysis is still to do.
     */
    analyzedAt: timestamp('analyzed_at', { withTimezone: true }),
    /** The client's Idempotency-Key: a retried POST with the same key gets this submission back. */
    idempotencyKey: text('idempotency_key'),
    createdAt: createdAt(),
  },
  (table) => [
    index('submissions_user_created_idx').on(table.userId, table.createdAt),
    uniqueIndex('submissions_user_idempotency_key_idx')
      .on(table.userId, table.idempotencyKey)
      .where(sql`${table.idempotencyKey} is not null`),
    // The recovery's lookups (a handful of rows each) without scanning every submission.
    index('submissions_pending_idx')
      .on(table.createdAt)
      .where(sql`${table.status} = 'pending'`),
    index('submissions_unanalyzed_idx')
      .on(table.createdAt)
      .where(sql`${table.status} = 'judged' and ${table.analyzedAt} is null`),
  ],
);

export const weaknessPatterns = pgTable(
  'weakness_patterns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    patternId: patternIdEnum('pattern_id').notNull(),
    frequency: integer('frequency').notNull().default(0),
    lastOccurred: timestamp('last_occurred', { withTimezone: true }),
    problemSlugs: text('problem_slugs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    mastery: real('mastery').notNull().default(0.3),
    /** How many observations (submissions to problems targeting the pattern) the mastery reflects. */
    observations: integer('observations').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('weakness_patterns_user_pattern_idx').on(table.userId, table.patternId)],
);

/** Each problem a user has solved, once: kept when old submissions are deleted by retention. */
export const solvedProblems = pgTable(
  'solved_problems',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemSlug: text('problem_slug').notNull(),
    firstSolvedAt: timestamp('first_solved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.problemSlug] })],
);

export const llmUsage = pgTable(
  'llm_usage',
  {
    day: date('day').notNull(),
    model: text('model').notNull(),
    requests: integer('requests').notNull().default(0),
    tokensIn: integer('tokens_in').notNull().default(0),
    tokensOut: integer('tokens_out').notNull().default(0),
    costUsd: numeric('cost_usd', { precision: 12, scale: 6 }).notNull().default('0'),
  },
  (table) => [primaryKey({ columns: [table.day, table.model] })],
);

export const recommendationFeedback = pgTable(
  'recommendation_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemSlug: text('problem_slug').notNull(),
    helpful: boolean('helpful').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('recommendation_feedback_user_idx').on(table.userId, table.createdAt)],
);

/** A learner's report that a finding is wrong, kept to calibrate the detectors. */
export const findingDisputes = pgTable(
  'finding_disputes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    findingIndex: integer('finding_index').notNull(),
    patternId: patternIdEnum('pattern_id').notNull(),
    line: integer('line'),
    severity: severityEnum('severity'),
    confidence: real('confidence'),
    message: text('message'),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('finding_disputes_submission_finding_idx').on(table.submissionId, table.findingIndex),
    index('finding_disputes_pattern_idx').on(table.patternId, table.createdAt),
  ],
);

/**
 * Help a learner took on a problem before solving it: a hint of the problem's ladder (rung 1..n)
 * or the reference solution. Later submissions to the problem count as weaker evidence of mastery.
 */
export const problemHelp = pgTable(
  'problem_help',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemSlug: text('problem_slug').notNull(),
    kind: helpKindEnum('kind').notNull(),
    /** The hint's rung (1 = the first hint); null for the solution. */
    rung: integer('rung'),
    createdAt: createdAt(),
  },
  (table) => [index('problem_help_user_problem_idx').on(table.userId, table.problemSlug)],
);

/** A timed practice session on problems the queue chose, without hints; the report is kept. */
export const mockInterviews = pgTable(
  'mock_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    problemSlugs: text('problem_slugs').array().notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Null while the interview runs (also after endsAt, until the next read closes it). */
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    report: checkedJsonb('report', readInterviewReport),
  },
  (table) => [
    index('mock_interviews_user_started_idx').on(table.userId, table.startedAt),
    // One running interview per learner, decided by the database even under concurrent starts.
    uniqueIndex('mock_interviews_one_running_idx')
      .on(table.userId)
      .where(sql`${table.finishedAt} is null`),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({
  submissions: many(submissions),
  weaknessPatterns: many(weaknessPatterns),
  refreshTokens: many(refreshTokens),
}));

export const submissionsRelations = relations(submissions, ({ one }) => ({
  user: one(users, { fields: [submissions.userId], references: [users.id] }),
  problem: one(problems, { fields: [submissions.problemId], references: [problems.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type RefreshToken = typeof refreshTokens.$inferSelect;
export type Problem = typeof problems.$inferSelect;
export type NewProblem = typeof problems.$inferInsert;
export type Submission = typeof submissions.$inferSelect;
export type NewSubmission = typeof submissions.$inferInsert;
export type WeaknessPattern = typeof weaknessPatterns.$inferSelect;
export type LlmUsage = typeof llmUsage.$inferSelect;
export type RecommendationFeedback = typeof recommendationFeedback.$inferSelect;
export type SolvedProblem = typeof solvedProblems.$inferSelect;
export type FindingDispute = typeof findingDisputes.$inferSelect;
export type ProblemHelp = typeof problemHelp.$inferSelect;
export type MockInterview = typeof mockInterviews.$inferSelect;
