// Checks the help a learner reads: hints that climb (distinct, prose rather than code) and an
// explanation of the reference solution whose closing line states the problem's own classes, so
// the solution panel never disagrees with the front matter.
import type { Problem } from '../../api/src/modules/problems/problem-schema.js';
import { outcomeOf, type CheckOutcome } from './validation-result.js';

const EXPLANATION_WORDS = { min: 90, max: 180 } as const;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function checkHelpTexts(problem: Problem): CheckOutcome {
  const problems: string[] = [];
  if (new Set(problem.hints).size !== problem.hints.length) problems.push('two hints are the same');
  problem.hints.forEach((hint, i) => {
    if (hint.includes('```') || /\bdef \w+\(/.test(hint)) problems.push(`hint ${i + 1} is code: a hint describes, it does not solve`);
  });
  const lines = problem.explanation.trim().split('\n');
  const classes = `**Time:** ${problem.optimal} · **Space:** ${problem.optimalSpace}`;
  if (lines.at(-1)?.trim() !== classes) problems.push(`explanation.md must end with the line "${classes}"`);
  const words = wordCount(lines.slice(0, -1).join(' '));
  if (words < EXPLANATION_WORDS.min || words > EXPLANATION_WORDS.max) {
    problems.push(`explanation.md has ${words} words before the classes line; write ${EXPLANATION_WORDS.min}-${EXPLANATION_WORDS.max}`);
  }
  return outcomeOf(problems);
}
