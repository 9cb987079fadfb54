// Rule-based feedback: the rendered messages are kept as file snapshots (wording changes show in
// review), and the behaviour behind them is asserted directly.
import { describe, expect, it } from 'vitest';
import { PATTERN_IDS, patternDocs } from '../../analyzer/src/index.js';
import type { FeedbackInput } from '../../api/src/modules/feedback/feedback-types.js';
import { EXPLANATION_DEPTHS } from '../../api/src/modules/feedback/feedback-types.js';
import { LOSSY_CONTAINER_PROSE, PATTERN_PROSE } from '../../api/src/modules/feedback/pattern-prose.js';
import { rulesFeedback } from '../../api/src/modules/feedback/rules-feedback.js';
import { finding, offByOneInput, quadraticInput, report, test, TWO_SUM } from './fixtures.js';

const SCENARIOS: Record<string, FeedbackInput> = {
  'wrong-answer-off-by-one-hint': offByOneInput(1),
  'wrong-answer-off-by-one-explanation': offByOneInput(2),
  'wrong-answer-off-by-one-walkthrough': offByOneInput(3),
  'time-limit-quadratic-growth': quadraticInput(),
  'runtime-error-index-error-edge-case': {
    report: report('runtime_error', [
      test('t1', 'passed'),
      test('t4', 'error', { input: [[], 0], expected: [], tags: ['edge:empty'], error: { type: 'IndexError', message: 'list index out of range', line: 2 } }),
    ]),
    findings: [
      finding('missing-edge-case', 2, {
        severity: 'critical',
        message: 'Line 2: `nums[0]` is read before checking that `nums` has any element.',
        evidence: ['static', 'test:t4'],
      }),
    ],
    problem: TWO_SUM,
  },
  'runtime-error-unfamiliar-exception': {
    report: report('runtime_error', [test('t3', 'error', { error: { type: 'OverflowError', message: 'int too large to convert to float', line: 5 } })]),
    findings: [],
    problem: TWO_SUM,
  },
  'entry-point-not-found': {
    report: report('runtime_error', [
      test('t1', 'error', {
        error: { type: 'EntryPointNotFound', message: 'define a function two_sum(...) or a class Solution with a method two_sum or twoSum', line: null },
      }),
    ]),
    findings: [],
    problem: TWO_SUM,
  },
  'syntax-error': {
    report: report('syntax_error', [], { syntaxError: { line: 2, column: 30, message: "expected ':'" }, executor: 'none' }),
    findings: [],
    problem: TWO_SUM,
  },
  rejected: {
    report: report('rejected', [], { rejection: { line: 1, rule: 'import', message: 'importing `os` is not allowed' }, executor: 'none' }),
    findings: [],
    problem: TWO_SUM,
  },
  'accepted-optimal': {
    report: report('accepted', [test('t1', 'passed'), test('t2', 'passed')]),
    findings: [],
    complexity: { time: 'O(n)', source: 'both', acceptable: 'O(n)', optimal: 'O(n)' },
    problem: TWO_SUM,
  },
  'accepted-with-a-finding': {
    report: report('accepted', [test('t1', 'passed')]),
    findings: [
      finding('inefficient-loop', 4, {
        severity: 'info',
        message: 'Line 4: `sum(window)` adds up the whole window again on every pass of the loop over `nums`.',
      }),
    ],
    complexity: { time: 'O(n log n)', source: 'growth', acceptable: 'O(n log n)', optimal: 'O(n)' },
    problem: TWO_SUM,
  },
  'wrong-answer-hidden-test-only': {
    report: report('wrong_answer', [
      test('t1', 'passed'),
      test('t7', 'failed', { hidden: true, tags: ['edge:negative'], input: [[-3, 4, 3, 90], 0], expected: [0, 2], actual: [1, 2] }),
      test('t8', 'failed', { hidden: true, tags: ['edge:zero'], input: [[0, 4, 3, 0], 0], expected: [0, 3], actual: [0, 0] }),
    ]),
    findings: [],
    problem: TWO_SUM,
  },
  'several-findings-most-severe-first': {
    report: report('time_limit_exceeded', [test('t9', 'timeout', { tags: ['large'] })]),
    findings: [
      finding('inefficient-loop', 6, { severity: 'info', message: 'Line 6: `nums[:i]` copies the start of the list on every pass.' }),
      finding('wrong-data-structure', 5, {
        severity: 'warning',
        confidence: 0.92,
        message:
          'Line 5: `target - x in seen` searches the list `seen` from the start every time it runs (inside the loop over `nums`), so this line costs O(n^2) in total. A set (or a dict) answers `in` in O(1).',
        evidence: ['static', 'growth'],
      }),
      finding('suboptimal-complexity', 3, {
        severity: 'critical',
        message: 'The solution is O(n^2); this problem accepts O(n).',
        evidence: ['growth', 'test:t9'],
      }),
    ],
    complexity: { time: 'O(n^2)', source: 'growth', acceptable: 'O(n)', optimal: 'O(n)' },
    problem: TWO_SUM,
  },
  'memory-limit': {
    report: report('memory_limit_exceeded', [test('t9', 'error', { tags: ['large'], error: { type: 'MemoryError', message: '', line: 3 } })]),
    findings: [],
    problem: TWO_SUM,
  },
};

describe('rule-based feedback', () => {
  it.each(Object.keys(SCENARIOS))('renders %s as in its snapshot', async (name) => {
    const feedback = rulesFeedback(SCENARIOS[name]);
    expect(feedback).toMatchObject({ source: 'rules', model: null });
    await expect(feedback.text).toMatchFileSnapshot(`./__snapshots__/rules/${name}.md`);
  });

  it('quotes the failing input, the expected and the actual answer of a finding', () => {
    const text = rulesFeedback(offByOneInput()).text;
    expect(text).toContain('nums = [3, 2, 4], target = 6');
    expect(text).toContain('expected answer is [1, 2], but the code returned [0, 0]');
    expect(text).toContain('### Line 3: A boundary off by one (must fix)');
  });

  it('adds only the expected and actual answers when the analyzer already names the test', () => {
    const input = offByOneInput();
    input.findings = [{ ...input.findings[0], message: 'On test t2 (nums = [3, 2, 4], target = 6) the result is wrong.' }];
    const text = rulesFeedback(input).text;
    expect(text).toContain('On test t2 the expected answer is [1, 2], but the code returned [0, 0].');
    expect(text.match(/nums = \[3, 2, 4\]/g)).toHaveLength(1);
  });

  it('states the measured growth against what the problem needs', () => {
    expect(rulesFeedback(quadraticInput()).text).toContain('the work grows like O(n^2), while this problem needs O(n)');
  });

  it('puts what makes tests fail first, on one severity scale, and states the growth once', () => {
    const text = rulesFeedback(SCENARIOS['several-findings-most-severe-first']).text;
    expect(text).toMatch(/^\*\*Result:\*\* the code runs out of time: no test passes \(0 of 1\)\./);
    // The time limit is what fails: both cost findings explain it, so both are must-fix.
    expect(text).toContain('### Line 3: Slower than the problem needs (must fix)');
    expect(text).toContain('### Line 5: A container that does not fit its operations (must fix)');
    expect(text).toContain('Also worth a look at line 6');
    expect((text.match(/grows like/g) ?? []).length).toBeLessThanOrEqual(1);
    expect(text.match(/Why it matters/g)).toHaveLength(1);
  });

  it('gives comments stable ids with their parameters', () => {
    const ids = rulesFeedback(offByOneInput()).comments.map((comment) => comment.id);
    expect(ids).toEqual(['result', 'finding.off-by-one']);
  });

  it('never praises the complexity of code that fails', () => {
    const text = rulesFeedback(offByOneInput()).text;
    expect(text).not.toMatch(/accepts O\(|Time complexity/);
  });

  it('contrasts a failure no pattern explains with the passing tests, and asks about the difference', () => {
    const input = {
      report: report('wrong_answer', [
        test('t1', 'passed', { input: [[1, 2, 3, 4], 5] }),
        test('t2', 'passed', { input: [[-1, 0, 3], 3] }),
        test('t3', 'failed', { input: [[4, 1, 3, 2], 5], expected: [1, 2], actual: [] }),
      ]),
      findings: [],
      problem: TWO_SUM,
    };
    const text = rulesFeedback(input).text;
    expect(text).toContain('unlike the tests that pass, `nums` is not sorted');
    expect(text).toContain('Does any line of your code rely on `nums` being in order?');
  });

  it('asks about runs of spaces when only the failing input has them', () => {
    const reverseWords = { slug: 'reverse-words', entryPoint: 'reverse_words', params: ['s'], acceptable: 'O(n)' as const, optimal: 'O(n)' as const };
    const input = {
      report: report('wrong_answer', [
        test('t1', 'passed', { input: ['the sky is blue'] }),
        test('t2', 'failed', { input: ['  keep   it simple '], expected: 'simple it keep', actual: 'simple it   keep' }),
      ]),
      findings: [],
      problem: reverseWords,
    };
    const text = rulesFeedback(input).text;
    expect(text).toContain('`s` has several spaces in a row between two words');
    expect(text).not.toContain('Nothing obvious sets this input apart');
  });

  it('asks which end a merge keeps when only the failing input nests an interval that ends earlier', () => {
    const mergeIntervals = {
      slug: 'merge-intervals',
      entryPoint: 'merge_intervals',
      params: ['intervals'],
      acceptable: 'O(n log n)' as const,
      optimal: 'O(n log n)' as const,
    };
    const input = {
      report: report('wrong_answer', [
        test('t1', 'passed', {
          input: [
            [
              [1, 4],
              [0, 4],
            ],
          ],
        }),
        test('t2', 'passed', {
          input: [
            [
              [1, 3],
              [3, 7],
            ],
          ],
        }),
        test('t5', 'failed', {
          input: [
            [
              [1, 10],
              [2, 3],
              [4, 5],
            ],
          ],
          expected: [[1, 10]],
          actual: [
            [1, 3],
            [4, 5],
          ],
        }),
      ]),
      findings: [],
      problem: mergeIntervals,
    };
    const text = rulesFeedback(input).text;
    expect(text).toContain('one interval of `intervals` lies inside another and ends before it');
    expect(text).toContain('which end should the merged interval keep');
  });

  it('asks whether a value pairs with itself when only the failing input holds half the target once', () => {
    const input = {
      report: report('wrong_answer', [
        test('t1', 'passed', { input: [[5, 1, 8, 3], 9] }),
        test('t2', 'passed', { input: [[6, 1, 6], 12] }),
        test('t4', 'failed', { input: [[4, 3, 5], 8], expected: [1, 2], actual: [0, 0] }),
      ]),
      findings: [],
      problem: TWO_SUM,
    };
    const text = rulesFeedback(input).text;
    expect(text).toContain('the list holds exactly half of `target`, once');
    expect(text).not.toContain('Nothing obvious sets this input apart');
  });

  it('words every part differently at each depth, with the same facts', () => {
    for (const name of ['wrong-answer-off-by-one-hint', 'runtime-error-index-error-edge-case', 'accepted-optimal', 'time-limit-quadratic-growth']) {
      const texts = EXPLANATION_DEPTHS.map((depth) => rulesFeedback({ ...SCENARIOS[name], depth }).text);
      expect(new Set(texts).size, name).toBe(3);
      const first = texts.map((t) => t.split('\n')[0]);
      expect(first[1].replace(/, the examples.*? among them/, '')).toBe(first[2].replace(/, the examples.*? among them/, ''));
    }
    expect(rulesFeedback({ ...offByOneInput(), depth: 'eli5' }).depth).toBe('eli5');
  });

  it('never quotes a hidden test other than the first failing one', () => {
    const text = rulesFeedback(SCENARIOS['wrong-answer-hidden-test-only']).text;
    expect(text).toContain('nums = [-3, 4, 3, 90]');
    expect(text).not.toContain('[0, 4, 3, 0]');
  });

  it('says something positive, with the complexity, for a clean accepted solution', () => {
    const text = rulesFeedback(SCENARIOS['accepted-optimal']).text;
    expect(text).toMatch(/all 2 tests pass\.\n\nThe code is correct\. It runs in O\(n\), which is optimal/);
    expect(text).toContain('Well done');
  });

  it('names the function to define when nothing could be called, not what an exception usually means', () => {
    const text = rulesFeedback(SCENARIOS['entry-point-not-found']).text;
    expect(text).toContain('Define a function two_sum(...) or a class Solution with a method two_sum or twoSum');
    expect(text).not.toContain('usually means');
  });

  it('says which parameters to define when the function takes other ones, and claims no pattern', () => {
    const mismatch = { type: 'TypeError', message: 'two_sum() takes 1 positional argument but 2 were given', line: null };
    const input: FeedbackInput = {
      report: report('runtime_error', [test('t1', 'error', { error: mismatch }), test('t2', 'error', { error: mismatch })]),
      findings: [],
      problem: TWO_SUM,
    };
    const text = rulesFeedback(input).text;
    expect(text).toContain('Define `two_sum(nums, target)` with exactly these parameters');
    expect(text).not.toContain('usually means');
    // A TypeError inside the code names its line: that one is the code's own failure.
    const inside = { ...input, report: report('runtime_error', [test('t1', 'error', { error: { ...mismatch, line: 4 } })]) };
    expect(rulesFeedback(inside).text).toContain('usually means');
  });

  it("gives the problem's own hint at the faster idea when the algorithm is too slow, and its plan one rung deeper", () => {
    const hints = ['A nudge.', "Remember each value's position in a dict as you pass it.", 'Walk once; look up target - value; store the value.'];
    const withHints = { ...quadraticInput(), problem: { ...TWO_SUM, hints } };
    expect(rulesFeedback(withHints).text).toContain(`**Hint:** ${hints[1]}`);
    expect(rulesFeedback({ ...withHints, level: 2 }).text).toContain(hints[2]);
    // Without a ladder the pattern's own hint stands.
    expect(rulesFeedback(quadraticInput()).text).not.toContain(hints[1]);
  });

  it("keeps a second finding's own advice when it differs from the explained one's, and only names it when it would repeat it", () => {
    const loopFinding = (line: number, message: string) => finding('inefficient-loop', line, { severity: 'warning', message, evidence: ['static'] });
    const prefix =
      'Line 4: `max(heights[:i])` goes over everything before the current position again on every pass. Keep a running maximum updated as the loop moves instead.';
    const suffix =
      'Line 5: `max(heights[i + 1:])` goes over the rest of `heights` again on every pass. Fill a list with the maximum of every suffix in one backward pass before the loop.';
    const base = { report: report('time_limit_exceeded', [test('t1', 'passed'), test('t9', 'timeout', { tags: ['large'] })]), problem: TWO_SUM };
    const different = rulesFeedback({ ...base, findings: [loopFinding(4, prefix), loopFinding(5, suffix)] }).text;
    expect(different).toContain('Also at line 5 (must fix): `max(heights[i + 1:])` goes over the rest');
    expect(different).toContain('backward pass');
    const sameAdvice = suffix.replace(/Fill a list.*$/, 'Keep a running maximum updated as the loop moves instead.');
    const same = rulesFeedback({ ...base, findings: [loopFinding(4, prefix), loopFinding(5, sameAdvice)] }).text;
    expect(same).toContain('Also worth a look at line 5: a loop that repeats work it could keep (must fix).');
    expect(same).not.toContain('goes over the rest');
  });

  it("asks about the edge the failing test's tag names, not about edges in general", () => {
    const input = offByOneInput();
    input.findings = [
      finding('missing-edge-case', 3, {
        severity: 'critical',
        message: 'On test t2 (nums = [3, 2, 4], target = 6), repeated values, the result is [0, 0] instead of [1, 2].',
        evidence: ['test:t2'],
      }),
    ];
    for (const depth of EXPLANATION_DEPTHS) {
      const hint = rulesFeedback({ ...input, depth })
        .text.split('\n')
        .find((line) => line.startsWith('**Hint:**'));
      expect(hint, depth).toContain('repeated values');
      expect(hint, depth).not.toMatch(/empty|smallest|negative/);
    }
  });

  it('keeps the general edge hint when the tag only says "boundary"', () => {
    const input = offByOneInput();
    input.report.tests[1].tags = ['edge:boundary'];
    input.findings = [
      finding('missing-edge-case', 3, {
        severity: 'critical',
        message: 'On test t2 (nums = [3, 2, 4], target = 6) the result is wrong.',
        evidence: ['test:t2'],
      }),
    ];
    const hint = rulesFeedback(input)
      .text.split('\n')
      .find((line) => line.startsWith('**Hint:**'));
    expect(hint).not.toContain('boundary');
  });

  it('explains a container that loses what the answer needs by what it forgets, not by the cost of its operations', () => {
    const input = offByOneInput();
    input.findings = [
      finding('wrong-data-structure', 3, {
        severity: 'critical',
        message: 'Line 3: `open_count` counts how many brackets of each kind are open, but not in which order they were opened.',
        evidence: ['static', 'test:t2'],
      }),
    ];
    for (const depth of EXPLANATION_DEPTHS) {
      const text = rulesFeedback({ ...input, depth }).text;
      expect(text).toContain(LOSSY_CONTAINER_PROSE[depth].why);
      expect(text).not.toContain(patternDocs('wrong-data-structure').docs.why);
      expect(text).not.toContain(PATTERN_PROSE['wrong-data-structure'][depth].hints[1]({ line: 3 }));
    }
  });

  it('explains syntax errors and rejections from the verdict alone', () => {
    expect(rulesFeedback(SCENARIOS['syntax-error']).text).toContain("expected ':' (line 2, column 30)");
    expect(rulesFeedback(SCENARIOS.rejected).text).toContain('importing `os` is not allowed (line 1)');
  });

  it("has its detector's title and reason and three rungs of hints for every pattern, none with code", () => {
    for (const id of PATTERN_IDS) {
      expect(patternDocs(id).title && patternDocs(id).docs.why).toBeTruthy();
      for (const depth of EXPLANATION_DEPTHS) {
        const prose = PATTERN_PROSE[id][depth];
        for (const level of [1, 2, 3] as const) {
          const hint = prose.hints[level]({ line: 7, measured: 'O(n^2)', acceptable: 'O(n)' });
          expect(hint.length).toBeGreaterThan(40);
          expect(hint).not.toMatch(/\bdef |return \[|```/);
          expect(prose.hints[level]({ line: null })).not.toMatch(/\bline\b|undefined|null/);
        }
      }
    }
  });
});
