// missing-edge-case: a valid but extreme input is mishandled: empty, one element, all equal,
// duplicates, negatives, zero. Failing tests tagged `edge:*` (or with an empty argument) are
// the main evidence; the static signs (`xs[0]`, `max(xs)`, `/ len(xs)` with no guard) name the
// line. Without tests it only reports what the code itself admits: an element read before the
// emptiness check that the author did write.
import { descendants, type PyNode } from '../syntax.js';
import type { Finding, TestResult } from '../types.js';
import { defineDetector, type DetectorContext, type Template } from './detector.js';
import { enclosing, findAll, isIntegerLiteral, namesIn } from '../syntax-queries.js';
import { functionOf, isGuardedBefore, lineText, loopsAround, makeFinding, matchingMutants, quote } from './helpers.js';
import { assumptionCrashes } from './assumption-crashes.js';
import { firstRead, holdsRepeats, positionLookupOnInput, setOfInput } from './assumption-sites.js';
import { probeVerdicts, showed, wordsOf } from './probe-evidence.js';
import { formatValue } from '../format-value.js';
import { classifyFailure, describeTest, edgeTags, isFailing } from './test-failures.js';

export const EDGE_MUTANTS = ['guard-dropped'] as const;

/** What an `edge:*` test tag says the input holds, in the learner's words. */
export const EDGE_TAG_WORDS: Readonly<Record<string, string>> = {
  'edge:empty': 'an empty input',
  'edge:single': 'a single element',
  'edge:duplicates': 'repeated values',
  'edge:negative': 'negative numbers',
  'edge:zero': 'zeros',
  'edge:boundary': 'a value at the boundary',
};

const NEEDS: Record<string, string> = {
  subscript: 'needs at least one element',
  call: 'fails on an empty sequence',
  binary_operator: 'divides by the length, which is 0 for an empty input',
};

const say = {
  crash: (p: { test: string; line: number; error: string; code: string; needs: string; fix: string }) =>
    `On ${p.test}, line ${p.line} raises ${p.error}: \`${p.code}\` ${p.needs}. ${p.fix}`,
  wrong: (p: { test: string; edge: string; actual: string; expected: string; hint: string }) =>
    `On ${p.test}, ${p.edge}, the result is ${p.actual} instead of ${p.expected}.${p.hint}`,
  readBeforeGuard: (p: { line: number; code: string; sequence: string; guardLine: number }) =>
    `Line ${p.line}: \`${p.code}\` reads \`${p.sequence}\` before the emptiness check on line ${p.guardLine}, so an empty \`${p.sequence}\` raises an error before the check runs. Move the check first.`,
  hint: (p: { line: number; code: string; sequence: string }) => ` Line ${p.line} (\`${p.code}\`) assumes \`${p.sequence}\` is not empty.`,
  lostCountsInKey: (p: { line: number; code: string; of: string }) =>
    ` Line ${p.line} (\`${p.code}\`) keeps each letter once, so words with the same letters in different numbers get the same key. Key by something that keeps the counts and can still be a dict key, such as \`tuple(sorted(${p.of}))\`.`,
  lostCounts: (p: { line: number; code: string }) =>
    ` Line ${p.line} (\`${p.code}\`) keeps each value once, so how many times a value occurs is lost there. Where the number of occurrences matters, keep the values in a list, or count them with collections.Counter.`,
  firstPosition: (p: { line: number; code: string; sequence: string }) =>
    ` Line ${p.line} (\`${p.code}\`) gives the first position in \`${p.sequence}\` that holds the value, so every copy of a repeated value gets the position of the first one. Keep each value's own position as you pass it instead: \`enumerate\` gives it, and a dict from value to position stores it.`,
  seedExtreme: (p: { line: number; code: string; name: string; larger: boolean; first: string }) =>
    ` That is the value line ${p.line} (\`${p.code}\`) starts from: nothing this input produces is ${p.larger ? 'larger' : 'smaller'}, so \`${p.name}\` is never replaced. Start \`${p.name}\` from the first value (\`${p.first}\`) or from \`float('${p.larger ? '-inf' : 'inf'}')\` instead, so that any value the input gives can become the answer.`,
  seedEmpty: (p: { line: number; code: string; name: string }) =>
    ` That is the value line ${p.line} (\`${p.code}\`) starts from, and with \`${p.name}\` empty nothing after it changes it. Return the answer for an empty \`${p.name}\` before line ${p.line} (\`if not ${p.name}: return ...\`). A different starting value can work too, but only if it still gives the right answer for inputs that do have elements: check it on one.`,
  seed: (p: { line: number; code: string }) =>
    ` That is the value line ${p.line} (\`${p.code}\`) starts from: on this input nothing after it changes the answer. Work out what this input should give, then trace it through the loop to see why nothing replaces the starting value (a reset or an \`elif\` can skip the update); a new starting value helps only if that update is reached.`,
  unboundedScan: (p: { line: number; index: string; sequence: string }) =>
    `The loop on line ${p.line} moves \`${p.index}\` through \`${p.sequence}\` without checking that it stays inside it: put that check first in its condition, for example \`${p.index} < len(${p.sequence}) and ...\`.`,
  emptyEnd: (p: { line: number; read: string; sequence: string }) =>
    `\`${p.sequence}\` can be empty when line ${p.line} reads \`${p.read}\`: test \`${p.sequence}\` itself first, in the same condition or just before it, and decide what an empty \`${p.sequence}\` means for the answer there.`,
  zeroFloor: (p: { line: number; code: string; name: string; fix: string | null }) =>
    ` Line ${p.line} (\`${p.code}\`) never lets ${p.name} fall below 0, but when every number is negative the answer is below 0. ${p.fix ? `Compare with the element itself instead of with 0 (\`${p.fix}\`)` : 'Start again from the element itself instead of from 0'}, so that a negative value can be kept.`,
  searchDefault: (p: { line: number; code: string; name: string; condition: string; conditionLine: number }) =>
    ` Line ${p.line} (\`${p.code}\`) is what \`${p.name}\` keeps when \`${p.condition}\` on line ${p.conditionLine} never holds, as here, where every number is negative. Start \`${p.name}\` at the value that case needs.`,
  mutantNote: () => ' Leaving out a check for an empty input fails exactly this way.',
  probeNote: (p: { showed: string }) => ` ${p.showed[0].toUpperCase()}${p.showed.slice(1)}.`,
} satisfies Record<string, Template<never>>;

/** Calibration: a crash on an edge input at an unguarded read, anywhere else, a wrong answer, a read before the code's own guard (static only), a matching mutant. */
const CONFIDENCE = {
  crashAtSign: 0.95,
  crash: 0.88,
  wrong: 0.8,
  readBeforeGuard: 0.7,
  mutant: 0.95,
} as const;

export const missingEdgeCase = defineDetector({
  id: 'missing-edge-case',
  title: 'An extreme input is mishandled',
  docs: {
    what: 'A valid but extreme input allowed by the statement breaks the code: an empty list, a single element, all values equal, duplicates, negative numbers, zero, the target at either end.',
    why: 'Interviewers check the edges first, and production data contains them. The fix is usually small, but only if you think of the case.',
    plainWhy:
      'Interviewers often try the oddest inputs allowed first, such as nothing at all or just one item. Checking those yourself shows you think past the easy example.',
    expertWhy:
      'Degenerate inputs are where interviewers see whether your invariants were stated or merely assumed. Enumerating them up front costs seconds and preempts the most predictable follow-up.',
    example: 'def max_profit(prices):\n    lowest = prices[0]        # IndexError on []\n    ...',
    better: 'def max_profit(prices):\n    if not prices:\n        return 0\n    lowest = prices[0]\n    ...',
    knownMisses:
      'Without test results only an element read before an emptiness check the code already has is reported; whether an input may be empty depends on the statement.',
  },
  queries: ['boundary-element', 'emptiness-guard'],
  detect(ctx) {
    if (ctx.tests === null) return readsBeforeGuard(ctx);
    // A failure that a probe satisfying an unchecked assumption made right is missing-validation's;
    // one that only an extreme-input probe (non-empty, distinct...) made right is an edge's.
    const probes = probeVerdicts(ctx);
    // So is a crash where a value or a position of the input indexes what it does not fit.
    const assumed = new Set(assumptionCrashes(ctx).map((c) => c.test.id));
    const failing = ctx.tests.filter((t) => isFailing(t) && !probes.assumptionTests.has(t.id) && !assumed.has(t.id));
    // A value looked up and not found (`xs.index(0)` raising ValueError) is an assumption even on
    // an empty input, where a probe that adds an element also adds the value.
    // Repeated values are an edge, tagged or not, when the code turned the input into a set and
    // every wrong answer holds repeats: the set is where the counts went.
    const lostRepeats = repeatsLostToASet(ctx, failing);
    const edgeFailures = lostRepeats.length
      ? lostRepeats
      : failing.filter((t) => classifyFailure(t) === 'edge' || (probes.edgeTests.has(t.id) && classifyFailure(t) !== 'validation'));
    // When ordinary inputs fail about as often, the code is wrong in general, not at its edges
    // (edge failures must outnumber the others two to one); otherwise only a crash on an
    // unguarded read of an edge input counts. An ordinary test that crashes on the same line
    // as an edge test shows the same mistake; large inputs say nothing.
    const edgeLines = new Set(edgeFailures.map((t) => t.error?.line).filter((l) => l != null));
    const ordinaryFailures = failing.filter(
      (t) =>
        !t.tags.includes('large') &&
        !edgeFailures.includes(t) &&
        ['other', 'boundary-index'].includes(classifyFailure(t)) &&
        !(t.error?.line != null && edgeLines.has(t.error.line)),
    );
    const edgeCount = edgeFailures.filter((t) => !t.tags.includes('large')).length;
    if (ordinaryFailures.length > 0 && edgeCount < 2 * ordinaryFailures.length) {
      const crash = edgeFailures.find((t) => t.status === 'error' && unguardedSign(ctx, t.error?.line ?? null)?.line === t.error?.line);
      edgeFailures.splice(0, edgeFailures.length, ...(crash ? [crash] : []));
    }
    const mutants = matchingMutants(ctx, EDGE_MUTANTS);
    const mutantTests = new Set(mutants.flatMap((m) => m.tests));
    const failures = edgeFailures.length ? edgeFailures : ctx.tests.filter((t) => isFailing(t) && mutantTests.has(t.id));
    if (failures.length === 0) return [];
    const first = failures.find((t) => t.status === 'error' && t.error?.line) ?? failures.find((t) => t.status === 'error') ?? failures[0];
    const probeFix = probes.edges.find((f) => f.fixed.some((r) => r.test === first.id));
    const evidence = [
      ...failures.slice(0, 5).map((t) => `test:${t.id}`),
      ...mutants.map((m) => `mutant:${m.kind}`),
      ...(probeFix ? [`probe:${probeFix.probe}`] : []),
    ];
    const probeRun = probeFix?.fixed.find((r) => r.test === first.id);
    const note =
      (mutants.length ? say.mutantNote() : '') + (probeFix && probeRun ? say.probeNote({ showed: showed[probeFix.probe](wordsOf(ctx, probeRun)) }) : '');
    const sign = unguardedSign(ctx, first.error?.line ?? null);
    if (sign && (first.status === 'error' || holdsEmpty(first))) evidence.unshift('static');
    const test = describeTest(first, ctx.params);
    if (first.status === 'error' && first.error) {
      const line = first.error.line ?? sign?.line ?? firstRead(ctx)?.line ?? ctx.entry?.line ?? 1;
      const code = sign && sign.line === line ? sign.node.text : quote(lineText(ctx, line));
      const needs = sign && sign.line === line ? (NEEDS[sign.node.type] ?? 'assumes more input') : `fails (${first.error.message || first.error.type})`;
      const scan = first.error.type === 'IndexError' ? unboundedScan(ctx, line) : null;
      // `a[-1] <= b[0]`: every sequence read unguarded on that line can be the empty one.
      const alsoEmpty = sign
        ? [
            ...new Set(
              unguardedSigns(ctx)
                .filter((s) => s.line === sign.line && s.sequence !== sign.sequence)
                .map((s) => s.sequence),
            ),
          ]
        : [];
      const fix = sign
        ? alsoEmpty.length > 0
          ? `${alsoEmpty.map((name) => `\`${name}\``).join(' and ')} on the same line can be empty too: handle each empty case before it, for example ${[sign.sequence, ...alsoEmpty].map((name) => `\`if not ${name}: return ...\``).join(' and ')}.`
          : `Handle the empty case before it, for example \`if not ${sign.sequence}: return ...\`.`
        : scan
          ? say.unboundedScan(scan)
          : crashFix(first.error, line, lineText(ctx, line), endReadOn(ctx, line));
      const confidence = mutants.length ? CONFIDENCE.mutant : sign && sign.line === line ? CONFIDENCE.crashAtSign : CONFIDENCE.crash;
      return [
        makeFinding(
          'missing-edge-case',
          'critical',
          confidence,
          line,
          say.crash({ test, line, error: first.error.type, code: quote(code), needs, fix }) + note,
          evidence,
        ),
      ];
    }
    const edge =
      edgeTags(first)
        .map((t) => EDGE_TAG_WORDS[t])
        .find(Boolean) ?? (holdsRepeats(first.input) && setOfInput(ctx) ? repeatsIn(first.input) : 'an extreme input');
    // An unguarded `xs[0]` explains a wrong answer only on an input that is empty.
    const emptySign = sign && holdsEmpty(first) ? sign : null;
    // The wrong answer is often the value the code starts from, returned untouched: that line.
    const seed = emptySign ? null : seedReturned(ctx, first.actual);
    // Only negative numbers, made right by making them positive: a floor at 0 or a search's default.
    const negatives = emptySign || seed || probeFix?.probe !== 'non-negative' ? null : negativesSite(ctx);
    // A repeated value on input the code turned into a set: the set is where the count was lost.
    const set = emptySign || seed || negatives || !holdsRepeats(first.input) ? null : setOfInput(ctx);
    // A repeated value looked up by `.index()`: its later copy gets the first one's position.
    const lookup = emptySign || seed || negatives || set || !holdsRepeats(first.input) ? null : positionLookupOnInput(ctx);
    const hint = emptySign
      ? say.hint({ line: emptySign.line, code: quote(emptySign.node.text), sequence: emptySign.sequence })
      : seed
        ? seedAdvice(ctx, seed, first)
        : negatives
          ? negativesAdvice(negatives)
          : set
            ? setAdvice(set)
            : lookup
              ? say.firstPosition({ line: lookup.line, code: quote(lookupsOnItsLine(lookup)), sequence: lookup.child('function')!.child('object')!.text })
              : '';
    // With nothing in the code to point at, and ordinary inputs failing too, a tag alone does not
    // say the edge is the cause: the reply then contrasts the failing input with the passing ones.
    if (!hint && !probeFix && mutants.length === 0 && ordinaryFailures.length > 0) return [];
    const line = emptySign?.line ?? seed?.line ?? negatives?.node.line ?? set?.line ?? lookup?.line ?? firstRead(ctx)?.line ?? ctx.entry?.line ?? 1;
    const message = say.wrong({ test, edge, actual: formatValue(first.actual), expected: formatValue(first.expected), hint }) + note;
    return [makeFinding('missing-edge-case', 'critical', mutants.length ? CONFIDENCE.mutant : CONFIDENCE.wrong, line, message, evidence)];
  },
});

/** What is repeated: a letter in one of the words, a character of the text, or a value of a list. */
function repeatsIn(input: readonly unknown[] | undefined): string {
  const repeatsLetter = (v: unknown) => typeof v === 'string' && new Set(v).size < v.length;
  if ((input ?? []).some((arg) => Array.isArray(arg) && arg.some(repeatsLetter))) return 'a word that repeats a letter';
  if ((input ?? []).some(repeatsLetter)) return 'a repeated character';
  return EDGE_TAG_WORDS['edge:duplicates'];
}

/** A set of a word used as a dict key loses the letter counts the key must tell apart; elsewhere the counts. */
function setAdvice(set: PyNode): string {
  const asKey = set.parent?.type === 'subscript' && set.parent.child('subscript') === set;
  const word = set.child('arguments')?.namedChildren[0]?.text;
  return asKey && word ? say.lostCountsInKey({ line: set.line, code: quote(set.text), of: word }) : say.lostCounts({ line: set.line, code: quote(set.text) });
}

/** Failing tests that are all wrong answers on input with repeated values, in code that builds a set of the input. */
function repeatsLostToASet(ctx: DetectorContext, failing: TestResult[]): TestResult[] {
  const small = failing.filter((t) => !t.tags.includes('large'));
  if (small.length === 0 || !small.every((t) => t.status === 'failed' && holdsRepeats(t.input))) return [];
  return setOfInput(ctx) ? small : [];
}

/** The lookup, or `nums.index(...)` when its line holds several (`[nums.index(a), nums.index(b)]`): which one goes wrong depends on the input. */
function lookupsOnItsLine(lookup: PyNode): string {
  const callee = lookup.child('function')?.text;
  const calls = findAll(functionOf(lookup) ?? lookup, 'call').filter((call) => call.line === lookup.line && call.child('function')?.text === callee);
  return calls.length > 1 ? `${callee}(...)` : lookup.text;
}

/**
 * `while not s[left].isalnum(): left += 1`: a loop whose condition reads `seq[i]` and whose body
 * steps `i`, with nothing in the condition keeping `i` inside `seq`. The crash at `line` (the
 * condition, or inside the loop) is that missing bound, not an input to turn away.
 */
function unboundedScan(ctx: DetectorContext, line: number): { line: number; index: string; sequence: string } | null {
  for (const loop of descendants(ctx.root, 'while_statement')) {
    const condition = loop.child('condition');
    if (!condition || line < loop.line || line > lastLine(loop)) continue;
    const stepped = new Set(
      descendants(loop.child('body') ?? loop, 'augmented_assignment')
        .map((a) => a.child('left'))
        .filter((left) => left?.type === 'identifier')
        .map((left) => left!.text),
    );
    for (const read of descendants(condition, 'subscript')) {
      const index = read.child('subscript');
      const sequence = read.child('value');
      if (index?.type !== 'identifier' || sequence?.type !== 'identifier' || !stepped.has(index.text)) continue;
      const bounded = descendants(condition, 'comparison_operator').some(
        (c) => c !== read.parent && c.namedChildren.some((n) => n.type === 'identifier' && n.text === index.text),
      );
      if (!bounded) return { line: loop.line, index: index.text, sequence: sequence.text };
    }
  }
  return null;
}

interface EndRead {
  read: string;
  sequence: string;
}

/** `stack[-1]` or `queue[0]` on the crashing line: an end of a container that can be empty there. */
function endReadOn(ctx: DetectorContext, line: number): EndRead | null {
  const read = descendants(ctx.root, 'subscript').find((node) => {
    const index = node.child('subscript');
    return node.line === line && node.child('value')?.type === 'identifier' && (index?.text === '-1' || index?.text === '0');
  });
  return read ? { read: read.text, sequence: read.child('value')!.text } : null;
}

const lastLine = (node: PyNode) => node.line + (node.text.match(/\n/g)?.length ?? 0);

/** What to check before the crashing line, from what Python said went wrong there. */
function crashFix(error: { type: string; message: string }, line: number, code: string, endRead: EndRead | null): string {
  const popped = /(\w+)\.pop(left)?\(/.exec(code)?.[1];
  if (/pop from (an )?empty/.test(error.message))
    return `Check that ${popped ? `\`${popped}\`` : 'the container'} is not empty before popping on line ${line}, and decide what an empty one means for the answer.`;
  if (error.type === 'StopIteration')
    return `Give \`next()\` a default for when nothing matches, \`next(..., default)\`, and decide what that case should return.`;
  if (error.type === 'ZeroDivisionError') return `Check that the divisor is not zero before line ${line}, and decide what that case should return.`;
  if (error.type === 'KeyError') return `Check that the key is there before line ${line} reads it (\`in\`, or \`.get(key, default)\`).`;
  if (error.type === 'IndexError' && endRead) return say.emptyEnd({ line, ...endRead });
  return `Check for this input right before line ${line} runs, or return its answer early.`;
}

/**
 * The statement whose literal is the wrong answer: a `return False` reached early, or the first
 * assignment of a returned variable (`best = current = 1`) that nothing changed on this input.
 */
/**
 * The seed's sentence. For a running maximum (or minimum) that started above (below) every value
 * this non-empty input gives, the value to start from instead; otherwise what to decide.
 */
function seedAdvice(ctx: DetectorContext, seed: PyNode, test: TestResult): string {
  const empty = ctx.params[(test.input ?? []).findIndex((value) => (Array.isArray(value) || typeof value === 'string') && value.length === 0)];
  const generic = empty ? say.seedEmpty({ line: seed.line, code: quote(seed.text), name: empty }) : say.seed({ line: seed.line, code: quote(seed.text) });
  const name = seed.type === 'assignment' ? seed.child('left') : null;
  const extreme = name?.type === 'identifier' && ctx.entry ? trackedExtreme(ctx.entry.body, name.text) : null;
  const sequence = ctx.params[(test.input ?? []).findIndex((value) => Array.isArray(value) && value.length > 0)];
  const { expected, actual } = test;
  if (!name || !extreme || !sequence || typeof expected !== 'number' || typeof actual !== 'number') return generic;
  if (extreme === 'max' ? expected >= actual : expected <= actual) return generic;
  return say.seedExtreme({ line: seed.line, code: quote(seed.text), name: name.text, larger: extreme === 'max', first: `${sequence}[0]` });
}

const holdsEmpty = (test: TestResult) => (test.input ?? []).some((value) => (Array.isArray(value) || typeof value === 'string') && value.length === 0);

type NegativesSite =
  { kind: 'floor'; node: PyNode; code: string; name: string; fix?: string } | { kind: 'default'; node: PyNode; name: string; condition: PyNode };

/**
 * Where input of only negative numbers goes wrong: a running value floored at 0 in a loop
 * (`s = max(0, s + x)`), else the value a search keeps when its test against 0 never holds
 * (`split = 0` before `for ...: if x >= 0: split = i`).
 */
function negativesSite(ctx: DetectorContext): NegativesSite | null {
  const body = ctx.entry?.body;
  if (!body) return null;
  const isZero = (node: PyNode | null | undefined) => isIntegerLiteral(node ?? null, 0);
  const floor = findAll(body, 'call').find(
    (call) =>
      call.child('function')?.text === 'max' &&
      call.child('arguments')?.namedChildren.length === 2 &&
      call.child('arguments')!.namedChildren.some(isZero) &&
      loopsAround(call).length > 0,
  );
  if (floor) {
    const statement = enclosing(floor, STATEMENTS) ?? floor;
    return { kind: 'floor', node: statement, code: statement.text, name: floorName(statement), fix: floorWithElement(floor) ?? undefined };
  }
  const againstZero = (test: PyNode) => {
    const condition = test.child('condition');
    return condition?.type === 'comparison_operator' &&
      condition.namedChildren.length === 2 &&
      condition.namedChildren.some(isZero) &&
      loopsAround(test).length > 0
      ? condition
      : null;
  };
  // `if s < 0: s = 0`: the same floor, written as a reset.
  for (const test of findAll(body, 'if_statement')) {
    const condition = againstZero(test);
    const reset = findAll(test.child('consequence') ?? test, 'assignment').find(
      (a) => a.child('left')?.type === 'identifier' && isZero(a.child('right')) && namesIn(condition ?? test).has(a.child('left')!.text),
    );
    if (condition && reset) return { kind: 'floor', node: test, code: `if ${condition.text}: ${reset.text}`, name: `\`${reset.child('left')!.text}\`` };
  }
  for (const test of findAll(body, 'if_statement')) {
    const condition = againstZero(test);
    const loop = loopsAround(test)[0];
    if (!condition || !loop) continue;
    for (const update of findAll(test.child('consequence') ?? test, 'assignment')) {
      const name = update.child('left');
      // A search records what it found (`split = i`), tested on the elements, not on itself.
      if (name?.type !== 'identifier' || namesIn(condition).has(name.text) || literalJson(update.child('right')!) !== null) continue;
      const start = findAll(body, 'assignment').find(
        (a) => a.end <= loop.start && a.child('left')?.text === name.text && literalJson(a.child('right')!) !== null,
      );
      if (start) return { kind: 'default', node: start, name: name.text, condition };
    }
  }
  return null;
}

/** `running` of `running = max(0, running + x)`, else "the value". */
function floorName(statement: PyNode): string {
  const assignment = statement.namedChildren[0];
  const left = assignment?.type === 'assignment' ? assignment.child('left') : null;
  return left?.type === 'identifier' ? `\`${left.text}\`` : 'the value';
}
const STATEMENTS = new Set(['expression_statement', 'return_statement']);

function negativesAdvice(site: NegativesSite): string {
  return site.kind === 'floor'
    ? say.zeroFloor({ line: site.node.line, code: quote(site.code), name: site.name, fix: site.fix ?? null })
    : say.searchDefault({
        line: site.node.line,
        code: quote(site.node.text),
        name: site.name,
        condition: quote(site.condition.text),
        conditionLine: site.condition.line,
      });
}

/** `max(0, current + x)` -> `max(x, current + x)`: the floor replaced by the element the sum adds, when it is a name. */
function floorWithElement(floor: PyNode): string | null {
  const args = floor.child('arguments')?.namedChildren ?? [];
  const sum = args.find((a) => !isIntegerLiteral(a, 0));
  if (sum?.type !== 'binary_operator' || sum.child('operator')?.type !== '+') return null;
  const element = [sum.child('left'), sum.child('right')].find(
    (side) => side?.type === 'identifier' && loopsAround(floor).some((l) => namesIn(l.child('left') ?? l).has(side.text)),
  );
  return element ? `max(${element.text}, ${sum.text})` : null;
}

/** `best = max(best, x)` or `if x > best: best = x`: the name keeps a running maximum (or minimum). */
function trackedExtreme(scope: PyNode, name: string): 'max' | 'min' | null {
  for (const assignment of findAll(scope, 'assignment')) {
    if (assignment.child('left')?.text !== name) continue;
    const right = assignment.child('right');
    const callee = right?.type === 'call' ? right.child('function')?.text : undefined;
    if ((callee === 'max' || callee === 'min') && findAll(right!, 'identifier').some((id) => id.text === name)) return callee;
    const guard = enclosingIf(assignment);
    const comparison = guard?.child('condition');
    if (comparison?.type !== 'comparison_operator' || comparison.namedChildren.length !== 2) continue;
    const [left, rightSide] = comparison.namedChildren;
    const operator = comparison.children.find((c) => !c.named)?.text;
    const greater = operator === '>' || operator === '>=';
    const less = operator === '<' || operator === '<=';
    if (rightSide.text === name && (greater || less)) return greater ? 'max' : 'min';
    if (left.text === name && (greater || less)) return less ? 'max' : 'min';
  }
  return null;
}

/** The `if` whose body holds the statement directly (not through a loop or another function). */
const IF_OR_LOOP = new Set(['if_statement', 'for_statement', 'while_statement']);
function enclosingIf(node: PyNode): PyNode | null {
  const around = enclosing(node, IF_OR_LOOP);
  return around?.type === 'if_statement' ? around : null;
}

function seedReturned(ctx: DetectorContext, actual: unknown): PyNode | null {
  const scope = ctx.entry?.body;
  if (!scope || actual === undefined) return null;
  const wanted = JSON.stringify(actual);
  const matches = (node: PyNode | null | undefined) => node != null && literalJson(node) === wanted;
  const returns = findAll(scope, 'return_statement');
  const early = returns.find((r) => matches(r.namedChildren[0]));
  if (early) return early;
  const returned = new Set(
    returns
      .map((r) => r.namedChildren[0])
      .filter((v) => v?.type === 'identifier')
      .map((v) => v.text),
  );
  for (const assignment of findAll(scope, 'assignment')) {
    // `best = current = 1` nests: the innermost right side is the value, every left side a name.
    let value: PyNode | null = assignment;
    const names: string[] = [];
    while (value?.type === 'assignment') {
      names.push(value.child('left')?.text ?? '');
      value = value.child('right');
    }
    if (names.some((n) => returned.has(n))) return matches(value) ? assignment : null;
  }
  return null;
}

/** The JSON text of a Python literal (`1`, `-1`, `True`, `None`, `[]`, `""`), else null. */
function literalJson(node: PyNode): string | null {
  const text = node.text.trim();
  if (/^-?\d+$/.test(text)) return String(Number(text));
  if (text === 'True' || text === 'False') return text === 'True' ? 'true' : 'false';
  if (text === 'None') return 'null';
  if (text === '[]') return '[]';
  if (text === '""' || text === "''") return '""';
  return null;
}

interface Sign {
  node: PyNode;
  line: number;
  sequence: string;
}

/** Static signs on an input the entry point receives, not guarded for emptiness. */
function unguardedSigns(ctx: DetectorContext): Sign[] {
  const inputs = new Set(ctx.functions.all.flatMap((f) => f.params.map((p) => p.name)));
  const signs: Sign[] = [];
  for (const m of ctx.matches('boundary-element')) {
    const sequence = m.captures.sequence?.text;
    const node = m.captures.finding;
    if (!sequence || !inputs.has(sequence)) continue;
    const index = m.captures.index?.text;
    if (index !== undefined && index !== '0' && index !== '-1') continue;
    if (isGuardedBefore(ctx, sequence, node)) continue;
    signs.push({ node, line: node.line, sequence });
  }
  return signs;
}

function unguardedSign(ctx: DetectorContext, errorLine: number | null): Sign | null {
  const signs = unguardedSigns(ctx);
  return signs.find((s) => s.line === errorLine) ?? (errorLine === null ? (signs[0] ?? null) : null);
}

/** `xs[0]` on a line before `if not xs:` in the same function. */
function readsBeforeGuard(ctx: DetectorContext): Finding[] {
  const findings: Finding[] = [];
  const guards = ctx
    .matches('emptiness-guard')
    .filter((m) => m.captures.guard.child('condition')?.type !== 'identifier' && m.captures.guard.child('condition')?.type !== 'boolean_operator');
  for (const m of ctx.matches('boundary-element')) {
    const sequence = m.captures.sequence?.text;
    const node = m.captures.finding;
    const index = m.captures.index?.text;
    if (!sequence || (index !== undefined && index !== '0' && index !== '-1')) continue;
    const later = guards.find(
      (g) =>
        g.captures.sequence.text === sequence &&
        functionOf(g.captures.guard) === functionOf(node) &&
        g.captures.guard.start > node.end &&
        !enclosedByGuard(node, sequence),
    );
    if (!later || isGuardedBefore(ctx, sequence, node)) continue;
    findings.push(
      makeFinding(
        'missing-edge-case',
        'warning',
        CONFIDENCE.readBeforeGuard,
        node.line,
        say.readBeforeGuard({ line: node.line, code: quote(node.text), sequence, guardLine: later.captures.guard.line }),
        ['static'],
      ),
    );
  }
  return findings.slice(0, 1);
}

function enclosedByGuard(node: PyNode, sequence: string): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'if_statement' && (p.child('condition')?.text ?? '').includes(sequence)) return true;
  }
  return false;
}
