// Evaluation, not a test: runs every flawed solution under tests/problems/fixtures/ (and every
// reference solution) through the real judge and the full analysis (tests, stress, mutants,
// growth), then prints precision and recall per pattern against the flaw each file is named
// for. Run: npx tsx tests/analyzer/support/evaluate-flawed.ts [slug...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeSubmission } from '../../../api/src/modules/analysis/analyze-submission.js';
import { createJudge } from '../../../api/src/modules/judge/judge.js';
import { PROBLEMS_DIR } from '../../../api/src/paths.js';
import { PATTERN_IDS } from '../../../analyzer/src/index.js';
import { testProblemRegistry } from '../../helpers/problems.js';

const FLAWED = new URL('../../problems/fixtures/', import.meta.url).pathname;

/**
 * The patterns each flawed fixture shows, read from its `# flaw:` comment. Kinds map directly
 * (off-by-one, missed-edge-case); brute-force files are all suboptimal, plus the container or
 * repeated-work pattern their comment names; files wrong in other ways (logic) show none.
 */
const SUBOPTIMAL = 'suboptimal-complexity';
const BRUTE_EXTRA: Record<string, string[]> = {
  'contains-duplicate': ['wrong-data-structure', 'inefficient-loop'],
  'group-anagrams': ['inefficient-loop'],
  'longest-common-prefix': ['inefficient-loop'],
  'longest-consecutive-sequence': ['wrong-data-structure'],
  'maximum-subarray': ['inefficient-loop'],
  'merge-sorted-arrays': ['wrong-data-structure', 'inefficient-loop'],
  'minimum-window-substring': ['inefficient-loop'],
  'move-zeroes': ['wrong-data-structure'],
  'product-of-array-except-self': ['inefficient-loop'],
  'remove-duplicates-from-sorted-array': ['wrong-data-structure', 'inefficient-loop'],
  'reverse-words': ['inefficient-loop'],
  'rotate-array': ['inefficient-loop'],
  'run-length-encoding': ['inefficient-loop'],
  'subarray-sum-equals-k': ['inefficient-loop'],
  'top-k-frequent-elements': ['wrong-data-structure', 'inefficient-loop'],
  'trapping-rain-water': ['inefficient-loop'],
  'two-sum': ['wrong-data-structure'],
  'valid-anagram': ['wrong-data-structure'],
  'valid-palindrome': ['inefficient-loop'],
  'valid-parentheses': ['inefficient-loop'],
};
const SPECIAL: Record<string, string[]> = {
  'binary-search/index-past-end': ['off-by-one'],
  'missing-number/forgets-largest': ['off-by-one'],
  'longest-consecutive-sequence/empty-returns-one': ['missing-edge-case'],
  'product-of-array-except-self/two-zeros': ['missing-edge-case'],
  'subarray-sum-equals-k/sliding-window': ['missing-edge-case'],
  'valid-parentheses/pop-empty-stack': ['missing-edge-case'],
  'longest-substring-without-repeating-characters/ascii-table': ['missing-validation'],
  'merge-intervals/assumes-sorted': ['missing-validation'],
  'search-in-rotated-sorted-array/assumes-sorted': ['missing-validation'],
  'rotate-array/no-modulo': ['missing-validation'],
  'top-k-frequent-elements/negative-slice': ['missing-validation'],
  'remove-duplicates-from-sorted-array/unordered-set': ['wrong-data-structure'],
  // named missed-edge-case, but its flaw is an assumption: lowercase English letters only
  'valid-anagram/missed-edge-case': ['missing-validation'],
  // named missed-edge-case, but its flaw is an assumption: k at most the number of different values
  'top-k-frequent-elements/missed-edge-case': ['missing-validation'],
};

/** Files slower than the problem accepts besides their named flaw (a sort where O(n) is needed). */
const ALSO_SLOW = new Set([
  'missing-number/missed-edge-case',
  'missing-number/off-by-one',
  'two-sum/off-by-one',
  'two-sum/sorted-indices',
  'minimum-window-substring/ignores-multiplicity',
  'palindromic-substrings/counts-distinct',
]);

function expectedPatterns(slug: string, kind: string): string[] {
  const named = namedPatterns(slug, kind);
  return ALSO_SLOW.has(`${slug}/${kind}`) ? [...named, SUBOPTIMAL] : named;
}

function namedPatterns(slug: string, kind: string): string[] {
  if (kind === 'reference') return [];
  if (SPECIAL[`${slug}/${kind}`]) return SPECIAL[`${slug}/${kind}`];
  if (kind === 'off-by-one') return ['off-by-one'];
  if (kind === 'missed-edge-case') return ['missing-edge-case'];
  if (kind === 'brute-force') return [SUBOPTIMAL, ...(BRUTE_EXTRA[slug] ?? [])];
  return SPECIAL[`${slug}/${kind}`] ?? [];
}

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const pythonBin = process.env.PYTHON_BIN ?? 'python3';
  const judge = createJudge({ pythonBin, concurrency: 2, poolSize: 0 });
  const registry = testProblemRegistry();
  const stats = new Map(PATTERN_IDS.map((id) => [id as string, { tp: 0, fp: 0, fn: 0 }]));
  let references = 0;
  let cleanReferences = 0;
  for (const slug of readdirSync(FLAWED).sort()) {
    if (only.size && !only.has(slug)) continue;
    const problem = await registry.get(slug);
    if (!problem) continue;
    const files = readdirSync(path.join(FLAWED, slug))
      .filter((f) => f.endsWith('.py'))
      .map((f) => path.join(FLAWED, slug, f));
    const reference = path.join(PROBLEMS_DIR, slug, 'solution.py');
    if (existsSync(reference)) files.push(reference);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const kind = file === reference ? 'reference' : path.basename(file, '.py');
      const expected = expectedPatterns(slug, kind);
      const report = await judge.judge({ problem, code, scope: 'all' });
      const analysis = await analyzeSubmission(judge, problem, code, report, { pythonBin, dynamic: true });
      const found = [...new Set(analysis.patterns.map((p) => p.id as string))];
      if (kind === 'reference') {
        references++;
        if (found.length === 0) cleanReferences++;
      }
      {
        for (const id of PATTERN_IDS) {
          const s = stats.get(id)!;
          const want = expected.includes(id);
          const got = found.includes(id);
          if (want && got) s.tp++;
          else if (got) s.fp++;
          else if (want) s.fn++;
        }
      }
      const mark = expected.every((e) => found.includes(e)) && found.every((f) => expected.includes(f)) ? 'ok  ' : 'MISS';
      process.stdout.write(
        `${mark} ${slug}/${kind}: ${report.verdict} -> [${found.join(', ')}] want [${expected.join(', ')}] ${analysis.complexity.time ?? ''} (${analysis.complexity.source ?? ''})\n`,
      );
    }
  }
  process.stdout.write('\npattern                  precision recall  f1     (tp/fp/fn)\n');
  for (const [id, s] of stats) {
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    process.stdout.write(`${id.padEnd(24)} ${p.toFixed(2).padStart(9)} ${r.toFixed(2).padStart(6)}  ${f1.toFixed(2)}   (${s.tp}/${s.fp}/${s.fn})\n`);
  }
  process.stdout.write(`reference solutions with no pattern: ${cleanReferences}/${references}\n`);
  await judge.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
