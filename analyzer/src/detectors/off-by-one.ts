// off-by-one: an index or range boundary wrong by one. Static signs (a range that stops one
// early or runs one past, `xs[i + 1]` on the last pass, binary-search bounds that never close
// or skip the last candidate) are confirmed by failing tests, by an IndexError on an ordinary
// input, by a result wrong only at its first or last element, or by a mutant of the reference
// solution with a bound moved by one that gives the same wrong output.
import type { BoundFix, Finding, TestResult } from '../types.js';
import { defineDetector, type DetectorContext, type Template } from './detector.js';
import { assumptionCrashes } from './assumption-crashes.js';
import { firstRead, usedAsCount } from './assumption-sites.js';
import { probeVerdicts } from './probe-evidence.js';
import { makeFinding, matchingMutants } from './helpers.js';
import { comparisonOperators, findAll } from '../syntax-queries.js';
import { descendants, type PyNode } from '../syntax.js';
import { findOffByOneSigns, type OffByOneSign } from './off-by-one-signs.js';
import { formatValue } from '../format-value.js';
import { classifyFailure, describeTest, hasCountPastLength, hasNonAscii, isFailing } from './test-failures.js';

export const OFF_BY_ONE_MUTANTS = ['range-bound-shifted', 'comparison-swapped'] as const;

const say = {
  'one-early': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`for ${p.index} in ${p.code}\` stops one index early, so the last element of \`${p.sequence}\` is never looked at${p.also}. Use range(len(${p.sequence})).`,
  'stops-early': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`for ${p.index} in ${p.code}\` stops ${p.variable} indices before the end but only looks ${Number(p.variable) - 1} ahead, so the last ${Number(p.variable) === 2 ? 'pair' : 'elements'} of \`${p.sequence}\` ${Number(p.variable) === 2 ? 'is' : 'are'} never checked${p.also}. Stop at len(${p.sequence}) - ${Number(p.variable) - 1}.`,
  'reverse-skips-first': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`for ${p.index} in ${p.code}\` stops before index 0 (the stop of a range is excluded), so \`${p.sequence}[0]\` is never updated${p.also}. Use -1 as the stop.`,
  'mirror-minus': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`${p.code}\` is meant to be the mirror of index ${p.index}, but for ${p.index} = 0 it is the first element again, not the last (the last is [-1])${p.also}. Use \`[-1 - ${p.index}]\`.`,
  'mirror-past-end': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`${p.code}\` is one past the last index when ${p.index} = 0 (the last index is len - 1), so it raises IndexError${p.also}. Use \`len(${p.sequence}) - 1 - ${p.index}\`.`,
  'while-above-zero': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`while ${p.code}\` stops before \`${p.index}\` reaches 0, so \`${p.sequence}[0]\` is never compared${p.also}. Use \`${p.index} >= 0\`.`,
  'pointers-skip-middle': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`while ${p.code}\` ends when the two pointers meet, so the element where they meet is never taken into the result${p.also}. Use \`<=\`.`,
  'last-group-dropped': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: the loop only adds a group to \`${p.sequence}\` when a different element arrives, so the last group is never added${p.also}. Add it after the loop, when there was a group at all (an empty input has none).`,
  'skips-first': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`for ${p.index} in ${p.code}\` starts at 1, so \`${p.sequence}[0]\` is never looked at${p.also}. Start at 0, or seed the result from \`${p.sequence}[0]\`.`,
  'one-past': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`${p.code}\` runs up to len(${p.sequence}), one past the last index, so \`${p.sequence}[${p.index}]\` raises IndexError on the last pass${p.also}. Use range(len(${p.sequence})).`,
  'next-past-end': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`${p.code}\` reads one past the end when \`${p.index}\` reaches the last index of \`${p.sequence}\`${p.also}. Stop the loop one earlier, or check \`${p.index} + 1 < len(${p.sequence})\` first.`,
  'while-up-to': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`while ${p.code}\` lets \`${p.index}\` reach len(${p.sequence}), one past the last index, and \`${p.sequence}[${p.index}]\` is read there${p.also}. Use \`<\`.`,
  'search-never-ends': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: with \`while ${p.code}\`, setting \`${p.variable} = mid\` can leave the range unchanged, so the search can loop forever${p.also}. Move past mid (\`mid + 1\` / \`mid - 1\`), or pair \`while lo < hi\` with \`hi = mid\`.`,
  'search-misses-last': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`while ${p.code}\` stops while one candidate is still left, and \`${p.variable} = mid - 1\` already dropped mid, so that last candidate (for example the only element) is never compared${p.also}. Use \`<=\`.`,
  'search-past-end': (p: OffByOneSign & { also: string }) =>
    `Line ${p.line}: \`${p.variable}\` starts at len(${p.sequence}) and \`while ${p.code}\` lets mid reach it, so \`${p.sequence}[mid]\` raises IndexError for a target above every value${p.also}. Start \`${p.variable}\` at len(${p.sequence}) - 1.`,
  indexError: (p: { test: string; line: number; message: string }) =>
    `On ${p.test}, line ${p.line} raises IndexError (${p.message}) on an ordinary input: an index runs one past the end. Check the bounds of the loop around line ${p.line}.`,
  endsDiffer: (p: { test: string; end: 'first' | 'last'; actual: string; expected: string }) =>
    `On ${p.test} the result is wrong only at its ${p.end} element (${p.actual} instead of ${p.expected}): a loop bound is off by one.`,
  hang: (p: { test: string; line: number }) =>
    `${p.test} never finished although its input is small: the loop on line ${p.line} can keep the same bounds forever.`,
  mutantNote: (p: { change: string; tests: string }) => ` ${p.change} gives exactly your wrong output on ${p.tests}.`,
  mutantPlace: (p: { line: number; code: string }) => ` The likely place is line ${p.line}, \`${p.code}\`.`,
} satisfies Record<string, Template<never>>;

/** A bound fix: what the learner's statement does wrong, then the evidence (fix.ts words). */
type FixWords = BoundFix & { test: string; passes: string };
const sayFix = {
  'range-stop': (p: FixWords) =>
    p.extends
      ? p.element
        ? `Line ${p.line}: \`${p.statement}\` stops before ${edgeWords(p)} (the stop of a range is excluded), so ${elementWords(p, p.edge)} is never ${p.element.written ? 'updated' : 'looked at'}; ${p.test} fails.${p.passes}`
        : `Line ${p.line}: \`${p.statement}\` stops one pass early (the stop of a range is excluded); ${p.test} fails.${p.passes}`
      : `Line ${p.line}: \`${p.statement}\` runs one pass too many: the last one, with ${edgeWords(p)}, should not happen; ${p.test} fails.${p.passes}`,
  'range-start': (p: FixWords) =>
    p.extends
      ? `Line ${p.line}: \`${p.statement}\` starts one step late, so the pass with ${edgeWords(p)} never happens${p.element ? ` and ${elementWords(p, p.edge)} is never ${p.element.written ? 'updated' : 'looked at'}` : ''}; ${p.test} fails.${p.passes}`
      : `Line ${p.line}: \`${p.statement}\` starts one step early: its first pass, with ${edgeWords(p)}, should not happen; ${p.test} fails.${p.passes}`,
  'loop-comparison': (p: FixWords) =>
    p.extends
      ? `Line ${p.line}: \`${p.statement}\` stops one step early: it ends when \`${p.edge}\`, a case still to be handled; ${p.test} fails.${p.passes}`
      : `Line ${p.line}: \`${p.statement}\` runs one step too far: it still runs when \`${p.edge}\`; ${p.test} fails.${p.passes}`,
  comparison: (p: FixWords) =>
    p.extends
      ? `Line ${p.line}: \`${p.statement}\` leaves out the case \`${p.edge}\`, which belongs with it (\`${p.before}\` where \`${p.after}\` is needed); ${p.test} fails.${p.passes}`
      : `Line ${p.line}: \`${p.statement}\` also takes the case \`${p.edge}\`, which does not belong with it (\`${p.before}\` where \`${p.after}\` is needed); ${p.test} fails.${p.passes}`,
  // `hi = mid - 1` -> `hi = mid` under `while lo < hi`, after `nums[mid] == target` returned: mid is
  // ruled out, and the bound is one past the range, so the step drops mid - 1 unchecked.
  exclusiveBound: (p: FixWords & { name: string; condition: string }) =>
    `Line ${p.line}: \`${p.name}\` marks one past the search range here (the loop runs while \`${p.condition}\`), so \`${p.statement}\` also drops \`${p.before}\`, which has not been checked; ${p.test} fails.${p.passes}`,
  'mid-step': (p: FixWords) =>
    /[+-]/.test(p.before)
      ? `Line ${p.line}: \`${p.statement}\` moves past \`${p.after}\`, which can still be the answer; ${p.test} fails.${p.passes}`
      : `Line ${p.line}: \`${p.statement}\` keeps \`${p.before}\` in the range after it was ruled out, so the range can stop shrinking; ${p.test} fails.${p.passes}`,
  'length-bound': (p: FixWords) =>
    p.extends
      ? `Line ${p.line}: \`${p.statement}\` stops one short of the end: the rest of the code treats it as one past the last index; ${p.test} fails.${p.passes}`
      : `Line ${p.line}: \`${p.statement}\` is one past the last index (the last index is \`${p.after}\`); ${p.test} fails.${p.passes}`,
  'slice-stop': (p: FixWords) =>
    p.extends
      ? `Line ${p.line}: the slice in \`${p.statement}\` ends one element early (the stop of a slice is excluded); ${p.test} fails.${p.passes}`
      : `Line ${p.line}: the slice in \`${p.statement}\` takes one element too many (its stop is excluded, so \`${p.after}\` already ends there); ${p.test} fails.${p.passes}`,
  'slice-start': (p: FixWords) =>
    p.extends
      ? `Line ${p.line}: the slice in \`${p.statement}\` starts one element late, leaving out the element at \`${p.after}\`; ${p.test} fails.${p.passes}`
      : `Line ${p.line}: the slice in \`${p.statement}\` starts one element early, at \`${p.before}\`; ${p.test} fails.${p.passes}`,
  index: (p: FixWords) =>
    p.element
      ? `Line ${p.line}: in \`${p.statement}\`, \`${p.element.sequence}[${p.before}]\` ${p.element.written ? 'writes' : 'reads'} one position off: the element meant is \`${p.element.sequence}[${p.after}]\`; ${p.test} fails.${p.passes}`
      : `Line ${p.line}: in \`${p.statement}\` the index \`${p.before}\` is one position off (\`${p.after}\` is meant); ${p.test} fails.${p.passes}`,
  'offset-term': (p: FixWords) =>
    `Line ${p.line}: \`${p.statement}\` is off by one: \`${p.before}\` where \`${p.after}\` is needed; ${p.test} fails.${p.passes}`,
  passes: (p: { changed: string; tests: string[]; remaining: string[]; unrun: number }) =>
    ` With \`${p.changed}\` ${p.tests.length === 1 ? 'it passes' : `${listed(p.tests)} pass`}${p.remaining.length ? ` (${listed(p.remaining)} still fail${p.remaining.length === 1 ? 's' : ''})` : ''}, and every test that passed still does${p.unrun > 0 ? ` (${p.unrun} more failing ${p.unrun === 1 ? 'test was' : 'tests were'} not tried with that change)` : ''}.`,
} satisfies Record<BoundFix['kind'] | 'passes' | 'exclusiveBound', Template<never>>;

/** `tests t1, t2 and t3`, at most five named. */
function listed(ids: string[]): string {
  const names = ids.length > 5 ? [...ids.slice(0, 4), `${ids.length - 4} more`] : ids;
  return `${ids.length === 1 ? 'test' : 'tests'} ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}`;
}

/** `index 0` for an index value, else the edge as written (`i = n`). */
function edgeWords(p: BoundFix): string {
  const value = p.edge?.split(' = ')[1];
  if (p.element && value !== undefined) return `index ${/^-?\d+$/.test(value) ? value : `\`${value}\``}`;
  return p.edge ? `\`${p.edge}\`` : 'the last pass';
}

/** `out[0]`, or `the last element of nums` for `nums[len(nums) - 1]`. */
function elementWords(p: BoundFix, edge: string | undefined): string {
  const value = edge?.split(' = ')[1];
  if (!p.element || value === undefined) return 'that pass';
  if (value.replace(/\s+/g, '') === `len(${p.element.sequence})-1`) return `the last element of \`${p.element.sequence}\``;
  return `\`${p.element.sequence}[${value}]\``;
}

/** Calibration: how sure each kind of evidence makes a finding. A sign backed by a failing test gains `signBacked` over the sign's own (static) confidence. */
const CONFIDENCE = {
  boundFixAll: 0.95,
  boundFixSome: 0.85,
  mutant: 0.95,
  signBacked: 0.25,
  indexError: 0.75,
  endsDiffer: 0.7,
  mutantPlaced: 0.9,
} as const;

export const offByOne = defineDetector({
  id: 'off-by-one',
  title: 'A boundary off by one',
  docs: {
    what: 'An index or a range boundary is wrong by one: a loop that stops before the last element or runs past it, `xs[i + 1]` on the last pass, a binary search whose bounds never close or skip the last candidate.',
    why: 'A bound one too far or one too short reads as correct, so it survives a glance at the code; walking the first and the last pass of each loop is how an interviewer expects you to catch it.',
    plainWhy:
      'Being off by one is the most common slip in interview code. Checking the very first and very last step by hand, before saying you are done, catches it.',
    expertWhy:
      'Boundary errors are cheap to prevent with a stated convention and expensive to find by testing; interviewers read a clean interval invariant as a sign of disciplined code.',
    example: 'for i in range(len(prices) - 1):   # never reaches the last day\n    best = max(best, prices[i] - low)',
    better: 'for i in range(len(prices)):\n    best = max(best, prices[i] - low)',
    knownMisses: 'Off-by-one errors in arithmetic on values (rather than indices) and in loops over computed bounds are only found when a test fails on them.',
  },
  queries: ['range-loop', 'pointer-search-loop', 'index-upper-bound-loop', 'index-lower-bound'],
  detect(ctx) {
    const signs = findOffByOneSigns(ctx);
    const mutants = matchingMutants(ctx, OFF_BY_ONE_MUTANTS);
    const mutantTests = new Set(mutants.flatMap((m) => m.tests));
    const mutantEvidence = [...mutants.map((m) => `mutant:${m.kind}`), ...[...mutantTests].map((t) => `test:${t}`)];
    const change = mutants.some((m) => m.kind === 'range-bound-shifted') ? 'A loop bound moved by one' : '`<` where `<=` belongs (or `>` where `>=` does)';
    const mutantNote = mutants.length ? say.mutantNote({ change, tests: [...mutantTests].slice(0, 3).join(', ') }) : '';
    if (ctx.tests === null) {
      return signs.map((s) => makeFinding('off-by-one', 'warning', s.confidence, s.line, say[s.kind]({ ...s, also: '' }), ['static']));
    }
    const failing = ctx.tests.filter(isFailing);
    if (failing.length === 0) return [];
    // A variant of the learner's own code with one bound moved that fixes failing tests is the
    // strongest evidence there is: it names the node and the way it is off.
    const findings: Finding[] = fromBoundFixes(ctx, failing, mutants);
    // An IndexError from an unchecked assumption about the input is missing-validation's.
    const assumed = new Set(assumptionCrashes(ctx).map((c) => c.test.id));
    // So is an IndexError on characters outside ASCII: a table sized for an alphabet, not a bound.
    const alphabet = (t: TestResult) => t.error?.type === 'IndexError' && hasNonAscii(t);
    // And a test that a probe satisfying an assumption made right, or whose count runs past its list.
    const probed = new Set([
      ...probeVerdicts(ctx).assumptionTests,
      ...failing.filter((t) => hasCountPastLength(t, (i) => usedAsCount(ctx, ctx.params[i]))).map((t) => t.id),
    ]);
    const relevant = failing.filter(
      (t) => classifyFailure(t) !== 'slow' && classifyFailure(t) !== 'validation' && !assumed.has(t.id) && !alphabet(t) && !probed.has(t.id),
    );
    if (relevant.length === 0) return findings;
    // Tests a bound fix explains need no other explanation; once a fix is found, a sign counts
    // only for tests that ran with the fix and still failed (the others are most likely the same
    // mistake, failing where the variants did not run).
    const fixed = new Set(ctx.boundFixes.flatMap((f) => f.fixedTests));
    const unexplained = new Set(ctx.boundFixes.flatMap((f) => f.stillFailing).filter((t) => !fixed.has(t)));
    const unknown = (t: TestResult) => ctx.boundFixes.length === 0 || unexplained.has(t.id);
    for (const sign of signs) {
      if (findings.some((f) => f.line === sign.line)) continue;
      const backing = relevant.filter((t) => backs(t, sign) && unknown(t));
      if (backing.length === 0) continue;
      const also = `; ${describeTest(backing[0], ctx.params)} fails`;
      const evidence = ['static', ...backing.map((t) => `test:${t.id}`), ...mutantEvidence];
      const confidence = Math.max(sign.confidence + CONFIDENCE.signBacked, mutants.length ? CONFIDENCE.mutant : 0);
      findings.push(makeFinding('off-by-one', 'critical', confidence, sign.line, say[sign.kind]({ ...sign, also }) + mutantNote, evidence));
    }
    if (findings.length > 0) return findings;
    return fromTestsAlone(ctx, relevant, mutantNote, mutantEvidence);
  },
});

/** One finding per bound fix, at the learner's line, with the change as its evidence. */
function fromBoundFixes(ctx: DetectorContext, failing: TestResult[], mutants: Array<{ kind: string; tests: string[] }>): Finding[] {
  return ctx.boundFixes.flatMap((fix) => {
    const first = failing.find((t) => t.id === fix.fixedTests[0]);
    if (!first) return [];
    // The variant is rerun on some failing tests only (large ones are left out): say so, never imply the rest.
    const unrun = failing.filter((t) => !fix.fixedTests.includes(t.id) && !fix.stillFailing.includes(t.id)).length;
    const passes = sayFix.passes({ changed: fix.changed, tests: fix.fixedTests, remaining: fix.stillFailing, unrun });
    const words = { ...fix, test: describeTest(first, ctx.params), passes };
    const exclusive = fix.kind === 'mid-step' ? exclusiveUpperBound(ctx, fix) : null;
    const message = exclusive ? sayFix.exclusiveBound({ ...words, ...exclusive }) : sayFix[fix.kind](words);
    // A mutant of the same kind reproducing these failures supports the fix, never shown apart.
    const kind = fix.kind.startsWith('range') ? 'range-bound-shifted' : fix.kind.endsWith('comparison') ? 'comparison-swapped' : null;
    const support = mutants.filter((m) => m.kind === kind && m.tests.some((t) => fix.fixedTests.includes(t))).map((m) => `mutant:${m.kind}`);
    const evidence = [`variant:${fix.kind}`, ...fix.fixedTests.map((t) => `test:${t}`), ...support];
    return [
      makeFinding('off-by-one', 'critical', fix.stillFailing.length === 0 ? CONFIDENCE.boundFixAll : CONFIDENCE.boundFixSome, fix.line, message, evidence),
    ];
  });
}

const LOSES_AN_END = new Set([
  'search-misses-last',
  'one-early',
  'stops-early',
  'skips-first',
  'reverse-skips-first',
  'while-above-zero',
  'pointers-skip-middle',
  'last-group-dropped',
  'mirror-minus',
]);

/** Does a failing test support this sign? Errors and hangs must come from its loop. */
function backs(test: TestResult, sign: OffByOneSign): boolean {
  const cause = classifyFailure(test);
  const line = test.error?.line ?? null;
  const inLoop = line !== null && line >= sign.loop.line && line <= sign.loop.line + sign.loop.text.split('\n').length - 1;
  if (test.status === 'error') return inLoop;
  if (cause === 'hang') return sign.kind === 'search-never-ends';
  // A wrong answer on an edge input (one element, the target at an end) is what a skipped
  // end looks like.
  if (cause === 'edge') return LOSES_AN_END.has(sign.kind) && test.status === 'failed';
  return cause === 'boundary-index' || cause === 'other';
}

function fromTestsAlone(ctx: DetectorContext, candidates: TestResult[], mutantNote: string, mutantEvidence: string[]): Finding[] {
  const relevant = candidates.filter((t) => classifyFailure(t) !== 'edge' || mutantEvidence.length > 0);
  // An IndexError on the line where an edge input also crashes is that edge's problem.
  const edgeLines = new Set(
    candidates
      .filter((t) => classifyFailure(t) === 'edge')
      .map((t) => t.error?.line ?? -1)
      .filter((l) => l >= 0),
  );
  const indexError = relevant.find(
    (t) => t.status === 'error' && t.error?.type === 'IndexError' && classifyFailure(t) === 'boundary-index' && !edgeLines.has(t.error.line ?? -1),
  );
  if (indexError && indexError.error) {
    const line = indexError.error.line ?? firstRead(ctx)?.line ?? ctx.entry?.line ?? 1;
    const message =
      say.indexError({ test: describeTest(indexError, ctx.params), line, message: indexError.error.message || 'index out of range' }) + mutantNote;
    return [
      makeFinding('off-by-one', 'critical', mutantEvidence.length ? CONFIDENCE.mutant : CONFIDENCE.indexError, line, message, [
        `test:${indexError.id}`,
        ...mutantEvidence,
      ]),
    ];
  }
  const ends = relevant.find((t) => t.status === 'failed' && classifyFailure(t) === 'boundary-index');
  if (ends && Array.isArray(ends.expected) && Array.isArray(ends.actual)) {
    const last = JSON.stringify(ends.expected[0]) === JSON.stringify(ends.actual[0]);
    const i = last ? ends.expected.length - 1 : 0;
    const message =
      say.endsDiffer({
        test: describeTest(ends, ctx.params),
        end: last ? 'last' : 'first',
        actual: formatValue(ends.actual[i]),
        expected: formatValue(ends.expected[i]),
      }) + mutantNote;
    // The loop that walks the ends is where one of them is missed.
    const place = likelyPlace(ctx, 'range') ?? likelyPlace(ctx, 'comparison');
    return [
      makeFinding(
        'off-by-one',
        'critical',
        mutantEvidence.length ? CONFIDENCE.mutant : CONFIDENCE.endsDiffer,
        place?.line ?? firstRead(ctx)?.line ?? ctx.entry?.line ?? 1,
        message,
        [`test:${ends.id}`, ...mutantEvidence],
      ),
    ];
  }
  // A crash only matches a mutant by the exception's type: too little to name a bound on its own.
  const wrong = relevant.find((t) => t.status === 'failed');
  if (mutantEvidence.length && wrong) {
    const test = wrong;
    const place = likelyPlace(ctx, mutantEvidence.includes('mutant:range-bound-shifted') ? 'range' : 'comparison');
    const message = `On ${describeTest(test, ctx.params)} the result is wrong.${mutantNote}${place ? say.mutantPlace(place) : ''}`;
    return [
      makeFinding('off-by-one', 'critical', CONFIDENCE.mutantPlaced, place?.line ?? firstRead(ctx)?.line ?? ctx.entry?.line ?? 1, message, [
        `test:${test.id}`,
        ...mutantEvidence,
      ]),
    ];
  }
  return [];
}

/**
 * Where in the learner's code a mistake like the matching mutant's would sit: the only range
 * loop, or the only order comparison of a while loop (else of an if). Null when several could be.
 */
function likelyPlace(ctx: DetectorContext, kind: 'range' | 'comparison'): { line: number; code: string } | null {
  const scope = ctx.entry?.node ?? ctx.root;
  const ordered = (n: PyNode) =>
    findAll(n.child('condition') ?? n, 'comparison_operator').some((c) => ['<', '<=', '>', '>='].includes(comparisonOperators(c)[0]));
  const candidates =
    kind === 'range'
      ? [findAll(scope, 'for_statement').filter((l) => l.child('right')?.type === 'call' && l.child('right')?.child('function')?.text === 'range')]
      : [findAll(scope, 'while_statement').filter(ordered), findAll(scope, 'if_statement').filter(ordered)];
  const found = candidates.find((list) => list.length > 0) ?? [];
  if (found.length !== 1) return null;
  const [node] = found;
  const head =
    node.type === 'for_statement'
      ? `for ${node.child('left')?.text} in ${node.child('right')?.text}`
      : `${node.type === 'while_statement' ? 'while' : 'if'} ${node.child('condition')?.text}`;
  return { line: node.line, code: head.replace(/\s+/g, ' ') };
}

/**
 * For `hi = mid - 1` fixed by `hi = mid`: the bound's name and the loop's strict condition, when
 * the loop has already returned on `... == ...` at mid (so mid itself cannot be the answer).
 */
function exclusiveUpperBound(ctx: DetectorContext, fix: BoundFix): { name: string; condition: string } | null {
  const name = /^(\w+)\s*=/.exec(fix.statement)?.[1];
  if (!name || !/-\s*1$/.test(fix.before.trim())) return null;
  const loop = descendants(ctx.root, 'while_statement').find((w) => w.line < fix.line && fix.line <= w.line + (w.text.match(/\n/g)?.length ?? 0));
  const condition = loop?.child('condition');
  if (!loop || condition?.type !== 'comparison_operator' || !comparisonOperators(condition).includes('<')) return null;
  const ruledOut = findAll(loop.child('body') ?? loop, 'if_statement').some(
    (test) =>
      test.line < fix.line &&
      comparisonOperators(test.child('condition') ?? test).includes('==') &&
      (test.child('condition')?.text.includes(fix.after) ?? false) &&
      findAll(test.child('consequence') ?? test, 'return_statement').length > 0,
  );
  return ruledOut ? { name, condition: condition.text } : null;
}
