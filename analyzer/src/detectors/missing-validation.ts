// missing-validation: the code assumes something about its arguments that the statement does
// not promise: only lowercase ASCII letters (a [0] * 26 table indexed by ord(c) - ord('a')),
// k no larger than the length (xs[-k:] without k % len(xs)), a value that exists (xs.index),
// a sorted input. The strongest evidence is a probe: a failing test rerun on its input made to
// satisfy the assumption (sorted, k reduced, the value present) comes out right; the finding
// then points at the line relying on it. Failing tests tagged edge:unicode / edge:boundary, or
// a ValueError from .index, confirm the static signs; when tests ran and passed, the
// assumption held for this problem and nothing is reported.
import type { PyNode } from '../syntax.js';
import { callsTo, comparisonOperators, compact, findAll, isIntegerLiteral, namesIn } from '../syntax-queries.js';
import type { Finding, TestResult } from '../types.js';
import type { ProbeName } from '../probes.js';
import { assumptionCrashes, fixedSizeTables, type AssumptionCrash } from './assumption-crashes.js';
import { assumptionSite, firstRead, orderComparison, setOfInput, shrinkingWindowTest, unskippedPointerStep, usedAsCount } from './assumption-sites.js';
import { defineDetector, type DetectorContext, type Template } from './detector.js';
import { functionOf, isInTryBlock, makeFinding, quote } from './helpers.js';
import { assumption, probeVerdicts, showed, testOf, wordsOf, type ProbeFix, type Words } from './probe-evidence.js';
import { classifyFailure, describeTest, hasCountPastLength, hasNonAscii, isFailing } from './test-failures.js';

const say = {
  lowercase: (p: { line: number; code: string; test: string }) =>
    `Line ${p.line}: \`${p.code}\` only fits the 26 lowercase letters a-z; any other character (an uppercase letter, a digit, an accent) lands outside the table or in the wrong slot${p.test}. Count with a dict or collections.Counter instead.`,
  countPastLength: (p: { line: number; code: string; count: string; sequence: string; test: string }) =>
    `Line ${p.line}: \`${p.code}\` assumes 0 < \`${p.count}\` <= len(${p.sequence}): with \`${p.count}\` = 0 the slice is the whole list, and a larger \`${p.count}\` gives the wrong part${p.test}. Check or reduce \`${p.count}\` first (for example \`${p.count} %= len(${p.sequence})\`).`,
  valueMissing: (p: { line: number; code: string; test: string; message: string }) =>
    `Line ${p.line}: \`${p.code}\` assumes the value is present; on ${p.test} it is not and Python raises ValueError (${p.message}). Check with \`in\` first or keep positions in a dict.`,
  valueIndex: (p: { line: number; code: string; table: string; test: string; message: string }) =>
    `Line ${p.line}: \`${p.code}\` uses a value of the input as a position in \`${p.table}\`, which assumes every value fits the table; the statement allows larger (or negative) values, and on ${p.test} it raises IndexError (${p.message}). Key a set or a dict by the value instead.`,
  valueTable: (p: { line: number; code: string; use: string; useLine: number; test: string; message: string }) =>
    `Line ${p.line}: \`${p.code}\` makes a table of a fixed size and line ${p.useLine} (\`${p.use}\`) uses values of the input as positions in it, which assumes every value fits; the statement allows larger ones, and on ${p.test} it raises IndexError (${p.message}). Key a set or a dict by the value instead.`,
  characterCodeTable: (p: { line: number; code: string; use: string; useLine: number; test: string }) =>
    `Line ${p.line}: \`${p.code}\` has room only for the character codes it was sized for, and line ${p.useLine} (\`${p.use}\`) indexes it by a character's code; an accented letter, a CJK character or an emoji lands outside it or in a wrong slot${p.test}. Use a dict keyed by the character instead.`,
  foreignPosition: (p: { line: number; code: string; indexed: string; owner: string; index: string; test: string; message: string }) =>
    `Line ${p.line}: \`${p.code}\` uses a position in \`${p.owner}\` to index \`${p.indexed}\`, which assumes \`${p.indexed}\` is at least as long; on ${p.test} it is shorter and raises IndexError (${p.message}). Stop at the shorter one: check \`${p.index} < len(${p.indexed})\` first.`,
  otherCharacters: () => 'Handle every character the statement allows (other letters, digits, punctuation, accents) the way it says.',
  fromTest: (p: { test: string; what: string }) => `On ${p.test} the code fails: it assumes ${p.what}, which the statement does not promise.`,
  probeAtSite: (p: { line: number; code: string; assumption: string; test: string; showed: string; advice: string }) =>
    `Line ${p.line}: \`${p.code}\` assumes ${p.assumption}, which the statement does not promise: ${p.test} fails, and ${p.showed}. ${p.advice}`,
  orderRelied: (p: {
    line: number;
    code: string;
    comparisonLine: number;
    comparison: string;
    assumption: string;
    test: string;
    showed: string;
    advice: string;
  }) =>
    `Line ${p.line}: \`${p.code}\` takes the input in the order given, and line ${p.comparisonLine} (\`${p.comparison}\`) relies on that order: the code assumes ${p.assumption}, which the statement does not promise. ${p.test[0].toUpperCase()}${p.test.slice(1)} fails, and ${p.showed}. ${p.advice}`,
  shrinkingWindow: (p: { line: number; bound: string }) =>
    `With negative values a sum can fall as the window grows, so shrinking the window once its sum passes the bound (line ${p.line}) can skip answers. Count the prefix sums seen so far in a dict instead, starting from \`{0: 1}\` for the empty prefix, and at each position add how many earlier prefix sums equal the running total minus \`${p.bound}\`: that works whatever the signs.`,
  pointerRepeats: (p: { pointer: string }) =>
    `After recording an answer, move \`${p.pointer}\` past every value equal to the one just used (and the other pointer likewise), or keep the answers as tuples in a set.`,
  countsLost: () =>
    'A set keeps each value once, so how many times a value occurs is lost: count with a dict or collections.Counter where that number matters.',
  probe: (p: { assumption: string; test: string; showed: string; advice: string }) =>
    `${p.test[0].toUpperCase()}${p.test.slice(1)} fails, and ${p.showed}: the code assumes ${p.assumption}, which the statement does not promise. ${p.advice}`,
} satisfies Record<string, Template<never>>;

/** What to do instead, per probe that exposes an assumption. */
const advice: Partial<Record<ProbeName, Template<Words>>> = {
  sorted: (p) =>
    p.holdsLists
      ? `Sort it first: \`${p.name}.sort()\` orders the pairs by their first value.`
      : p.answersArePositions
        ? 'Either sort a copy of (value, position) pairs first, so the positions travel with the values, or use a way that does not depend on order, such as a dict from each value to its position.'
        : p.sortTooSlow
          ? 'Sorting first would cost O(n log n), too slow for this problem: use a way that does not depend on order, such as a set or a dict of the values.'
          : 'Either sort it first, or use a way that does not depend on order, such as a set or a dict of the values.',
  'k-mod-len': (p) => `Reduce it first: \`${p.name} %= len(${p.sequence})\` (when the list is not empty).`,
  'k-clamp-len': (p) => `Clamp it first: \`${p.name} = min(${p.name}, len(${p.sequence}))\`.`,
  'k-clamp-distinct': () => 'Stop when the different values run out, or clamp it to their number first.',
  'k-positive': () => 'Handle 0 (and anything smaller) before using it as a count or a slice bound.',
  'target-present': () => 'Check that the value is really there before using its position, and return the "not found" answer otherwise.',
  lowercase: () => 'Key a dict (or a collections.Counter) by the character instead of a table of 26.',
  ascii: () => 'Use a dict keyed by the character instead of a table indexed by its code.',
  distinct: (p) =>
    p.answersAreLists
      ? 'Where an answer starts from a value, skip a value equal to the one before it (in sorted order), or keep the answers as tuples in a set.'
      : 'Trace a repeated value where the code compares a value with its neighbour: an equal value should be neither a new step nor a break.',
  'non-negative': () => 'Allow for negative values: squaring one, or using it as a position, does not keep its order or range.',
};

/** Calibration: a probe that fixed failing tests, with or without the line that relies on it; an
 * IndexError an assumption explains; a table sized for character codes that a test's characters overran. */
const CONFIDENCE = { probeAtSite: 0.93, probeAlone: 0.85, assumptionCrash: 0.85, characterCodeTable: 0.9 } as const;

export const missingValidation = defineDetector({
  id: 'missing-validation',
  title: 'An assumption the statement does not make',
  docs: {
    what: 'The code relies on something about its arguments that the problem does not promise: only lowercase ASCII letters, k no larger than the list, a value that is certainly present, a sorted input.',
    why: 'Code built on a promise the statement never makes breaks on the first input without it. Reading the constraints and either handling or checking what they allow is part of the answer.',
    plainWhy: 'Interviewers like to hear what you assume about the input (say, that the numbers are in order) and to see you check it or ask.',
    expertWhy:
      'An unstated precondition is a correctness bug waiting for the right input; interviewers expect you to surface it, then weaken it or enforce it.',
    example: 'counts = [0] * 26\nfor c in s:\n    counts[ord(c) - ord("a")] += 1   # "É" or "A" break this',
    better: 'from collections import Counter\ncounts = Counter(s)',
    knownMisses:
      'Assumptions about order (sorted input) and value ranges are only found through failing tests; a table of 26 is fine when the statement promises lowercase letters, which is why a passing test run silences it.',
  },
  queries: ['lowercase-table', 'count-slice', 'value-lookup', 'order-comparison', 'count-bound', 'sort-call'],
  detect(ctx) {
    const probes = probeVerdicts(ctx);
    // A failing test only an extreme-input probe made right belongs to missing-edge-case.
    // Not a value looked up and missing (ValueError from `.index`): a probe that adds an element adds the value too.
    const failing = ctx.tests ? ctx.tests.filter((t) => isFailing(t) && (!probes.edgeTests.has(t.id) || classifyFailure(t) === 'validation')) : [];
    if (ctx.tests !== null && failing.length === 0) return [];
    // An IndexError that a position of another sequence explains is said as that; sorting the
    // input only moves which sequence comes first, so a `sorted` probe fixing just those proves nothing more.
    const crashes = assumptionCrashes(ctx);
    const crashTests = new Set(crashes.map((c) => c.test.id));
    const credited = probes.assumptions.filter((fix) => !(fix.probe === 'sorted' && fix.fixed.every((run) => crashTests.has(run.test))));
    const findings: Finding[] = credited.slice(0, 2).map((fix) => fromProbe(ctx, fix));
    const backing = (tests: TestResult[]) => (tests.length ? `; ${describeTest(tests[0], ctx.params)} fails` : '');
    const evidence = (tests: TestResult[]) => ['static', ...tests.slice(0, 5).map((t) => `test:${t.id}`)];

    // Only with a failing test on such characters: many statements promise lowercase
    // letters, and then the table is the right tool.
    const unicode = failing.filter((t) => t.tags.includes('edge:unicode') || hasNonAscii(t));
    const table = unicode.length > 0 ? asciiIndex(ctx) : null;
    const codeTable = unicode.length > 0 && !table ? characterCodeTable(ctx) : null;
    if (table) {
      findings.push(
        makeFinding(
          'missing-validation',
          'critical',
          0.92,
          table.line,
          say.lowercase({ line: table.line, code: quote(table.text), test: backing(unicode) }),
          evidence(unicode),
        ),
      );
    } else if (codeTable) {
      const { table: built, use } = codeTable;
      findings.push(
        makeFinding(
          'missing-validation',
          'critical',
          CONFIDENCE.characterCodeTable,
          built.line,
          say.characterCodeTable({ line: built.line, code: quote(built.text), use: quote(use.text), useLine: use.line, test: backing(unicode) }),
          evidence(unicode),
        ),
      );
    }
    const pastLength = failing.filter((t) => hasCountPastLength(t, (i) => usedAsCount(ctx, ctx.params[i])));
    const slice = countSlices(ctx)[0];
    if (slice && (ctx.tests === null || pastLength.length > 0)) {
      findings.push(
        makeFinding(
          'missing-validation',
          ctx.tests ? 'critical' : 'warning',
          pastLength.length ? 0.9 : 0.55,
          slice.node.line,
          say.countPastLength({ line: slice.node.line, code: quote(slice.node.text), count: slice.count, sequence: slice.sequence, test: backing(pastLength) }),
          evidence(pastLength),
        ),
      );
    }
    // Unless a probe or a character table already explains that test.
    const cited = new Set(findings.flatMap((f) => f.evidence));
    for (const crash of firstOfEachKind(crashes)) if (!cited.has(`test:${crash.test.id}`) && !table && !codeTable) findings.push(fromCrash(ctx, crash));
    const missing = failing.filter((t) => classifyFailure(t) === 'validation');
    for (const m of ctx.matches('value-lookup')) {
      const test = missing.find((t) => t.error?.line === m.captures.finding.line);
      if (!test) continue;
      findings.push(
        makeFinding(
          'missing-validation',
          'critical',
          0.9,
          m.captures.finding.line,
          say.valueMissing({
            line: m.captures.finding.line,
            code: quote(m.captures.finding.text),
            test: describeTest(test, ctx.params),
            message: test.error?.message ?? '',
          }),
          ['static', `test:${test.id}`],
        ),
      );
      break;
    }
    // One finding per line: a probe's (first) says more than a static sign on the same line.
    return findings.filter((f, i) => findings.findIndex((g) => g.line === f.line) === i);
  },
});

function firstOfEachKind(crashes: AssumptionCrash[]): AssumptionCrash[] {
  return crashes.filter((c, i) => crashes.findIndex((d) => d.kind === c.kind) === i);
}

/** A finding from an IndexError that an assumption about the input explains, at the subscript. */
function fromCrash(ctx: DetectorContext, crash: AssumptionCrash): Finding {
  const { node, test } = crash;
  const common = { line: node.line, code: node.text, test: describeTest(test, ctx.params), message: test.error?.message ?? '' };
  const message =
    crash.kind === 'value-index'
      ? crash.use
        ? say.valueTable({ ...common, use: quote(crash.use.text), useLine: crash.use.line })
        : say.valueIndex({ ...common, table: crash.indexed })
      : say.foreignPosition({ ...common, indexed: crash.indexed, owner: crash.positionsOf ?? '', index: node.child('subscript')?.text ?? 'i' });
  return makeFinding('missing-validation', 'critical', CONFIDENCE.assumptionCrash, node.line, message, ['static', `test:${test.id}`]);
}

/** A finding from a probe that made failing tests right, at the line relying on the assumption. */
function fromProbe(ctx: DetectorContext, fix: ProbeFix): Finding {
  const run = fix.fixed[0];
  const words = wordsOf(ctx, run);
  const test = testOf(ctx, run);
  const described = test ? describeTest(test, ctx.params) : `test ${run.test}`;
  const table = fix.probe === 'lowercase' || fix.probe === 'ascii' ? characterTable(ctx) : null;
  const site = table ?? assumptionSite(ctx, fix.probe, run.changed, words.sequence);
  const evidence = [...(site ? ['static'] : []), `probe:${fix.probe}`, ...fix.fixed.slice(0, 5).map((r) => `test:${r.test}`)];
  // The table advice fits only code with a table; otherwise say what the statement allows.
  const characters = (fix.probe === 'lowercase' || fix.probe === 'ascii') && !table;
  // Renaming to a-z also fixes a table sized for every ASCII code: the table says what is assumed.
  const assumed = fix.probe === 'lowercase' && table !== null && asciiIndex(ctx) === null ? 'ascii' : fix.probe;
  if (assumed === 'ascii' && table?.type === 'assignment') words.codeTableSize = writtenTableSize(table);
  // Values made distinct by a set of the input: counting, not skipping, is the way out.
  const countsLost = fix.probe === 'distinct' && site !== null && site.start === setOfInput(ctx)?.start;
  // The pointer stepped after an answer without skipping equal values: that skip is the advice.
  const step = fix.probe === 'distinct' && site !== null && ctx.entry ? unskippedPointerStep(ctx.entry.node) : null;
  const pointer = step !== null && site !== null && step.start === site.start ? (step.child('left')?.text ?? null) : null;
  // A window shrunk once its sum passes a bound: the signs, not a square or a position, are the point.
  const window = fix.probe === 'non-negative' && site !== null && ctx.entry && shrinkingWindowTest(ctx.entry.node)?.start === site.start ? site : null;
  if (fix.probe === 'k-mod-len' && site) words.cutWrapsOnce = cutsAtLengthMinus(ctx, site, words.name);
  const parts = {
    assumption: assumption[assumed](words),
    test: described,
    showed: showed[fix.probe](words),
    advice: characters
      ? say.otherCharacters()
      : countsLost
        ? say.countsLost()
        : pointer
          ? say.pointerRepeats({ pointer })
          : window
            ? say.shrinkingWindow({ line: window.line, bound: window.namedChildren[1]?.text ?? 'k' })
            : (advice[assumed]?.(words) ?? ''),
  };
  // Without a site, the first line that reads the probed argument is where the reliance starts.
  if (!site)
    return makeFinding(
      'missing-validation',
      'critical',
      CONFIDENCE.probeAlone,
      firstRead(ctx, run.changed)?.line ?? ctx.entry?.line ?? 1,
      say.probe(parts),
      evidence,
    );
  // For order, the line to change (where the input is taken as given) and the one relying on it differ.
  const comparison = fix.probe === 'sorted' ? orderComparison(ctx, run.changed) : null;
  if (comparison && comparison.line !== site.line) {
    return makeFinding(
      'missing-validation',
      'critical',
      CONFIDENCE.probeAtSite,
      site.line,
      say.orderRelied({ ...parts, line: site.line, code: quote(site.text), comparisonLine: comparison.line, comparison: quote(comparison.text) }),
      evidence,
    );
  }
  return makeFinding(
    'missing-validation',
    'critical',
    CONFIDENCE.probeAtSite,
    site.line,
    say.probeAtSite({ ...parts, line: site.line, code: quote(site.text) }),
    evidence,
  );
}

/** The index into a character table (`ord(c) - ord('a')`), else a table indexed by codes, else the `[0] * 26` table itself. */
function characterTable(ctx: DetectorContext): PyNode | null {
  return asciiIndex(ctx) ?? characterCodeTable(ctx)?.table ?? ctx.matches('lowercase-table').find((m) => m.captures.table)?.captures.table ?? null;
}

/** The size written in a table's assignment (`counts = [0] * 256` -> 256). */
function writtenTableSize(assignment: PyNode): number | undefined {
  const size = assignment.child('right')?.namedChildren.find((operand) => isIntegerLiteral(operand));
  return size ? Number(size.text) : undefined;
}

/**
 * A table of a size written as a number, indexed by a character's code (`need[ord(ch)]`,
 * `need[ord(c) - 65]`, or through a name: `code = ord(ch)`, `last[code]`): the size is where
 * the assumption about the alphabet is written, so the table is returned with its first use.
 */
function characterCodeTable(ctx: DetectorContext): { table: PyNode; use: PyNode } | null {
  const scope = ctx.entry?.node ?? ctx.root;
  const tables = fixedSizeTables(scope);
  const codes = new Set<string>();
  for (const assignment of findAll(scope, 'assignment')) {
    const right = assignment.child('right');
    if (assignment.child('left')?.type === 'identifier' && right && callsTo(right, ORD).length > 0) codes.add(assignment.child('left')!.text);
  }
  for (const subscript of findAll(scope, 'subscript')) {
    const table = tables.get(subscript.child('value')?.text ?? '');
    const index = subscript.child('subscript');
    if (!table?.literalSize || !index || isInTryBlock(subscript)) continue;
    if (callsTo(index, ORD).length > 0 || [...namesIn(index)].some((n) => codes.has(n))) return { table: table.node, use: subscript };
  }
  return null;
}

/** An index that only fits the lowercase alphabet: `table[ord(c) - ord('a')]` with a `[0] * 26` table. */
function asciiIndex(ctx: DetectorContext): PyNode | null {
  const tables = ctx.matches('lowercase-table').filter((m) => m.captures.table);
  for (const m of ctx.matches('lowercase-table')) {
    const found = m.captures.finding;
    if (!found || !/^['"]a['"]$/.test(m.captures.base?.text ?? '')) continue;
    const fn = functionOf(found);
    const usedAsIndex = found.parent?.type === 'subscript' || found.parent?.parent?.type === 'subscript' || indexesThroughName(found);
    if (!usedAsIndex || isInTryBlock(found)) continue;
    if (!tables.some((t) => functionOf(t.captures.table) === fn) && !usedOnNonTable(found) && !indexesThroughName(found)) continue;
    if (guardsLetters(fn ?? ctx.root)) continue;
    return found;
  }
  // A table indexed by the whole code (`[0] * 128`, `need[ord(ch)]`) is characterCodeTable's.
  return null;
}

/** `idx = ord(ch) - ord('a')` and then `last[idx]`: the offset used as an index through a name. */
function indexesThroughName(offset: PyNode): boolean {
  const assignment = offset.parent?.type === 'assignment' ? offset.parent : null;
  const name = assignment?.child('left');
  const fn = functionOf(offset);
  if (name?.type !== 'identifier' || !fn) return false;
  return findAll(fn, 'subscript').some((read) => read.child('subscript')?.type === 'identifier' && read.child('subscript')?.text === name.text);
}

function usedOnNonTable(node: PyNode): boolean {
  return node.parent?.type === 'subscript';
}

const LETTER_CHECKS: ReadonlySet<string> = new Set(['islower', 'isalpha', 'isascii']);
const ORD: ReadonlySet<string> = new Set(['ord']);

/** `if c.isalpha()` / `if 'a' <= c <= 'z'` / `c.islower()` / `string.ascii_lowercase` in the function: the input is checked. */
function guardsLetters(scope: PyNode): boolean {
  if (callsTo(scope, LETTER_CHECKS).length > 0) return true;
  if (findAll(scope, 'attribute').some((a) => a.child('object')?.text === 'string' && a.child('attribute')?.text === 'ascii_lowercase')) return true;
  const letter = (n: PyNode) => n.type === 'string' && /^['"][az]['"]$/.test(n.text);
  return findAll(scope, 'comparison_operator').some((c) => comparisonOperators(c).some((op) => op === '<=' || op === '<') && c.namedChildren.some(letter));
}

interface CountSlice {
  node: PyNode;
  count: string;
  sequence: string;
}

/** `xs[-k:]` where k is a parameter never reduced (k %= n, min(k, n)) or compared with a length. */
function countSlices(ctx: DetectorContext): CountSlice[] {
  const signs: CountSlice[] = [];
  for (const m of ctx.matches('count-slice')) {
    const node = m.captures.finding;
    const count = m.captures.count.text;
    const fn = functionOf(node);
    const params = new Set(ctx.functions.all.filter((f) => f.node === fn).flatMap((f) => f.params.map((p) => p.name)));
    if (!fn || !params.has(count) || isInTryBlock(node)) continue;
    const reduced = findAll(fn, 'augmented_assignment|assignment|comparison_operator|call|binary_operator').some((n) => {
      if (n.start >= node.start) return false;
      if (n.type === 'comparison_operator') return namesIn(n).has(count);
      if (n.type === 'binary_operator') return n.child('operator')?.type === '%' && namesIn(n).has(count);
      if (n.type === 'call') return /^(min|max)$/.test(n.child('function')?.text ?? '') && namesIn(n).has(count);
      return compact(n.child('left')) === count;
    });
    const sequence = m.captures.sequence.type === 'identifier' ? m.captures.sequence.text : 'the list';
    if (!reduced) signs.push({ node, count, sequence });
  }
  return signs;
}

/**
 * `nums[n - k:]`, or `nums[cut:]` with `cut = n - k`: a slice cut at a length minus the count.
 * For `k` up to twice the length the cut is a negative index that still lands in the list.
 */
function cutsAtLengthMinus(ctx: DetectorContext, site: PyNode, count: string): boolean {
  const slice = site.type === 'subscript' ? site.child('subscript') : null;
  if (slice?.type !== 'slice' || !ctx.entry) return false;
  const minusCount = (node: PyNode | null | undefined) =>
    node?.type === 'binary_operator' && node.child('operator')?.type === '-' && node.child('right')?.text === count;
  const cuts = new Set(
    findAll(ctx.entry.body, 'assignment')
      .filter((a) => a.child('left')?.type === 'identifier' && minusCount(a.child('right')))
      .map((a) => a.child('left')!.text),
  );
  return slice.namedChildren.some((part) => minusCount(part) || (part.type === 'identifier' && cuts.has(part.text)));
}
