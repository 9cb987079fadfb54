// `npm run review:feedback [-- --half review|grading|grading-2|grading-3|grading-4|grading-5|grading-6|grading-7|grading-8|grading-9|grading-10|grading-11|grading-12|grading-13|grading-14] [--depth eli5|intermediate|expert] [--level 1|2|3] [--file part-of-a-path]`:
// the rule-based reply to every submission of the wording review set, as a reviewer reads it:
// the problem, the code with line numbers, and the reply. The set (tests/feedback/review-set/)
// holds flawed submissions written by someone who never read the feedback code, each with the
// reply a tutor would accept; `review` is for development and the mechanical-rules test; a
// grading half is kept apart until a reviewer grades it once (the README reports each grading).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ComplexityReport } from '../analyzer/src/index.js';
import { analyzeSubmission, type SubmissionAnalysis } from '../api/src/modules/analysis/analyze-submission.js';
import { EXPLANATION_DEPTHS, type ExplanationDepth, feedbackProblemOf, type HintLevel } from '../api/src/modules/feedback/feedback-types.js';
import { rulesFeedback } from '../api/src/modules/feedback/rules-feedback.js';
import { createJudge, type Judge } from '../api/src/modules/judge/judge.js';
import type { Problem } from '../api/src/modules/problems/problem-schema.js';
import { createProblemLoader, defaultProblemCacheDir } from '../api/src/modules/problems/problem-loader.js';
import { createProblemRegistry } from '../api/src/modules/problems/problem-registry.js';
import { PROBLEMS_DIR, PROJECT_ROOT } from '../api/src/paths.js';

export const REVIEW_SET = path.join(PROJECT_ROOT, 'tests', 'feedback', 'review-set');
/** `review` (development) and the grading halves, each graded once by a reviewer and development data since. */
export const HALVES = [
  'review',
  'grading',
  'grading-2',
  'grading-3',
  'grading-4',
  'grading-5',
  'grading-6',
  'grading-7',
  'grading-8',
  'grading-9',
  'grading-10',
  'grading-11',
  'grading-12',
  'grading-13',
  'grading-14',
] as const;
export type Half = (typeof HALVES)[number];

export interface ReviewItem {
  file: string;
  problem: string;
  pattern: string;
  /** The line of the mistake. */
  line: number;
  mistake: string;
  tutor_reply: string;
  must_say: string[];
  must_not_say: string[];
}

export interface JudgedItem {
  item: ReviewItem;
  code: string;
  problem: Problem;
  analysis: SubmissionAnalysis;
}

export function loadReviewSet(half: Half): ReviewItem[] {
  return JSON.parse(readFileSync(path.join(REVIEW_SET, `${half}.json`), 'utf8')) as ReviewItem[];
}

/** Judges and fully analyses every item (as a submission is), two at a time. */
export async function judgeReviewSet(items: ReviewItem[], pythonBin = process.env.PYTHON_BIN ?? 'python3'): Promise<JudgedItem[]> {
  const judge: Judge = createJudge({ pythonBin });
  const registry = createProblemRegistry(createProblemLoader({ problemsDir: PROBLEMS_DIR, pythonBin, cacheDir: defaultProblemCacheDir() }));
  const judged = new Array<JudgedItem>(items.length);
  let next = 0;
  try {
    await Promise.all(
      [0, 1].map(async () => {
        while (next < items.length) {
          const i = next++;
          const item = items[i];
          const problem = await registry.get(item.problem);
          if (!problem) throw new Error(`${item.file}: no problem ${item.problem}`);
          const code = readFileSync(path.join(REVIEW_SET, 'submissions', item.file), 'utf8');
          const report = await judge.judge({ problem, code, scope: 'all' });
          judged[i] = { item, code, problem, analysis: await analyzeSubmission(judge, problem, code, report, { pythonBin, dynamic: true }) };
        }
      }),
    );
  } finally {
    await judge.close();
  }
  return judged;
}

/** The reply a learner reads for this submission, exactly as the CLI and the web app build it. */
export function replyTo(judged: JudgedItem, depth: ExplanationDepth, level: HintLevel = 1): string {
  const { analysis, problem } = judged;
  return rulesFeedback({
    report: analysis.report,
    findings: analysis.patterns,
    complexity: analysis.complexity.time ? (analysis.complexity as ComplexityReport) : null,
    problem: feedbackProblemOf(problem),
    depth,
    level,
  }).text;
}

const argument = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const half = (argument('half') ?? 'grading') as Half;
  const depth = (argument('depth') ?? 'intermediate') as ExplanationDepth;
  const level = Number(argument('level') ?? 1) as HintLevel;
  if (!(HALVES as readonly string[]).includes(half)) throw new Error(`--half must be one of ${HALVES.join(', ')}, not ${half}`);
  if (!EXPLANATION_DEPTHS.includes(depth)) throw new Error(`--depth must be one of ${EXPLANATION_DEPTHS.join(', ')}`);
  const only = argument('file');
  const judged = await judgeReviewSet(loadReviewSet(half).filter((item) => !only || item.file.includes(only)));
  judged.forEach((j, i) => {
    const numbered = j.code
      .trimEnd()
      .split('\n')
      .map((line, n) => `${String(n + 1).padStart(3)}  ${line}`)
      .join('\n');
    process.stdout.write(
      `\n## ${i + 1}. ${j.item.file} (${j.item.problem}, verdict ${j.analysis.report.verdict})\n\n\`\`\`python\n${numbered}\n\`\`\`\n\n${replyTo(j, depth, level)}\n\n---\n`,
    );
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`review:feedback: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
