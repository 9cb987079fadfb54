// Checks the worked examples of a statement against the tests: 2-3 `### Example N` blocks,
// each with `Input:` and `Output:` lines, each equal to a public test tagged `example` (the
// input exactly, the output under the problem's comparator), argument names as in `params`.
import { deepEqual, valuesMatch } from '../../api/src/modules/judge/comparators.js';
import type { Problem, ProblemTest } from '../../api/src/modules/problems/problem-schema.js';
import { evaluateExampleLiterals, type EvaluatedExample, type ExampleText } from './python-literals.js';
import { outcomeOf, type CheckOutcome } from './validation-result.js';

export const MIN_EXAMPLES = 2;
export const MAX_EXAMPLES = 3;

interface StatementExample extends ExampleText {
  number: number;
}

/** The example blocks in statement order, and what is wrong with their shape. */
export function extractExamples(statement: string): { examples: StatementExample[]; issues: string[] } {
  const issues: string[] = [];
  const lines = statement.split(/\r?\n/);
  const examples: StatementExample[] = [];
  lines.forEach((line, index) => {
    const heading = /^###\s+Example\s+(\d+)\s*$/.exec(line.trim());
    if (!heading) return;
    const number = Number(heading[1]);
    const end = lines.findIndex((l, i) => i > index && /^#{1,6}\s/.test(l));
    const block = lines.slice(index + 1, end < 0 ? undefined : end);
    const field = (name: string) => block.map((l) => new RegExp(`^${name}:\\s*(.*)$`).exec(l.trim())?.[1]).find((v) => v !== undefined);
    const input = field('Input');
    const output = field('Output');
    if (input === undefined || output === undefined) {
      issues.push(`Example ${number} has no ${input === undefined ? 'Input:' : 'Output:'} line`);
      return;
    }
    examples.push({ number, input, output });
  });
  const headings = lines.filter((l) => /^###\s+Example\b/.test(l.trim())).length;
  if (headings < MIN_EXAMPLES || headings > MAX_EXAMPLES) {
    issues.push(`the statement has ${headings} "### Example N" blocks, ${MIN_EXAMPLES}-${MAX_EXAMPLES} required`);
  }
  return { examples, issues };
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

export async function checkStatementExamples(problem: Problem, pythonBin: string): Promise<CheckOutcome> {
  const { examples, issues } = extractExamples(problem.statement);
  for (const test of problem.tests) {
    if (test.hidden && test.tags.includes('example')) issues.push(`test ${test.id} is tagged example but hidden`);
  }
  const publicExamples = problem.tests.filter((t) => !t.hidden && t.tags.includes('example'));
  const evaluated = await evaluateExampleLiterals(pythonBin, examples);
  for (const [i, example] of examples.entries()) {
    const mismatch = compareExample(problem, publicExamples, evaluated[i]);
    if (mismatch) issues.push(`Example ${example.number}: ${mismatch}`);
  }
  return outcomeOf(issues);
}

/** What is wrong with one evaluated example, or null when a public example test matches it. */
function compareExample(problem: Problem, publicExamples: ProblemTest[], result: EvaluatedExample): string | null {
  if (!result.ok) return result.error;
  if (result.names.join(',') !== problem.params.join(',')) {
    return `Input: names the arguments (${result.names.join(', ')}), params are (${problem.params.join(', ')})`;
  }
  const sameInput = publicExamples.filter((t) => deepEqual(t.input, result.args, null));
  if (sameInput.length === 0) return `no public test tagged example has the input ${show(result.args)}`;
  if (sameInput.some((t) => valuesMatch(result.output, t.expected, problem))) return null;
  return `Output: ${show(result.output)} but test ${sameInput[0].id} expects ${show(sameInput[0].expected)}`;
}
