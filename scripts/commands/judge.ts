// `codementor judge --problem SLUG FILE.py [--json]`: judges a file against a problem read
// straight from problems/, with no server or database. Exit 0 whenever judging completed,
// whatever the verdict; non-zero with a one-line reason when it could not be done.
import { readFile } from 'node:fs/promises';
import type { ComplexityReport } from '../../analyzer/src/index.js';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { analyzeSubmission, type SubmissionAnalysis } from '../../api/src/modules/analysis/analyze-submission.js';
import { EXPLANATION_DEPTHS, type ExplanationDepth } from '../../api/src/modules/feedback/feedback-types.js';
import { feedbackProblemOf } from '../../api/src/modules/feedback/feedback-types.js';
import { type RulesFeedback, rulesFeedback } from '../../api/src/modules/feedback/rules-feedback.js';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { judge0OptionsFrom } from '../../api/src/modules/judge/judge0-config.js';
import { reportWithoutRun } from '../../api/src/modules/judge/verdicts.js';
import { NoExecutorError } from '../../api/src/modules/judge/sandbox-capabilities.js';
import { makesAnalysisRuns, type TestReport } from '../../api/src/modules/judge/types.js';
import { ProblemNotFoundError, createProblemLoader, defaultProblemCacheDir } from '../../api/src/modules/problems/problem-loader.js';
import type { Problem } from '../../api/src/modules/problems/problem-schema.js';
import { judgedDocument } from '../../api/src/modules/submissions/present-report.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { decodePythonSource, type DecodedSource } from './decode-python-source.js';
import { terminalJson, terminalText } from './terminal-text.js';

const USAGE = 'usage: codementor judge --problem SLUG FILE.py [--json] [--depth eli5|intermediate|expert]';

function parseArgs(args: string[]): { slug: string; file: string; json: boolean; depth: ExplanationDepth } | string {
  let slug: string | undefined;
  let file: string | undefined;
  let json = false;
  let depth: string = 'intermediate';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--depth') depth = args[++i] ?? '';
    else if (a.startsWith('--depth=')) depth = a.slice('--depth='.length);
    else if (a === '--problem') slug = args[++i];
    else if (a.startsWith('--problem=')) slug = a.slice('--problem='.length);
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (file === undefined) file = a;
    else return `unexpected argument ${a}`;
  }
  if (!slug) return 'missing --problem SLUG';
  if (!file) return 'missing FILE.py';
  if (!(EXPLANATION_DEPTHS as readonly string[]).includes(depth)) return `--depth must be one of ${EXPLANATION_DEPTHS.join(', ')}, not ${depth || 'nothing'}`;
  return { slug, file, json, depth: depth as ExplanationDepth };
}

/** Above this many characters of JSON, a test's value is replaced by an `omitted` marker. */
export const MAX_TEST_VALUE_JSON_CHARS = 4096;

/** `value`, or `{"omitted": "<n> characters of JSON"}` in its place when it is over the limit. */
function abbreviated(value: unknown): unknown {
  const json = JSON.stringify(value);
  return json !== undefined && json.length > MAX_TEST_VALUE_JSON_CHARS ? { omitted: `${json.length} characters of JSON` } : value;
}

/**
 * A test with each argument, the expected and the actual value abbreviated (the input stays a
 * list), and `memory_kb` null where nothing measured it (the stress test's counterexample).
 */
const abbreviatedTest = (t: TestReport): TestReport => ({
  ...t,
  input: Array.isArray(t.input) ? t.input.map(abbreviated) : t.input,
  expected: abbreviated(t.expected),
  actual: abbreviated(t.actual),
  memory_kb: t.memory_kb ?? null,
});

/** The `judge --json` document (the API's shape, without its `analysis` status); test values over a few KB are abbreviated. */
export function judgeJsonDocument(analysis: SubmissionAnalysis, feedback: RulesFeedback): Record<string, unknown> {
  return judgedDocument(analysis, {
    tests: analysis.report.tests.map(abbreviatedTest),
    feedback: { source: feedback.source, model: feedback.model, text: feedback.text },
  });
}

const show = (v: unknown, max = 120): string => {
  const text = JSON.stringify(v) ?? 'null';
  return text.length > max ? `${text.slice(0, max)}... (${text.length} chars)` : text;
};

/** Kilobytes as people read them: 640 KB, 1.2 MB. */
const kilobytesText = (kb: number): string => (kb < 1024 ? `${kb} KB` : kb < 100 * 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb / 1024)} MB`);

function describeTest(t: TestReport): string {
  const mark = { passed: 'PASS', failed: 'FAIL', error: 'ERR ', timeout: 'TIME', skipped: 'SKIP' }[t.status];
  const measured = `${t.time_ms !== null ? `  ${t.time_ms} ms` : ''}${t.memory_kb != null ? `  ${kilobytesText(t.memory_kb)}` : ''}`;
  const lines = [`  ${mark} ${t.id}${t.hidden ? ' (hidden)' : ''}${t.tags.length ? ` [${t.tags.join(', ')}]` : ''}${measured}`];
  if (t.status !== 'passed' && t.status !== 'skipped') {
    lines.push(`       input:    ${show(t.input)}`, `       expected: ${show(t.expected)}`);
    if (t.status === 'failed') lines.push(`       actual:   ${show(t.actual)}`);
    if (t.error) lines.push(`       error:    ${t.error.type}: ${t.error.message}${t.error.line ? ` (line ${t.error.line})` : ''}`);
  }
  if (t.stdout) lines.push(`       printed:  ${show(t.stdout, 200)}`);
  return lines.join('\n');
}

function readableReport(problem: Problem, analysis: SubmissionAnalysis, feedback: RulesFeedback): string {
  const { report } = analysis;
  const out = [`${problem.title} (${problem.slug}): ${report.verdict.toUpperCase().replace(/_/g, ' ')}  ${report.passed}/${report.total} tests passed`];
  if (report.syntaxError) out.push(`syntax error at line ${report.syntaxError.line ?? '?'}: ${report.syntaxError.message}`);
  if (report.rejection) out.push(`rejected: ${report.rejection.message}`);
  if (!report.syntaxError && !report.rejection) out.push(...report.tests.map(describeTest));
  const { complexity } = analysis;
  if (complexity.time)
    out.push(`complexity: yours ${complexity.time} (${complexity.source}) · acceptable ${complexity.acceptable} · optimal ${complexity.optimal}`);
  out.push(analysis.patterns.length === 0 ? 'patterns: none' : 'patterns:');
  for (const p of analysis.patterns) out.push(`  ${p.severity.toUpperCase()} ${p.id} (line ${p.line}, confidence ${p.confidence}): ${p.message}`);
  out.push('', 'feedback:', feedback.text);
  return out.join('\n') + '\n';
}

export async function runJudgeCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`codementor judge: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  let source: DecodedSource;
  try {
    // Bytes, decoded as CPython would: a file that is not valid UTF-8 is a syntax error.
    source = decodePythonSource(await readFile(parsed.file), parsed.file);
  } catch (e) {
    process.stderr.write(`codementor judge: cannot read ${parsed.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
  let judge;
  try {
    // The server's settings (PYTHON_BIN, JUDGE_MEMORY_MB, JUDGE0_*): the same judge either way.
    const config = loadConfig();
    const pythonBin = config.PYTHON_BIN;
    const judge0 = judge0OptionsFrom(config);
    const problem = await createProblemLoader({ problemsDir: PROBLEMS_DIR, pythonBin, cacheDir: defaultProblemCacheDir() }).load(parsed.slug);
    judge = createJudge({
      pythonBin,
      memoryMb: config.JUDGE_MEMORY_MB,
      poolSize: 0,
      concurrency: 2,
      judge0,
      allowUnsandboxed: config.JUDGE_UNSAFE_NO_SANDBOX,
      hiddenPaths: [config.dataDir],
    });
    const { code, syntaxError } = source;
    const judged = syntaxError
      ? { ...reportWithoutRun(problem, problem.tests, 'syntax_error'), syntaxError }
      : await judge.judge({ problem, code, scope: 'all' });
    const analysis = await analyzeSubmission(judge, problem, code, judged, { pythonBin, dynamic: makesAnalysisRuns(judge.executor) });
    const feedback = rulesFeedback({
      report: analysis.report,
      findings: analysis.patterns,
      complexity: analysis.complexity.time ? (analysis.complexity as ComplexityReport) : null,
      problem: feedbackProblemOf(problem),
      depth: parsed.depth,
    });
    process.stdout.write(parsed.json ? terminalJson(judgeJsonDocument(analysis, feedback)) + '\n' : terminalText(readableReport(problem, analysis, feedback)));
    return 0;
  } catch (e) {
    const known = e instanceof ProblemNotFoundError || e instanceof NoExecutorError || e instanceof ConfigError;
    const reason = known ? e.message : `cannot judge: ${(e as Error).message}`;
    process.stderr.write(`codementor judge: ${terminalText(reason.split('\n')[0])}\n`);
    return 1;
  } finally {
    await judge?.close();
  }
}
