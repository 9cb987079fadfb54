// The API's shapes as the web app reads them (shared contract.md); fields the server may add
// later are optional so the UI degrades gracefully while a route is still being built.
export type Severity = 'critical' | 'warning' | 'info';
export type Verdict =
  | 'accepted'
  | 'wrong_answer'
  | 'runtime_error'
  | 'time_limit_exceeded'
  | 'memory_limit_exceeded'
  | 'output_limit_exceeded'
  | 'syntax_error'
  | 'rejected';
export type TestStatus = 'passed' | 'failed' | 'error' | 'timeout' | 'skipped';
export type Difficulty = 'easy' | 'medium' | 'hard';
export type ProblemStatus = 'solved' | 'attempted' | 'new';
export type ExplanationDepth = 'eli5' | 'intermediate' | 'expert';

export interface User {
  id: string;
  email: string | null;
  createdAt: string;
}

export interface Me extends User {
  authProvider: 'local' | 'clerk';
  explanationDepth: ExplanationDepth | string;
}

export interface ProblemSummary {
  slug: string;
  title: string;
  difficulty: Difficulty;
  category: string;
  tags: string[];
  status: ProblemStatus;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PublicTest {
  id: string;
  input: unknown[];
  expected: unknown;
  tags: string[];
}

export interface Problem extends ProblemSummary {
  statement: string;
  starterCode: string;
  entryPoint?: string;
  params?: string[];
  tests: PublicTest[];
  optimal: string;
  acceptable: string;
  hiddenTests?: number;
  timeLimitMs?: number;
  /** Rungs of the problem's hint ladder. */
  hintCount: number;
}

export interface TestResult {
  id: string;
  hidden: boolean;
  tags: string[];
  status: TestStatus;
  input?: unknown[];
  expected?: unknown;
  actual?: unknown;
  error: { type?: string; message?: string; line?: number | null } | null;
  time_ms: number | null;
  /** Peak memory the call took, KB; null when not measured, absent on hidden tests kept secret. */
  memory_kb?: number | null;
  stdout?: string;
}

export interface Finding {
  id: string;
  severity: Severity;
  confidence: number;
  line: number | null;
  message: string;
  evidence: string[];
}

export interface Complexity {
  time?: string;
  optimal?: string;
  acceptable?: string;
  source?: string;
}

export interface Feedback {
  status?: 'pending' | 'ready' | string;
  source?: 'rules' | 'model' | string;
  model?: string | null;
  text?: string;
}

export interface JudgeOutput {
  id?: string;
  status?: string;
  problem: string;
  verdict: Verdict | null;
  passed: number;
  total: number;
  tests: TestResult[];
  patterns: Finding[];
  complexity: Complexity | null;
  /** `pending`: patterns and complexity so far come from the code and tests; growth runs and mutant matching may still add to them. */
  analysis?: { status: 'pending' | 'complete' };
  feedback: Feedback | null;
  syntaxError?: { message?: string; line?: number | null };
  rejection?: { message?: string; reason?: string };
  createdAt?: string;
  /** The submitted code: in `GET /api/submissions/:id` only (the author's own). */
  code?: string;
}

/** One row of `GET /api/submissions`: the verdict without the report or the code. */
export interface SubmissionSummary {
  id: string;
  problem: string;
  status: string;
  verdict: Verdict | null;
  passed: number | null;
  total: number | null;
  createdAt: string;
}

export interface PatternDocs {
  id: string;
  title: string;
  docs: { what: string; why: string; example: string; better: string; knownMisses: string };
}

export interface DashboardPattern {
  id: string;
  count: number;
  share: number;
  /** Null while the pattern is not measured yet (level `not-measured`). */
  mastery: number | null;
  level: string;
  lastOccurred: string | null;
}

export interface Dashboard {
  solved: { total: number; byDifficulty: Record<string, number>; byCategory: Record<string, number> };
  attempts: number;
  streak: number;
  patterns: DashboardPattern[];
  trend: { week: string; counts: Record<string, number> }[];
  recent?: unknown[];
  helpfulness?: unknown;
}

export interface Recommendation {
  slug: string;
  title: string;
  difficulty: Difficulty;
  score: number;
  reason: string;
  targetPatterns: string[];
}

/** The hints of a problem opened so far (GET/POST /api/problems/:slug/hints). */
export interface HintLadder {
  hints: string[];
  total: number;
}

/** The reference solution, once solved or asked for (GET /api/problems/:slug/solution). */
export interface ReferenceSolution {
  code: string;
  /** Markdown. */
  explanation: string;
  time: string;
  space: string;
  unlockedBy: 'accepted' | 'revealed';
}

export interface MockInterviewProblemReport {
  slug: string;
  title: string;
  solved: boolean;
  attempts: number;
  minutes: number | null;
  patterns: string[];
  timeClass: string | null;
  optimal: string | null;
}

export interface MockInterview {
  id: string;
  status: 'running' | 'finished';
  problems: { slug: string; title: string; difficulty: Difficulty }[];
  durationMinutes: number;
  startedAt: string;
  endsAt: string;
  finishedAt: string | null;
  report: { solved: number; total: number; problems: MockInterviewProblemReport[] } | null;
}
