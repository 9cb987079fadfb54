// The prose of rule-based feedback for a verdict: what happened, read from the judge's report,
// and for runtime errors what each common exception usually means in interview code.
import type { TimeClass } from '../../../../analyzer/src/types.js';
import type { FailingTest } from './failing-tests.js';

/** What an exception type usually means in a solution, and how to avoid it. */
const ERROR_MEANINGS: Record<string, string> = {
  IndexError: 'an index past the end of a sequence, or any index into an empty one. Check the loop bounds and what happens when the input is empty or has one element.',
  KeyError: 'a dict lookup for a key that was never inserted. Check membership with `in` first, or use `.get(key, default)` or a collections.Counter.',
  ZeroDivisionError: 'a division by zero, often by len() of an empty input or by a count that can be 0. Handle that case before dividing.',
  TypeError: 'an operation on a value of the wrong type, often None returned by a path without `return`, or a list used where a number was meant. Check what each branch returns.',
  ValueError: 'a value a built-in refuses: max() or min() of an empty sequence, .index() of a value that is not there, int() of a non-number. Guard the case before the call.',
  RecursionError: 'recursion that goes too deep: a base case that is missing or never reached, or an input too large to recurse over. Check the base case, or turn the recursion into a loop.',
  AttributeError: 'a method called on a value that does not have it, often None or a value of another type than expected. Check what the variable holds on that line.',
  NameError: 'a name used before it is defined, often a typo or a variable set only inside one branch.',
  UnboundLocalError: 'a local variable read before any assignment on this path, often one set only inside an if or a loop that did not run.',
  AssertionError: 'an assert in your code that failed: the assumption it states does not hold for this input.',
  StopIteration: 'next() on an exhausted iterator. Give next() a default, or check before taking the next element.',
};

/** True when the rule-based feedback knows what this exception type usually means. */
export function explainsError(type: string): boolean {
  return Object.hasOwn(ERROR_MEANINGS, type);
}

export function errorMeaning(type: string): string {
  return ERROR_MEANINGS[type] ?? 'an exception the code does not handle. Read the message and the line it names, and trace the failing input by hand up to that line.';
}

/** "test t7 (nums = [3, 3], target = 6)", or "hidden test t7 [edge:duplicates]" when the input is secret. */
export function nameTest(test: FailingTest): string {
  if (test.input !== undefined) return `test ${test.id} (${test.input})`;
  const tags = test.tags.length > 0 ? ` [${test.tags.join(', ')}]` : '';
  return `hidden test ${test.id}${tags}`;
}

export const VERDICT_PROSE = {
  syntaxError: (p: { line: number | null; column: number | null; message: string }) =>
    `Python could not read the code: ${p.message}${p.line !== null ? ` (line ${p.line}${p.column !== null ? `, column ${p.column}` : ''})` : ''}. Nothing ran, so no test could pass. Look at that line and the one above it (Python often reports the line after the real slip): a missing colon after def, if or for, an unclosed bracket or quote, or inconsistent indentation.`,
  rejected: (p: { line: number | null; rule: string; message: string }) =>
    `The code was not run: ${p.message}${p.line !== null ? ` (line ${p.line})` : ''}. Solutions compute with plain Python and the standard library's data structures; files, the network, processes and introspection are off limits, and this problem does not need them. Remove that line and submit again.`,
  runtimeError: (p: { test: FailingTest | null; type: string; message: string; line: number | null; explainedBelow: boolean }) =>
    // Nothing ran: what to define, not what an exception usually means.
    p.type === 'EntryPointNotFound'
      ? `No test could run. ${capitalize((p.message || 'define the function the problem names').replace(/\.$/, ''))}, with the parameters the statement shows; the name must match exactly.`
      : p.test && p.explainedBelow
      ? // The finding below says why; a generic meaning here could contradict it.
        `The code raised ${p.type} on test ${p.test.id}; the finding below says why.`
      : `${p.test ? `On ${nameTest(p.test)}, the` : 'The'} code raised ${p.type}${p.message ? `: ${p.message}` : ''}${p.line !== null ? ` at line ${p.line}` : ''}. That usually means ${errorMeaning(p.type)}`,
  wrongAnswer: (p: { test: FailingTest | null; passed: number; total: number; explainedBelow: boolean }) => {
    const head = `${p.passed} of ${p.total} tests pass.`;
    if (p.test && p.explainedBelow) return `${head} The first failure, test ${p.test.id}, is explained below.`;
    if (!p.test) return `${head} Check the failing tests' tags for the kind of input that breaks the code.`;
    if (p.test.expected === undefined) return `${head} The first failure is ${nameTest(p.test)}; its tags say which kind of input it is.`;
    return `${head} The first failure is ${nameTest(p.test)}: expected ${p.test.expected}, got ${p.test.actual ?? 'nothing'}. Run that input through your code by hand and find the first line where a variable takes a value you did not expect.`;
  },
  timeLimit: (p: { test: FailingTest | null; large: boolean; explainedBelow: boolean }) =>
    p.large
      ? `${p.test ? (p.explainedBelow ? `Test ${p.test.id}` : capitalize(nameTest(p.test))) : 'A large test'} ran past the time limit: the code is correct on small inputs but too slow on large ones. Work out how many steps it takes for n elements.`
      : `${p.test ? capitalize(nameTest(p.test)) : 'A small test'} ran past the time limit although its input is small: a loop most likely never ends. Check that every loop moves toward its end on every pass (a pointer that stops moving, a while condition that stays true).`,
  memoryLimit: (p: { test: FailingTest | null }) =>
    `${p.test ? capitalize(nameTest(p.test)) : 'A test'} used more memory than allowed: the code builds something far bigger than the input (a list of all pairs, a large matrix, a string copied on every pass) or recurses too deep. Keep only what the next step needs.`,
  outputLimit: (p: { test: FailingTest | null }) =>
    `${p.test ? capitalize(nameTest(p.test)) : 'A test'} printed more output than allowed. Remove print() calls from loops: the judge reads what the function returns, not what it prints.`,
  accepted: (p: { passed: number; total: number; time?: TimeClass; optimal?: TimeClass; findings: number }) => {
    const head = p.total === 1 ? 'The test passes.' : `All ${p.total} tests pass.`;
    const complexity = !p.time
      ? ''
      : p.optimal && p.time === p.optimal
        ? ` It runs in ${p.time}, which is optimal for this problem.`
        : p.optimal
          ? ` It runs in ${p.time}; this is accepted, and ${p.optimal} is possible if you want a stretch.`
          : ` It runs in ${p.time}.`;
    if (p.findings > 0) {
      return `${head}${complexity} It is correct, but an interviewer would still ask about ${p.findings === 1 ? 'the point' : 'the points'} below.`;
    }
    return `${head}${complexity} Well done. In an interview, now state the time and space complexity and walk through one edge case out loud.`;
  },
  complexity: (p: { time: TimeClass; acceptable?: TimeClass; source: string }) =>
    `Time complexity: ${p.time} (${p.source === 'static' ? 'estimated from the code' : 'measured at growing input sizes'})${p.acceptable ? `; this problem accepts ${p.acceptable}` : ''}.`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
