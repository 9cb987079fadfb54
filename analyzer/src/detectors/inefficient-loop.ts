// inefficient-loop: a loop that repeats work which could be done once or kept as a running
// value: sum/max/min/sorted of the input, slices, whole-string methods or .count() inside a
// loop, strings or lists rebuilt by concatenation, and inner loops that recompute a total the
// outer loop could carry. Only reported when the repeated work is what makes the code slower.
import type { Site } from '../complexity.js';
import { classOf } from '../cost.js';
import { sliceParts } from '../syntax-queries.js';
import type { Finding } from '../types.js';
import { defineDetector, type Template } from './detector.js';
import { describeLoop, drivingLoop, isCostlyEnough, makeFinding, quote, repeatsLoopData, sitesAt } from './helpers.js';

interface Where {
  line: number;
  code: string;
  loop: string;
  cost: string;
}

const RUNNING: Record<string, string> = {
  sum: 'a running total',
  max: 'a running maximum',
  min: 'a running minimum',
  any: 'a flag or a set',
  all: 'a flag or a set',
};

const say = {
  aggregate: (p: Where & { keep: string }) =>
    `Line ${p.line}: \`${p.code}\` goes over the whole sequence again on every pass of ${p.loop} (${p.cost} in total). Keep ${p.keep} updated as the loop moves instead.`,
  sort: (p: Where) =>
    `Line ${p.line}: \`${p.code}\` sorts again on every pass of ${p.loop} (${p.cost} in total). Sort once before the loop, or keep the values in a heap.`,
  slice: (p: Where) =>
    `Line ${p.line}: the slice \`${p.code}\` copies part of the input on every pass of ${p.loop} (${p.cost} in total). Work with indices into the original instead of copying.`,
  copy: (p: Where) =>
    `Line ${p.line}: \`${p.code}\` builds a new copy on every pass of ${p.loop} (${p.cost} in total). Build it once before the loop, or update it as the loop goes.`,
  count: (p: Where & { subject: string }) =>
    `Line ${p.line}: \`${p.code}\` counts through all of \`${p.subject}\` on every pass of ${p.loop} (${p.cost} in total). Count everything once with collections.Counter before the loop.`,
  stringMethod: (p: Where & { subject: string }) =>
    `Line ${p.line}: \`${p.code}\` processes the whole string \`${p.subject}\` on every pass of ${p.loop} (${p.cost} in total). Do it once before the loop.`,
  prepend: (p: Where & { variable: string }) =>
    `Line ${p.line}: \`${p.code}\` copies everything already in \`${p.variable}\` to put one piece in front, on every pass of ${p.loop} (${p.cost} in total). Append the pieces to a list and reverse or join once at the end.`,
  concat: (p: Where & { variable: string }) =>
    `Line ${p.line}: \`${p.code}\` copies the whole list \`${p.variable}\` to add to it, on every pass of ${p.loop} (${p.cost} in total). Use \`${p.variable}.append(...)\` (or \`+=\`), which adds in place.`,
} satisfies Record<string, Template<never>>;

export const inefficientLoop = defineDetector({
  id: 'inefficient-loop',
  title: 'A loop that repeats work it could keep',
  docs: {
    what: 'Inside a loop, the code recomputes something over the whole input (a sum, a maximum, a sort, a slice, a count) or copies a growing string or list, although a running value or one computation before the loop would do.',
    why: 'Each repetition costs as much as one pass over the input, so the loop as a whole becomes one class slower than the same algorithm written with a running value: O(n^2) instead of O(n).',
    example: 'for i in range(len(nums)):\n    if sum(nums[:i]) == sum(nums[i + 1:]):\n        return i',
    better: 'total, left = sum(nums), 0\nfor i, x in enumerate(nums):\n    if left == total - left - x:\n        return i\n    left += x',
    knownMisses: 'Repeated work hidden inside helper functions of other modules, `+=` on strings (CPython usually makes it cheap), and inner loops that re-add a prefix written with explicit indices are not always recognised.',
  },
  queries: ['whole-sequence-scan', 'sort-call', 'slicing', 'prepend-concatenation'],
  detect(ctx) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    const report = (site: Site, message: string): void => {
      const key = `${site.line}:${site.kind}`;
      if (reported.has(key)) return;
      reported.add(key);
      const confidence = ctx.growth?.hotLine?.line === site.line ? 0.9 : ctx.problem ? 0.82 : 0.78;
      findings.push(makeFinding('inefficient-loop', 'warning', confidence, site.line, message, ['static', ...(ctx.growth && ctx.problem ? ['growth'] : [])]));
    };
    const where = (site: Site, code: string): Where | null => {
      const loop = drivingLoop(site);
      return loop ? { line: site.line, code: quote(code), loop: describeLoop(loop), cost: classOf(site.cost) } : null;
    };
    const candidates = (query: 'whole-sequence-scan' | 'sort-call' | 'slicing' | 'prepend-concatenation', kinds: Site['kind'][]) =>
      ctx.matches(query).flatMap((m) => sitesAt(ctx, m.captures.finding).filter((s) => kinds.includes(s.kind) && repeatsLoopData(s) && isCostlyEnough(ctx, s)).map((site) => ({ site, match: m })));

    for (const { site, match } of candidates('whole-sequence-scan', ['aggregate', 'copy', 'join', 'scan-method', 'string-method'])) {
      const w = where(site, match.captures.finding.text);
      if (!w) continue;
      const name = match.captures.function?.text ?? match.captures.method?.text ?? '';
      const subject = quote(match.captures.sequence?.text ?? site.subject ?? '', 30);
      if (site.kind === 'aggregate') report(site, say.aggregate({ ...w, keep: RUNNING[name] ?? 'a running value' }));
      else if (site.kind === 'scan-method' && name === 'count') report(site, say.count({ ...w, subject }));
      else if (site.kind === 'string-method') report(site, say.stringMethod({ ...w, subject }));
      else if (site.kind === 'copy' || site.kind === 'join') report(site, say.copy(w));
    }
    for (const { site, match } of candidates('sort-call', ['sort'])) {
      // Re-sorting a list that grows in the same loop is a heap's job: wrong-data-structure.
      if (site.subject && new RegExp(`\\b${escape(site.subject)}\\s*\\.\\s*(append|insert)\\(`).test(drivingLoop(site)?.node.text ?? '')) continue;
      const w = where(site, match.captures.finding.text);
      if (w) report(site, say.sort(w));
    }
    for (const { site, match } of candidates('slicing', ['slice'])) {
      // s[i:j] with both ends moving looks at a different window each time (often the point of
      // the algorithm); a prefix, suffix or full copy (xs[i:], xs[:j], xs[::-1]) repeats work.
      const parts = sliceParts(match.captures.finding.child('subscript') ?? match.captures.finding);
      if (parts.start && parts.stop) continue;
      // s[i:j][::-1]: the reversed copy of a window, part of looking at that window.
      if (match.captures.sequence.type === 'subscript') continue;
      const w = where(site, match.captures.finding.text);
      if (w) report(site, say.slice(w));
    }
    for (const { site, match } of candidates('prepend-concatenation', ['prepend', 'concat'])) {
      const w = where(site, match.captures.finding.text);
      if (!w) continue;
      const variable = match.captures.target.text;
      report(site, site.kind === 'prepend' ? say.prepend({ ...w, variable }) : say.concat({ ...w, variable }));
    }
    return findings;
  },
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
