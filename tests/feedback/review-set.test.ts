// The wording review set: flawed submissions written by someone who never read the feedback
// code (tests/feedback/review-set/*.json: the review half, and the grading halves once graded),
// each judged and analysed for real. Every reply,
// at every depth, keeps the mechanical rules: nothing of the grader's internals, no sentence said
// twice, one severity scale in order, no praise of complexity for failing code, a readable
// length, and no heading on a `def` line when the mistake is elsewhere.
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPLANATION_DEPTHS } from '../../api/src/modules/feedback/feedback-types.js';
import { replyProblems, wordCount } from '../../api/src/modules/feedback/reply-rules.js';
import { HALVES, judgeReviewSet, type JudgedItem, loadReviewSet, replyTo } from '../../scripts/review-feedback.js';

const items = HALVES.flatMap((half) => loadReviewSet(half));

/** Lines named by the reply's headings (`### Line 7: ...`). */
const headingLines = (text: string) => [...text.matchAll(/^### Line (\d+):/gm)].map((m) => Number(m[1]));

describe('the wording review set', () => {
  let judged: JudgedItem[] = [];
  beforeAll(async () => {
    judged = await judgeReviewSet(items);
  }, 480_000);

  it('holds flawed submissions to many problems, covering all six patterns', () => {
    expect(items.length).toBeGreaterThanOrEqual(80);
    expect(new Set(items.map((i) => i.problem)).size).toBe(30);
    expect(new Set(items.map((i) => i.pattern)).size).toBe(6);
  });

  it.each(EXPLANATION_DEPTHS)('keeps the mechanical rules in every reply at depth %s', (depth) => {
    const broken: string[] = [];
    for (const j of judged) {
      for (const level of [1, 2, 3] as const) {
        const text = replyTo(j, depth, level);
        const problems = replyProblems(text, { verdict: j.analysis.report.verdict, level });
        const defLines = j.code.split('\n').flatMap((line, i) => (/^\s*(def|class)\s/.test(line) ? [i + 1] : []));
        for (const line of headingLines(text)) {
          if (defLines.includes(line) && Math.abs(line - j.item.line) > 1) problems.push(`names the def line ${line} for a mistake on line ${j.item.line}`);
        }
        if (j.analysis.report.verdict !== 'accepted' && !/\*\*Result:\*\*/.test(text.split('\n')[0])) problems.push('does not open with the result');
        broken.push(...problems.map((p) => `${j.item.file} (${depth}, hint ${level}): ${p}`));
      }
    }
    expect(broken).toEqual([]);
  });

  it('keeps a typical reply near 150 words', () => {
    const words = judged.map((j) => wordCount(replyTo(j, 'intermediate', 1))).sort((a, b) => a - b);
    expect(words[Math.floor(words.length / 2)]).toBeLessThanOrEqual(170);
  });

  it('says something different at each depth', () => {
    for (const j of judged) expect(new Set(EXPLANATION_DEPTHS.map((d) => replyTo(j, d))).size, j.item.file).toBe(3);
  });
});
