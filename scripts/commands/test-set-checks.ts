// The checks that read only a loaded problem's metadata and tests: how many tests, how many
// hidden, edge cases, generated large tests, target patterns, and the shape required-problems.ts fixes.
import type { Problem } from '../../api/src/modules/problems/problem-schema.js';
import { requiredProblem } from './required-problems.js';
import { outcomeOf, type CheckOutcome } from './validation-result.js';

export const MIN_TESTS = 10;
export const MIN_EDGE_TESTS = 3;
/** The edge tags of problems/README.md; the analyzer reads them, so a typo would hide a case. */
export const EDGE_TAGS = ['edge:empty', 'edge:single', 'edge:duplicates', 'edge:negative', 'edge:zero', 'edge:boundary', 'edge:unicode'];

export function checkTestCount(problem: Problem): CheckOutcome {
  const count = problem.tests.length;
  return outcomeOf(count < MIN_TESTS ? [`${count} tests, at least ${MIN_TESTS} required`] : []);
}

export function checkHiddenShare(problem: Problem): CheckOutcome {
  const hidden = problem.tests.filter((t) => t.hidden).length;
  const total = problem.tests.length;
  return outcomeOf(hidden * 2 < total ? [`${hidden} of ${total} tests hidden, at least half (${Math.ceil(total / 2)}) required`] : []);
}

export function checkEdgeCases(problem: Problem): CheckOutcome {
  const details: string[] = [];
  const edgeTests = problem.tests.filter((t) => t.tags.some((tag) => tag.startsWith('edge:')));
  if (edgeTests.length < MIN_EDGE_TESTS) details.push(`${edgeTests.length} tests tagged edge:*, at least ${MIN_EDGE_TESTS} required`);
  for (const test of edgeTests) {
    for (const tag of test.tags.filter((t) => t.startsWith('edge:') && !EDGE_TAGS.includes(t))) {
      details.push(`test ${test.id} has the unknown tag "${tag}" (known: ${EDGE_TAGS.join(', ')})`);
    }
  }
  return outcomeOf(details);
}

export function checkLargeTests(problem: Problem): CheckOutcome {
  const large = problem.tests.filter((t) => t.tags.includes('large'));
  if (large.length === 0) return outcomeOf(['no test is tagged large']);
  if (!large.some((t) => t.generate)) return outcomeOf([`no large test is made by generate (${large.map((t) => t.id).join(', ')} are literal)`]);
  return outcomeOf([]);
}

export function checkTargetPatterns(problem: Problem): CheckOutcome {
  return outcomeOf(problem.targetPatterns.length === 0 ? ['targetPatterns is empty'] : []);
}

/** Problems outside the required 30 pass: the set check reports them. */
export function checkRequiredShape(problem: Problem): CheckOutcome {
  const required = requiredProblem(problem.slug);
  if (!required) return outcomeOf([]);
  const details: string[] = [];
  for (const field of ['entryPoint', 'comparator', 'optimal', 'acceptable', 'category'] as const) {
    if (problem[field] !== required[field]) details.push(`${field} is "${problem[field]}", the required set has "${required[field]}"`);
  }
  return outcomeOf(details);
}
