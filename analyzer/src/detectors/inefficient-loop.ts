// inefficient-loop: a loop that repeats work which could be done once or kept as a running
// value: sum/max/min/sorted of the input, slices, whole-string methods or .count() inside a
// loop, strings or lists rebuilt by concatenation, and inner loops that recompute a total the
// outer loop could carry. Only reported when the repeated work is what makes the code slower.
import { dominantSite, type LoopFrame, type Site } from '../complexity.js';
import { hasSize } from '../cost.js';
import type { PyNode } from '../syntax.js';
import { isMemoized, findSelfCalls } from '../recursion.js';
import { callArgs, comparisonOperators, findAll, methodCallsOn, namesIn, sliceParts } from '../syntax-queries.js';
import type { Finding } from '../types.js';
import { defineDetector, type DetectorContext, type Template } from './detector.js';
import {
  describeLoop,
  drivingLoop,
  exceedsAcceptable,
  functionOf,
  isCostlyEnough,
  loopsAround,
  loopsFitAcceptable,
  makeFinding,
  quote,
  repeatsLoopData,
  siteClass,
  sitesAt,
} from './helpers.js';

interface Where {
  line: number;
  code: string;
  loop: string;
  cost: string;
}

const GROWS: ReadonlySet<string> = new Set(['append', 'insert']);

const RUNNING: Record<string, string> = {
  sum: 'a running total',
  max: 'a running maximum',
  min: 'a running minimum',
  any: 'a flag or a set',
  all: 'a flag or a set',
};

/** Aggregates a running value cannot keep for the part of a list still ahead (nothing to take back out): a backward pass can. */
const SUFFIX_WORDS: Record<string, string> = { max: 'maximum', min: 'minimum', prod: 'product' };

const PART_WORDS = {
  whole: 'the whole sequence',
  prefix: 'everything up to the current position',
  suffix: 'everything after the current position',
  window: 'the whole window it slices',
};

/** `sum(xs[i:i + k])` in `for i in ...`: the window's start is the loop's own index, so it moves by one each pass. */
function startsAtLoopIndex(call: PyNode, site: Site): boolean {
  const slice = callArgs(call)[0]?.child('subscript');
  const start = slice?.type === 'slice' ? sliceParts(slice).start : null;
  const loop = drivingLoop(site)?.node;
  return start !== null && loop?.type === 'for_statement' && loop.child('left')?.text === start.text;
}

/** `max(xs[:i])` / `max(xs[i + 1:])` / `sum(xs[start:i + 1])`: which part of the sequence an aggregate's one argument slices, and of what. */
function slicedPart(call: PyNode): { side: 'prefix' | 'suffix' | 'window'; sequence: string } | null {
  const args = callArgs(call);
  const slice = args.length === 1 && args[0].type === 'subscript' ? args[0] : null;
  const parts = slice?.child('subscript')?.type === 'slice' ? sliceParts(slice.child('subscript')!) : null;
  const sequence = slice?.child('value')?.text;
  if (!parts || !sequence || parts.step) return null;
  if (parts.start === null && parts.stop !== null) return { side: 'prefix', sequence };
  if (parts.start !== null && parts.stop === null) return { side: 'suffix', sequence };
  if (parts.start !== null && parts.stop !== null) return { side: 'window', sequence };
  return null;
}

const say = {
  aggregate: (p: Where & { keep: string; part: string }) =>
    `Line ${p.line}: \`${p.code}\` goes over ${p.part} again on every pass of ${p.loop} (${p.cost} in total). Keep ${p.keep} updated as the loop moves instead.`,
  windowSum: (p: Where & { jumps: boolean }) =>
    `Line ${p.line}: \`${p.code}\` adds up the whole window again on every pass of ${p.loop} (${p.cost} in total). Keep the window's total as a running value instead: add each element as the end moves on${p.jumps ? ', subtract the ones the start leaves behind, and start it over from zero where the start jumps past the end' : ' and subtract the one the start leaves behind'}.`,
  suffixExtreme: (p: Where & { extreme: string; sequence: string }) =>
    `Line ${p.line}: \`${p.code}\` goes over the rest of \`${p.sequence}\` again on every pass of ${p.loop} (${p.cost} in total). That part shrinks as the loop moves, and a ${p.extreme} cannot simply be taken back out of a running value: fill a list with the ${p.extreme} of every suffix in one backward pass before the loop, and read its entry here.`,
  sort: (p: Where) =>
    `Line ${p.line}: \`${p.code}\` sorts again on every pass of ${p.loop} (${p.cost} in total). Sort once before the loop, or keep the values in a heap.`,
  slice: (p: Where) =>
    `Line ${p.line}: the slice \`${p.code}\` copies part of the input on every pass of ${p.loop} (${p.cost} in total). Work with indices into the original instead of copying.`,
  comparedSlice: (p: Where) =>
    `Line ${p.line}: the slice \`${p.code}\` copies and compares a whole piece on every pass of ${p.loop} (${p.cost} in total), and indices would still read all of it: reuse what an earlier pass found about the piece inside it.`,
  slicedAggregate: (p: Where & { call: string }) =>
    `Line ${p.line}: \`${p.call}\` copies part of the input and goes over all of it again on every pass of ${p.loop} (${p.cost} in total). Indices alone would not help: keep the result as a running value (a prefix or suffix total) updated as the loop moves.`,
  // `prod(nums[:i]) * prod(nums[i + 1:])`: a prefix and a suffix, which one running value cannot both give.
  prefixAndSuffix: (p: Where & { call: string; other: string }) =>
    `Line ${p.line}: \`${p.call}\` and \`${p.other}\` copy the parts before and after each position and go over them again on every pass of ${p.loop} (${p.cost} in total). Keep a running value of the prefix as the loop moves forward, and get the suffixes from a second pass backward (or a list of them filled before the loop): two passes, each O(n).`,
  copy: (p: Where) =>
    `Line ${p.line}: \`${p.code}\` builds the same copy again on every pass of ${p.loop} (${p.cost} in total). Build it once before the loop and reuse it.`,
  windowCopy: (p: Where) =>
    `Line ${p.line}: \`${p.code}\` is built from scratch on every pass of ${p.loop} (${p.cost} in total), though only a little of it changes from one pass to the next. Keep one and update it as the loop moves: add what comes in, remove what goes out.`,
  count: (p: Where & { subject: string }) =>
    `Line ${p.line}: \`${p.code}\` counts through all of \`${p.subject}\` on every pass of ${p.loop} (${p.cost} in total). Count everything once with collections.Counter before the loop.`,
  stringMethod: (p: Where & { subject: string }) =>
    `Line ${p.line}: \`${p.code}\` processes the whole string \`${p.subject}\` on every pass of ${p.loop} (${p.cost} in total). Do it once before the loop.`,
  shrinkingString: (p: Where & { subject: string }) =>
    `Line ${p.line}: \`${p.code}\` builds a new string from what is left of \`${p.subject}\` on every pass of ${p.loop} (${p.cost} in total). Keep one index into the original string instead, and move it past each piece you have handled.`,
  dropsHandledPiece: (p: Where & { subject: string; bothEnds: boolean }) =>
    `Line ${p.line}: \`${p.code}\` copies all that is left of \`${p.subject}\` to drop the piece just handled, on every pass of ${p.loop} (${p.cost} in total). ${p.bothEnds ? 'Keep two indices instead, one at each end, and move them toward each other.' : 'Keep one index into the original string instead, and move it past each piece you have handled.'}`,
  prepend: (p: Where & { variable: string }) =>
    `Line ${p.line}: \`${p.code}\` copies everything already in \`${p.variable}\` to put one piece in front, on every pass of ${p.loop} (${p.cost} in total). Append the pieces to a list and reverse or join once at the end.`,
  rescan: (p: { line: number; variable: string; sequence: string; outerLine: number }) =>
    `Line ${p.line}: this loop combines all of \`${p.sequence}\` into \`${p.variable}\` from scratch on every pass of the loop on line ${p.outerLine}, so the work is O(n^2). Compute the running totals once (prefix and suffix) and reuse them.`,
  recursiveSlice: (p: { line: number; code: string; name: string; callLine: number }) =>
    `Line ${p.line}: \`${p.code}\` copies part of the input to hand it to the next call of \`${p.name}\`${p.callLine === p.line ? '' : ` (on line ${p.callLine})`}, at every level, so the copying costs more than the search itself. Pass the bounds (\`lo\`, \`hi\`) instead and keep one list.`,
  growingCheck: (p: { line: number; code: string; name: string; loopLine: number }) =>
    `Line ${p.line}: \`${p.code}\` compares \`${p.name}\` from its first character on every pass of the loop on line ${p.loopLine}, though \`${p.name}\` only grew by one piece since the last pass and what was checked then still holds. Check only what is new: the character at the new position (\`word[i] == ch\`), not the whole string again.`,
  sameCall: (p: { line: number; code: string; loopLine: number }) =>
    `Line ${p.line}: \`${p.code}\` gets the same arguments on every pass of the loop on line ${p.loopLine}, so it computes the same result again each time. Call it once before the loop and keep the result.`,
  concat: (p: Where & { variable: string }) =>
    `Line ${p.line}: \`${p.code}\` copies the whole list \`${p.variable}\` to add to it, on every pass of ${p.loop} (${p.cost} in total). Use \`${p.variable}.append(...)\` (or \`+=\`), which adds in place.`,
} satisfies Record<string, Template<never>>;

/** Calibration: repeated work on the line growth runs measured as the hot one, with a problem's class to compare with, from the code alone; a recomputed total (with and without a problem). */
const CONFIDENCE = {
  hotLine: 0.9,
  withProblem: 0.82,
  staticOnly: 0.78,
  rescanWithProblem: 0.8,
  rescanStatic: 0.7,
} as const;

export const inefficientLoop = defineDetector({
  id: 'inefficient-loop',
  title: 'A loop that repeats work it could keep',
  docs: {
    what: 'Inside a loop, the code recomputes something over the whole input (a sum, a maximum, a sort, a slice, a count) or copies a growing string or list, although a running value or one computation before the loop would do.',
    why: 'Each repetition costs as much as one pass over the input, so the loop as a whole becomes one class slower than the same algorithm written with a running value: O(n^2) instead of O(n).',
    plainWhy:
      'Redoing the same work on every round of a loop (the part of the code that repeats) quietly slows it down. Interviewers notice when you keep a running result instead.',
    expertWhy:
      'Rescanning per iteration usually costs a factor of n for no new information; maintaining incremental state is the standard move, and interviewers expect it without prompting.',
    example: 'for i in range(len(nums)):\n    if sum(nums[:i]) == sum(nums[i + 1:]):\n        return i',
    better: 'total, left = sum(nums), 0\nfor i, x in enumerate(nums):\n    if left == total - left - x:\n        return i\n    left += x',
    knownMisses:
      'Repeated work hidden inside helper functions of other modules, `+=` on strings (CPython usually makes it cheap), and inner loops that re-add a prefix written with explicit indices are not always recognised.',
  },
  queries: ['whole-sequence-scan', 'sort-call', 'slicing', 'prepend-concatenation'],
  detect(ctx) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    // Counted Python lines never see work done inside a built-in (`Counter(s[a:b])`): when the
    // costliest site is such a call, it is the hot line, whatever the line counts say.
    const dominant = dominantSite(ctx.estimate);
    const hiddenLine = dominant && dominant.node.type === 'call' && hasSize(dominant.opCost) ? dominant.line : null;
    const hotLine = ctx.growth ? (hiddenLine ?? ctx.growth.hotLine?.line) : undefined;
    const report = (site: Site, message: string): void => {
      const key = `${site.line}:${site.kind}`;
      if (reported.has(key)) return;
      reported.add(key);
      const confidence = hotLine === site.line ? CONFIDENCE.hotLine : ctx.problem ? CONFIDENCE.withProblem : CONFIDENCE.staticOnly;
      findings.push(makeFinding('inefficient-loop', 'warning', confidence, site.line, message, ['static', ...(ctx.growth && ctx.problem ? ['growth'] : [])]));
    };
    const where = (site: Site, code: string): Where | null => {
      const loop = drivingLoop(site);
      return loop ? { line: site.line, code: quote(code), loop: describeLoop(loop), cost: siteClass(ctx, site) } : null;
    };
    const candidates = (query: 'whole-sequence-scan' | 'sort-call' | 'slicing' | 'prepend-concatenation', kinds: Site['kind'][]) =>
      ctx.matches(query).flatMap((m) =>
        sitesAt(ctx, m.captures.finding)
          .filter((s) => kinds.includes(s.kind) && repeatsLoopData(s) && !handedAFreshPiece(s) && isCostlyEnough(ctx, s) && loopsFitAcceptable(ctx, s))
          .map((site) => ({ site, match: m })),
      );

    for (const { site, match } of candidates('whole-sequence-scan', ['aggregate', 'copy', 'join', 'scan-method', 'string-method'])) {
      const w = where(site, match.captures.finding.text);
      if (!w) continue;
      const name = match.captures.function?.text ?? match.captures.method?.text ?? '';
      const subject = quote(match.captures.sequence?.text ?? site.subject ?? '', 30);
      if (site.kind === 'aggregate') {
        const part = slicedPart(match.captures.finding);
        if (part?.side === 'suffix' && SUFFIX_WORDS[name]) report(site, say.suffixExtreme({ ...w, extreme: SUFFIX_WORDS[name], sequence: part.sequence }));
        else if (part?.side === 'window' && name === 'sum') report(site, say.windowSum({ ...w, jumps: !startsAtLoopIndex(match.captures.finding, site) }));
        else report(site, say.aggregate({ ...w, keep: RUNNING[name] ?? 'a running value', part: PART_WORDS[part?.side ?? 'whole'] }));
      }
      // `.count()` on a known list in a loop is a container that does not fit (wrong-data-structure
      // says so); on a string, or what may be one, it is repeated work.
      else if (site.kind === 'scan-method' && name === 'count') {
        if (!['list', 'deque', 'tuple'].includes(site.subjectKind ?? '')) report(site, say.count({ ...w, subject }));
      } else if (site.kind === 'string-method') {
        // A string the loop itself shortens cannot be processed once before it: the pass reads what is left.
        const loop = drivingLoop(site)?.node;
        // `s.find(" ")` on what is left reads only up to the next piece: all passes together read `s` once.
        if (loop && name === 'find' && readsWhatTheLoopChanges(match.captures.finding, loop)) continue;
        const cutDown = cutDownName(match.captures.finding);
        if (loop && cutDown) {
          report(site, say.dropsHandledPiece({ ...w, subject: cutDown, bothEnds: false }));
          continue;
        }
        report(
          site,
          loop && readsWhatTheLoopChanges(match.captures.finding, loop) ? say.shrinkingString({ ...w, subject }) : say.stringMethod({ ...w, subject }),
        );
      } else if (site.kind === 'copy' || site.kind === 'join') {
        const loop = drivingLoop(site)?.node;
        report(site, loop && readsWhatTheLoopChanges(match.captures.finding, loop) ? say.windowCopy(w) : say.copy(w));
      }
    }
    for (const found of aggregatedComprehensions(ctx)) {
      const { site, call, outer, name } = found;
      const w = { line: call.line, code: quote(call.text), loop: describeLoop(outer), cost: siteClass(ctx, site) };
      const copy = readsWhatTheLoopChanges(call, outer.node) ? say.windowCopy(w) : say.copy(w);
      report(site, name === 'copy' ? copy : say.aggregate({ ...w, keep: RUNNING[name] ?? 'a running value', part: PART_WORDS.whole }));
    }
    for (const found of sameCallsInLoops(ctx)) {
      if (!ctx.problem || !exceedsAcceptable(ctx)) break;
      const key = `${found.call.line}:same-call`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push(
        makeFinding(
          'inefficient-loop',
          'warning',
          CONFIDENCE.withProblem,
          found.call.line,
          say.sameCall({ line: found.call.line, code: quote(found.call.text), loopLine: found.loop.line }),
          ['static'],
        ),
      );
    }
    // Only a run that timed out shows what growing-string checks cost: line counts never see it.
    const timedOut = ctx.tests === null || ctx.tests.some((t) => t.status === 'timeout');
    for (const found of timedOut ? growingStringChecks(ctx) : []) {
      const key = `${found.call.line}:growing-check`;
      if (reported.has(key)) continue;
      reported.add(key);
      const message = say.growingCheck({ line: found.call.line, code: quote(found.call.text), name: found.name, loopLine: found.loop.line });
      findings.push(
        makeFinding('inefficient-loop', 'warning', ctx.problem ? CONFIDENCE.withProblem : CONFIDENCE.staticOnly, found.call.line, message, ['static']),
      );
    }
    for (const { site, match } of candidates('sort-call', ['sort'])) {
      // Re-sorting a list that grows in the same loop is a heap's job: wrong-data-structure.
      const loopNode = drivingLoop(site)?.node;
      if (site.subject && loopNode && methodCallsOn(loopNode, site.subject, GROWS).length > 0) continue;
      const w = where(site, match.captures.finding.text);
      if (w) report(site, say.sort(w));
    }
    for (const { site, match } of candidates('slicing', ['slice'])) {
      // s[i:j] with both ends moving looks at a different window each time (often the point of
      // the algorithm); a prefix, suffix or full copy (xs[i:], xs[:j], xs[::-1]) repeats work.
      const parts = sliceParts(match.captures.finding.child('subscript') ?? match.captures.finding);
      const moving = (part: PyNode | null) => part !== null && namesIn(part).size > 0;
      // Under nested loops, a window with both ends moving is one of the windows the algorithm
      // enumerates (its class is suboptimal-complexity's question); under a single loop it is a
      // sliding window copied again on every pass.
      const sizedLoops = site.loops.filter((l) => hasSize(l.factors)).length;
      if (moving(parts.start) && moving(parts.stop) && sizedLoops > 1) continue;
      // s[i:j][::-1]: the reversed copy of a window, part of looking at that window.
      if (match.captures.sequence.type === 'subscript') continue;
      // A piece looked up in a set or dict, or passed to a cached function, has to exist as
      // its own string (word break's `s[:i] in words`): the copy is not repeated work.
      if (feedsLookup(match.captures.finding, ctx)) continue;
      const w = where(site, match.captures.finding.text);
      // `prod(nums[:i])`: the walk over the slice costs as much as the copy.
      const consumer = consumingCall(match.captures.finding);
      if (!w) continue;
      const loopNode = drivingLoop(site)?.node;
      const shrinks = loopNode !== undefined && isReassignedFromItself(match.captures.finding, match.captures.sequence);
      // `s[:space]` of a string the loop shortens: the piece about to be dropped, all pieces together are `s` once.
      if (!consumer && parts.start === null && loopNode && !shrinks && readsWhatTheLoopChanges(match.captures.finding, loopNode)) continue;
      if (shrinks) {
        report(site, say.dropsHandledPiece({ ...w, subject: quote(match.captures.sequence.text, 30), bothEnds: parts.start !== null && parts.stop !== null }));
        continue;
      }
      const suffixOf = consumer ? SUFFIX_WORDS[consumer.child('function')?.text.split('.').pop() ?? ''] : undefined;
      if (consumer && suffixOf && parts.start !== null && parts.stop === null)
        report(site, say.suffixExtreme({ ...w, code: quote(consumer.text), extreme: suffixOf, sequence: quote(match.captures.sequence.text, 30) }));
      else if (consumer) {
        const call = quote(consumer.text);
        const suffix = parts.start === null && parts.stop !== null ? suffixBeside(consumer) : null;
        report(site, suffix ? say.prefixAndSuffix({ ...w, call, other: quote(suffix.text) }) : say.slicedAggregate({ ...w, call }));
      }
      // `piece == piece[::-1]`: the comparison reads the whole piece, so indices would not make the pass cheaper.
      else report(site, match.captures.finding.parent?.type === 'comparison_operator' ? say.comparedSlice(w) : say.slice(w));
    }
    for (const found of slicesIntoRecursion(ctx)) {
      // Halving copies cost O(n log n) in all (merge sort): only a problem's class says whether that is too slow.
      if (!ctx.problem || !exceedsAcceptable(ctx)) break;
      const key = `${found.slice.line}:recursive-slice`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push(
        makeFinding(
          'inefficient-loop',
          'warning',
          ctx.problem ? CONFIDENCE.withProblem : CONFIDENCE.staticOnly,
          found.slice.line,
          say.recursiveSlice({ line: found.slice.line, code: quote(found.slice.text), name: found.fn, callLine: found.call.line }),
          ['static'],
        ),
      );
    }
    for (const { site, match } of candidates('prepend-concatenation', ['prepend', 'concat'])) {
      const w = where(site, match.captures.finding.text);
      if (!w) continue;
      const variable = match.captures.target.text;
      report(site, site.kind === 'prepend' ? say.prepend({ ...w, variable }) : say.concat({ ...w, variable }));
    }
    for (const sign of recomputedTotals(ctx)) {
      if (ctx.problem && !exceedsAcceptable(ctx)) break;
      const key = `${sign.inner.line}:rescan`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push(
        makeFinding(
          'inefficient-loop',
          'warning',
          ctx.problem ? CONFIDENCE.rescanWithProblem : CONFIDENCE.rescanStatic,
          sign.inner.line,
          say.rescan({ line: sign.inner.line, variable: sign.accumulator, sequence: sign.sequence, outerLine: sign.outer.line }),
          ['static'],
        ),
      );
    }
    return findings;
  },
});

/** Methods that change the container they are called on. */
const MUTATING_METHODS = new Set(['append', 'extend', 'insert', 'pop', 'popleft', 'appendleft', 'remove', 'add', 'discard', 'update', 'setdefault', 'clear']);

/** The names an assignment or a loop binds: `x`, or each name of `i, x`. */
function boundNames(target: PyNode | null): string[] {
  if (!target) return [];
  return target.type === 'identifier' ? [target.text] : target.namedChildren.flatMap((c) => (c.type === 'identifier' ? [c.text] : []));
}

/**
 * True when `expression` reads a name the loop rebinds (its variable, or anything assigned in
 * it): the copy then differs from pass to pass (a window), so building it once cannot work.
 */
/** `s = s[k:].lstrip()`: the name a string method's result replaces, when it works on a slice of that name. */
function cutDownName(call: PyNode): string | null {
  const object = call.child('function')?.child('object');
  const sequence = object?.type === 'subscript' ? object.child('value') : null;
  return sequence && isReassignedFromItself(object!, sequence) ? sequence.text : null;
}

/** `s = s[k:]` (or `s = s[k:].lstrip()`): the slice of a name is assigned back to that name. */
function isReassignedFromItself(slice: PyNode, sequence: PyNode): boolean {
  if (sequence.type !== 'identifier') return false;
  let node: PyNode | null = slice.parent;
  // Up through calls made on the copy (`.lstrip()`), to the statement that keeps it.
  while (node && (node.type === 'attribute' || node.type === 'call')) node = node.parent;
  return node?.type === 'assignment' && node.child('left')?.text === sequence.text;
}

/**
 * `is_pal(s[i:j])` in the loop, with the scan inside `is_pal`: each call gets another piece, so
 * nothing is built again; checking every piece from scratch is the algorithm (its class is
 * suboptimal-complexity's question), not repeated work.
 */
function handedAFreshPiece(site: Site): boolean {
  const loop = drivingLoop(site)?.node;
  const helper = functionOf(site.node);
  const name = helper?.child('name')?.text;
  if (!loop || !helper || !name || functionOf(loop) === helper) return false;
  return findAll(loop, 'call').some((call) => {
    if (call.child('function')?.text !== name) return false;
    // A loop's own variable changes on every pass, like a name assigned inside it.
    const stepped = new Set(loopsAround(call).flatMap((around) => (around.type === 'for_statement' ? [...namesIn(around.child('left') ?? around)] : [])));
    return callArgs(call).some((argument) => [...namesIn(argument)].some((n) => stepped.has(n)) || readsWhatTheLoopChanges(argument, loop));
  });
}

function readsWhatTheLoopChanges(expression: PyNode, loop: PyNode): boolean {
  // Names the expression binds itself (a comprehension's variables) say nothing about the loop.
  const inside = (node: PyNode) => node.start >= expression.start && node.end <= expression.end;
  const binders = findAll(loop, 'assignment|augmented_assignment|for_statement|for_in_clause').filter((a) => !inside(a));
  const mutated = findAll(loop, 'call').flatMap((call) => {
    const callee = call.child('function');
    const method = callee?.type === 'attribute' ? callee.child('attribute')?.text : undefined;
    const subject = callee?.child('object');
    return method && MUTATING_METHODS.has(method) && subject?.type === 'identifier' && !inside(call) ? [subject.text] : [];
  });
  const changed = new Set([...binders.flatMap((a) => boundNames(a.child('left'))), ...mutated]);
  return findAll(expression, 'identifier').some((name) => changed.has(name.text));
}

/**
 * `max(b for _, b in merged)` inside a loop: the generator's own loop goes over a sequence the
 * outer loop does not rebuild, once per pass (the call has no cost of its own: its generator
 * is a loop site, so the whole-sequence scans above never see it).
 */
function aggregatedComprehensions(ctx: DetectorContext): Array<{ site: Site; call: PyNode; outer: LoopFrame; name: string }> {
  const found: Array<{ site: Site; call: PyNode; outer: LoopFrame; name: string }> = [];
  for (const site of ctx.estimate.sites) {
    if (site.kind !== 'loop' || site.node.type !== 'for_in_clause') continue;
    const generator = site.node.parent;
    const aggregate = generator?.parent?.type === 'call' ? generator.parent : generator?.parent?.type === 'argument_list' ? generator.parent.parent : null;
    // A list, set or dict built by a comprehension and assigned on every pass is rebuilt too.
    const rebuilt = generator && generator.type !== 'generator_expression' && generator.parent?.type === 'assignment' ? generator : null;
    const name = aggregate ? (aggregate.child('function')?.text ?? '') : 'copy';
    const call = aggregate && name in RUNNING ? aggregate : rebuilt;
    if (!call || !generator || generator.namedChildren.filter((c) => c.type === 'for_in_clause').length !== 1) continue;
    const outer = site.loops
      .slice(0, -1)
      .reverse()
      .find((l) => hasSize(l.factors));
    const over = site.node.child('right');
    if (!outer || !over || !hasSize(site.opCost) || !isCostlyEnough(ctx, site) || !loopsFitAcceptable(ctx, site)) continue;
    // A sequence the outer loop binds afresh is a different one each pass, not repeated work.
    const base = over.text.replace(/\[.*$/s, '');
    const rebound = findAll(outer.node, 'assignment|augmented_assignment|for_statement|for_in_clause').some(
      (a) => a !== site.node && boundNames(a.child('left')).includes(base),
    );
    // A count or an index on a list inside the generator is the container's cost: wrong-data-structure's.
    const listScan = ctx.estimate.sites.some(
      (s) =>
        s.kind === 'scan-method' && s.node.start >= generator.start && s.node.end <= generator.end && ['list', 'deque', 'tuple'].includes(s.subjectKind ?? ''),
    );
    if (!rebound && !listScan) found.push({ site, call, outer, name });
  }
  return found;
}

/**
 * A slice of a parameter handed to the function's own recursive call, directly or through a
 * name (`half = nums[mid + 1:]`, `search(half, target)`): every level copies what it passes
 * down. Not in a memoized function, whose calls are looked up by the piece.
 */
function slicesIntoRecursion(ctx: DetectorContext): Array<{ slice: PyNode; call: PyNode; fn: string }> {
  const found: Array<{ slice: PyNode; call: PyNode; fn: string }> = [];
  for (const fn of ctx.functions.all) {
    if (isMemoized(fn)) continue;
    const params = new Set(fn.params.map((p) => p.name));
    const isParamSlice = (node: PyNode) =>
      node.type === 'subscript' && node.child('subscript')?.type === 'slice' && params.has(node.child('value')?.text ?? '');
    const sliceOf = new Map<string, PyNode>();
    for (const assignment of findAll(fn.body, 'assignment')) {
      const left = assignment.child('left');
      const right = assignment.child('right');
      const sliced = right ? [right, ...findAll(right, 'subscript')].find(isParamSlice) : undefined;
      if (left?.type === 'identifier' && sliced) sliceOf.set(left.text, sliced);
    }
    for (const call of findSelfCalls(fn)) {
      for (const arg of call.child('arguments')?.namedChildren ?? []) {
        const slice = isParamSlice(arg) ? arg : arg.type === 'identifier' ? sliceOf.get(arg.text) : undefined;
        if (slice) {
          found.push({ slice, call, fn: fn.name });
          break;
        }
      }
    }
  }
  return found.filter((f, i) => found.findIndex((g) => g.slice === f.slice) === i);
}

/**
 * A call of one of the file's own functions inside a loop with arguments the loop never changes
 * (`frequencies(nums)[value]` for each value): the same work, with the same answer, every pass.
 * Only functions whose own cost grows with the input, and not memoized ones.
 */
/**
 * `candidate = prefix + ch` (and `prefix = candidate`) in a loop, with `w.startswith(candidate)`
 * in the same loop: a string extended by a piece on every pass and compared in full each time.
 * The comparison runs in C, so measured line counts never show its cost.
 */
function growingStringChecks(ctx: DetectorContext): Array<{ call: PyNode; loop: PyNode; name: string }> {
  const found: Array<{ call: PyNode; loop: PyNode; name: string }> = [];
  for (const scope of [ctx.root, ...ctx.functions.all.map((f) => f.body)]) {
    for (const loop of findAll(scope, 'for_statement|while_statement')) {
      const body = loop.child('body');
      if (!body) continue;
      const assignments = findAll(body, 'assignment');
      const copies = new Map(
        assignments.flatMap((a) => (a.child('right')?.type === 'identifier' ? [[a.child('right')!.text, a.child('left')?.text ?? '']] : [])),
      );
      // `s = s + ch`, or `candidate = prefix + ch` with `prefix = candidate` in the same loop.
      const growing = new Set(
        assignments.flatMap((a) => {
          const name = a.child('left');
          const right = a.child('right');
          const base = right?.type === 'binary_operator' && right.child('operator')?.type === '+' ? right.child('left') : null;
          if (name?.type !== 'identifier' || base?.type !== 'identifier') return [];
          return base.text === name.text || copies.get(name.text) === base.text ? [name.text] : [];
        }),
      );
      for (const call of findAll(body, 'call')) {
        const callee = call.child('function');
        const method = callee?.type === 'attribute' ? callee.child('attribute')?.text : undefined;
        const argument = callArgs(call)[0];
        if ((method === 'startswith' || method === 'endswith') && argument?.type === 'identifier' && growing.has(argument.text)) {
          found.push({ call, loop, name: argument.text });
        }
      }
    }
  }
  return found;
}

function sameCallsInLoops(ctx: DetectorContext): Array<{ call: PyNode; loop: PyNode }> {
  const found: Array<{ call: PyNode; loop: PyNode }> = [];
  const byName = new Map(ctx.functions.all.map((f) => [f.name, f]));
  // findAll stops at function boundaries: each function's body is searched on its own.
  const calls = new Set([ctx.root, ...ctx.functions.all.map((f) => f.body)].flatMap((scope) => findAll(scope, 'call')));
  for (const call of calls) {
    const callee = byName.get(call.child('function')?.text ?? '');
    const cost = callee ? ctx.estimate.functions.get(callee) : undefined;
    if (!callee || !cost || !hasSize(cost.total) || isMemoized(callee)) continue;
    const loop = loopsAround(call)[0];
    if (!loop) continue;
    const args = [...namesIn(call.child('arguments') ?? call)];
    const bound = new Set(findAll(loop, 'assignment|augmented_assignment|for_statement|for_in_clause').flatMap((a) => [...namesIn(a.child('left') ?? a)]));
    if (loop.type === 'for_statement') for (const n of namesIn(loop.child('left') ?? loop)) bound.add(n);
    if (args.length > 0 && args.every((a) => !bound.has(a))) found.push({ call, loop });
  }
  return found;
}

function feedsLookup(slice: PyNode, ctx: import('./detector.js').DetectorContext): boolean {
  const isLookup = (node: PyNode): boolean => {
    const parent = node.parent;
    if (!parent) return false;
    if (parent.type === 'parenthesized_expression') return isLookup(parent);
    if (parent.type === 'comparison_operator' && parent.namedChildren[0] === node && comparisonOperators(parent).some((op) => op === 'in' || op === 'not in')) {
      const container = parent.namedChildren[parent.namedChildren.length - 1];
      const kind = ctx.estimate.sites.find((s) => s.node === parent)?.subjectKind;
      return kind === undefined && container !== undefined && container !== node;
    }
    if (parent.type === 'subscript' && parent.field !== 'left' && parent.child('subscript') === node) return true;
    if (parent.type === 'argument_list') {
      const call = parent.parent;
      const callee = call?.child('function');
      const name = callee?.type === 'attribute' ? callee.child('attribute')?.text : callee?.text;
      return ctx.functions.all.some((f) => f.name === name && (isMemoized(f) || findSelfCalls(f).length > 0));
    }
    return false;
  };
  if (isLookup(slice)) return true;
  const assignment = slice.parent?.type === 'assignment' && slice.field === 'right' ? slice.parent : null;
  const name = assignment?.child('left');
  if (!assignment || name?.type !== 'identifier') return false;
  const scope = assignment.parent?.parent ?? assignment;
  const uses = findAll(scope, 'identifier').filter((n) => n.text === name.text && n !== name && n.start > assignment.end);
  return uses.length > 0 && uses.every(isLookup);
}

interface Rescan {
  outer: PyNode;
  inner: PyNode;
  accumulator: string;
  sequence: string;
}

/**
 * for i ...: total = 0; for j in range(len(xs)): if j != i: total += xs[j]; use(total):
 * every pass of the outer loop adds up the whole input again, where a running (prefix and
 * suffix) total would do. Only the plain shape counts: an inner condition that compares the
 * two elements (LIS-style DP) cannot be replaced by a running value.
 */
function recomputedTotals(ctx: import('./detector.js').DetectorContext): Rescan[] {
  const found: Rescan[] = [];
  for (const fn of ctx.functions.all) {
    for (const outer of findAll(fn.body, 'for_statement')) {
      const outerIndex = outer.child('left')?.text ?? '';
      const statements = outer.child('body')?.namedChildren ?? [];
      statements.forEach((inner, k) => {
        if (inner.type !== 'for_statement' || k === 0) return;
        const reset = statements[k - 1];
        const accumulator = reset.type === 'expression_statement' ? reset.namedChildren[0]?.child('left')?.text : undefined;
        if (!accumulator || reset.namedChildren[0]?.type !== 'assignment' || !isStartValue(reset.namedChildren[0]?.child('right'))) return;
        const target = inner.child('left');
        const iter = inner.child('right');
        if (!target || !iter) return;
        const innerNames = namesIn(target);
        // for j in range(len(xs)) reads xs[j]; for x in xs / for j, x in enumerate(xs) reads x.
        const iterated =
          iter.type === 'call' && iter.child('function')?.text === 'enumerate'
            ? iter.child('arguments')?.namedChildren[0]?.text
            : iter.type === 'identifier'
              ? iter.text
              : undefined;
        const element = target.type === 'identifier' ? target.text : target.namedChildren[target.namedChildren.length - 1]?.text;
        let body = inner.child('body')?.namedChildren ?? [];
        if (body.length === 1 && body[0].type === 'if_statement' && !body[0].childrenOf('alternative').length) {
          const condition = body[0].child('condition');
          const names = condition ? [...namesIn(condition)] : [];
          const onlySkipsSelf =
            condition?.type === 'comparison_operator' && names.length === 2 && names.includes(outerIndex) && names.some((n) => innerNames.has(n));
          if (!onlySkipsSelf) return;
          body = body[0].child('consequence')?.namedChildren ?? [];
        }
        const update = body.length === 1 && body[0].type === 'expression_statement' ? body[0].namedChildren[0] : null;
        if (!update || update.type !== 'augmented_assignment' || update.child('left')?.text !== accumulator) return;
        const read = update.child('right');
        const sequence =
          read?.type === 'subscript' && innerNames.has(read.child('subscript')?.text ?? '')
            ? read.child('value')?.text
            : read?.type === 'identifier' && read.text === element && iterated
              ? iterated
              : undefined;
        if (!sequence) return;
        const usedLater = statements.slice(k + 1).some((s) => namesIn(s).has(accumulator));
        if (usedLater) found.push({ outer, inner, accumulator, sequence });
      });
    }
  }
  return found;
}

const WHOLE_WALKS: ReadonlySet<string> = new Set(['sum', 'prod', 'max', 'min', 'sorted', 'any', 'all', 'len', 'set', 'Counter', 'reduce']);

/** The call that walks the whole slice (`sum(xs[:i])`, `math.prod(xs[i:])`), else null. */
function consumingCall(slice: PyNode): PyNode | null {
  const call = slice.parent?.type === 'argument_list' ? slice.parent.parent : null;
  const name = call?.child('function')?.text.split('.').pop() ?? '';
  return call && WHOLE_WALKS.has(name) ? call : null;
}

/** `0`, `-1`, `float('inf')`: the value an accumulator is reset to before each inner loop. */
function isStartValue(value: PyNode | null | undefined): boolean {
  if (!value) return false;
  if (value.type === 'integer') return true;
  if (value.type === 'unary_operator') return value.child('argument')?.type === 'integer';
  return value.type === 'call' && value.child('function')?.text === 'float';
}

/** `prod(nums[:i]) * prod(nums[i + 1:])`: the same call over a suffix, the other operand of the product or sum. */
function suffixBeside(consumer: PyNode): PyNode | null {
  const pair = consumer.parent;
  if (pair?.type !== 'binary_operator') return null;
  const other = pair.child('left') === consumer ? pair.child('right') : pair.child('left');
  if (other?.type !== 'call' || other.child('function')?.text !== consumer.child('function')?.text) return null;
  const slice = other.child('arguments')?.namedChildren[0]?.child('subscript');
  if (slice?.type !== 'slice') return null;
  const parts = sliceParts(slice);
  return parts.start !== null && parts.stop === null ? other : null;
}
