// `codementor problems validate [--slug SLUG]`: every check of the problem set, with a
// progress bar on stderr, a table and the failures (`FAIL <slug>: <check>: <detail>`) on
// stdout, and exit status 1 on any failure. Code runs through the local runner, whatever
// executor the server is configured with, so timings are this machine's.
import { availableParallelism } from 'node:os';
import { loadConfig } from '../../api/src/config.js';
import { createJudge } from '../../api/src/modules/judge/judge.js';
import { ProblemNotFoundError, createProblemLoader, defaultProblemCacheDir } from '../../api/src/modules/problems/problem-loader.js';
import { PROBLEMS_DIR } from '../../api/src/paths.js';
import { formatTable } from './format-table.js';
import { terminalText } from './terminal-text.js';
import { REFERENCE_TIME_SHARE } from './judged-checks.js';
import { validateProblemSet } from './problem-set-validator.js';
import { createProgressReporter } from './progress-bar.js';
import { PROBLEM_CHECKS, SET_CHECKS, formatFailure, type CheckOutcome, type ProblemValidation, type ValidationReport } from './validation-result.js';

const USAGE = 'usage: codementor problems validate [--slug SLUG]';

function parseArgs(args: string[]): { slug?: string } | { error: string } {
  let slug: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--slug' && args[i + 1] !== undefined && !args[i + 1].startsWith('--')) slug = args[++i];
    else if (arg.startsWith('--slug=')) slug = arg.slice('--slug='.length);
    else return { error: arg === '--slug' ? '--slug needs a problem slug' : `unexpected argument "${arg}"` };
  }
  return { slug };
}

export async function runValidateCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    process.stderr.write(`codementor: problems validate: ${parsed.error}; ${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  // The cache of generated tests shared with `problems list`, `seed` and the server.
  const loader = createProblemLoader({ problemsDir: PROBLEMS_DIR, pythonBin: config.PYTHON_BIN, cacheDir: defaultProblemCacheDir() });
  const concurrency = availableParallelism();
  const judge = createJudge({ pythonBin: config.PYTHON_BIN, concurrency });
  try {
    const total = parsed.slug ? 1 : (await loader.listSlugs()).length;
    const progress = createProgressReporter(process.stderr, total);
    const report = await validateProblemSet({
      loader,
      judge,
      pythonBin: config.PYTHON_BIN,
      concurrency,
      slug: parsed.slug,
      onProblemStart: (slug) => progress.started(slug),
      onProblemDone: (validation) => progress.finished(validation.slug, summarize(validation)),
    });
    progress.end(`validated ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`);
    process.stdout.write(terminalText(formatReport(report)));
    return report.failures.length === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof ProblemNotFoundError)) throw error;
    process.stderr.write(`codementor: problems validate: unknown problem "${error.slug}" (see codementor problems list)\n`);
    return 2;
  } finally {
    await judge.close();
  }
}

const mark = (outcome: CheckOutcome): string => ({ passed: '✓', failed: '✗', skipped: '-' })[outcome.status];

function summarize(validation: ProblemValidation): string {
  const failed = PROBLEM_CHECKS.filter((check) => validation.checks[check].status === 'failed');
  return failed.length === 0 ? 'ok' : `failed ${failed.join(', ')}`;
}

function referenceTime(validation: ProblemValidation): string {
  if (validation.timeLimitMs === null || validation.referenceLargeMs === null) return '-';
  return `${validation.referenceLargeMs.toFixed(1)} / ${validation.timeLimitMs * REFERENCE_TIME_SHARE} ms`;
}

/** How many slow variants a large test stopped, of how many. */
function variantsStopped(validation: ProblemValidation): string {
  const verdicts = validation.variantVerdicts;
  if (verdicts === null || verdicts.length === 0) return '-';
  return `${verdicts.filter((v) => v.verdict !== 'accepted').length} / ${verdicts.length}`;
}

/** The table, the set checks, then every failure on its own line. */
export function formatReport(report: ValidationReport): string {
  const headers = ['problem', ...PROBLEM_CHECKS, 'ref large cpu (max / budget)', 'slower verdict', 'variants stopped'];
  const rows = report.problems.map((p) => [
    p.slug,
    ...PROBLEM_CHECKS.map((check) => mark(p.checks[check])),
    referenceTime(p),
    p.slowerVerdict ?? '-',
    variantsStopped(p),
  ]);
  let out = formatTable(headers, rows);
  if (report.set) out += `\nproblem set: ${SET_CHECKS.map((check) => `${check} ${mark(report.set![check])}`).join('  ')}\n`;
  if (report.failures.length > 0) out += `\n${report.failures.map(formatFailure).join('\n')}\n`;
  out += `\n${report.failures.length === 0 ? 'all checks passed' : `${report.failures.length} failure${report.failures.length === 1 ? '' : 's'}`}\n`;
  return out;
}
