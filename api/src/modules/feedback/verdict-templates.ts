// The prose of rule-based feedback for a verdict, at each explanation depth: what happened, read
// from the judge's report, and for runtime errors what the exception usually means in interview
// code. Facts (counts, tests, lines) are the same at every depth; only the explaining changes.
import type { TimeClass } from '../../../../analyzer/src/index.js';
import type { FailingTest } from './failing-tests.js';
import type { ExplanationDepth } from './feedback-types.js';
import type { InputContrast } from './input-contrast.js';

type ByDepth = Record<ExplanationDepth, string>;

/** What an exception type usually means in a solution, and how to avoid it, at each depth. */
const ERROR_MEANINGS: Record<string, ByDepth> = {
  IndexError: {
    eli5: 'the code asked for item number i of a list (or string) that has no item there, like asking for the 5th egg in a box of 4.',
    intermediate: 'an index past the end of a sequence, or any index into an empty one.',
    expert: 'an out-of-range subscript.',
  },
  KeyError: {
    eli5: 'the code looked up a key in a dictionary that was never put in, like looking up a word that is not in the dictionary.',
    intermediate: 'a dict lookup for a key that was never inserted; check membership with `in`, or use `.get(key, default)` or a Counter.',
    expert: 'a missing key; `.get`, `defaultdict` or a membership test.',
  },
  ZeroDivisionError: {
    eli5: 'the code divided by zero, which has no answer; often the zero is the length of an empty list or a count that stayed 0.',
    intermediate: 'a division by zero, often by len() of an empty input or by a count that can be 0.',
    expert: 'a zero divisor (an empty input or a zero count).',
  },
  TypeError: {
    eli5: 'the code did something with a value of the wrong kind, for example added a number to nothing (None), which often comes from a branch that forgot to `return`.',
    intermediate: 'an operation on a value of the wrong type, often None from a path without `return`, or a list used where a number was meant.',
    expert: 'a type mismatch, often an implicit None return.',
  },
  ValueError: {
    eli5: 'a built-in function refused the value it was given, like max() of an empty list (there is no biggest of nothing) or .index() of a value that is not there.',
    intermediate: 'a value a built-in refuses: max() or min() of an empty sequence, .index() of a missing value, int() of a non-number.',
    expert: 'a built-in rejecting its argument (empty max/min, missing .index).',
  },
  RecursionError: {
    eli5: 'the function kept calling itself without ever reaching a point where it stops, like two mirrors facing each other.',
    intermediate: 'recursion that goes too deep: a base case that is missing or never reached, or an input too large to recurse over.',
    expert: 'unbounded or too-deep recursion; check the base case or make it iterative.',
  },
  AttributeError: {
    eli5: 'the code asked a value for something it does not have, often because the value was None (nothing) instead of what you expected.',
    intermediate: 'a method called on a value that does not have it, often None or a value of another type than expected.',
    expert: 'an attribute lookup on the wrong type (often None).',
  },
  NameError: {
    eli5: 'the code used a name that Python has never seen, often a typo or a variable created only inside one branch.',
    intermediate: 'a name used before it is defined, often a typo or a variable set only inside one branch.',
    expert: 'an undefined name.',
  },
  UnboundLocalError: {
    eli5: 'a variable was read before anything was put in it on this path, often because it is only set inside an if or a loop that did not run.',
    intermediate: 'a local variable read before any assignment on this path, often one set only inside an if or a loop that did not run.',
    expert: 'a local read before assignment on this path.',
  },
  AssertionError: {
    eli5: 'an `assert` in your code failed: something you expected to always be true was not true for this input.',
    intermediate: 'an assert in your code failed: the assumption it states does not hold for this input.',
    expert: 'a failed assert: the stated invariant does not hold here.',
  },
  StopIteration: {
    eli5: 'next() was asked for one more item after the items ran out.',
    intermediate: 'next() on an exhausted iterator; give next() a default.',
    expert: 'next() on an exhausted iterator.',
  },
};

const UNKNOWN_ERROR: ByDepth = {
  eli5: 'the program hit a situation it could not handle. Read the message and look at that line with this input in mind.',
  intermediate: 'an exception the code does not handle. Read the message and the line it names, and trace the failing input up to that line.',
  expert: 'an unhandled exception; the message and line say where.',
};

/** True when the rule-based feedback knows what this exception type usually means. */
export function explainsError(type: string): boolean {
  return Object.hasOwn(ERROR_MEANINGS, type);
}

export function errorMeaning(type: string, depth: ExplanationDepth = 'intermediate'): string {
  return (ERROR_MEANINGS[type] ?? UNKNOWN_ERROR)[depth];
}

/** "test t7 (nums = [3, 3], target = 6)", or "hidden test t7 [edge:duplicates]" when the input is secret. */
export function nameTest(test: FailingTest): string {
  if (test.input !== undefined) return `test ${test.id} (${test.input})`;
  const tags = test.tags.length > 0 ? ` [${test.tags.join(', ')}]` : '';
  return `hidden test ${test.id}${tags}`;
}

export interface ResultParams {
  passed: number;
  total: number;
  /** The verdict's own words: "some answers are wrong". */
  verdict: string;
  /** True when every public example passes: the part that is right. */
  examplesPass: boolean;
}

/** The first line: the count, what is right, then the verdict. Said once. */
export function resultLine(p: ResultParams, depth: ExplanationDepth): string {
  if (p.passed === p.total) return `**Result:** accepted, ${p.total === 1 ? 'the test passes' : `all ${p.total} tests pass`}.`;
  if (p.passed === 0) return `**Result:** ${p.verdict}: no test passes (0 of ${p.total}).`;
  const right = p.examplesPass ? (depth === 'eli5' ? ', the examples from the statement among them' : ', the examples among them') : '';
  return `**Result:** ${p.passed} of ${p.total} tests pass${right}, but ${p.verdict}.`;
}

export const VERDICT_PROSE = {
  syntaxError: (p: { line: number | null; column: number | null; message: string }, depth: ExplanationDepth) => {
    const where = p.line !== null ? ` (line ${p.line}${p.column !== null ? `, column ${p.column}` : ''})` : '';
    const advice: ByDepth = {
      eli5: 'Python reads the whole file before running anything, so one typo stops everything. Look at that line and the one above it: a missing colon `:` after def, if or for, a bracket or quote that is opened but never closed, or lines that are not lined up.',
      intermediate:
        'Look at that line and the one above it (Python often reports the line after the real slip): a missing colon after def, if or for, an unclosed bracket or quote, or inconsistent indentation.',
      expert: 'Check that line and the one before it; the parser often reports one line late.',
    };
    return `Python could not read the code: ${p.message}${where}. Nothing ran. ${advice[depth]}`;
  },
  rejected: (p: { line: number | null; rule: string; message: string }, depth: ExplanationDepth) => {
    const advice: ByDepth = {
      eli5: 'Solutions here only compute with plain Python and its built-in data structures; reading files, the network or other programs is not allowed, and this problem does not need them.',
      intermediate:
        "Solutions compute with plain Python and the standard library's data structures; files, the network, processes and introspection are off limits, and this problem does not need them.",
      expert: 'Only pure computation is allowed; no I/O, processes or introspection.',
    };
    return `The code was not run: ${p.message}${p.line !== null ? ` (line ${p.line})` : ''}. ${advice[depth]} Remove ${p.line !== null ? `line ${p.line}` : 'it'} and submit again.`;
  },
  nothingToCall: (p: { message: string }, depth: ExplanationDepth) => {
    const define = capitalize((p.message || 'define the function the problem names').replace(/\.$/, ''));
    const why: ByDepth = {
      eli5: 'The judge calls your function by its name, like calling a friend by name across a room: if the name is spelled differently, nobody answers.',
      intermediate: 'The name must match exactly, with the parameters the statement shows.',
      expert: 'The name must match exactly.',
    };
    return `No test could run. ${define}. ${why[depth]}`;
  },
  runtimeError: (p: { test: FailingTest | null; type: string; message: string; line: number | null; explainedBelow: boolean }, depth: ExplanationDepth) => {
    // The finding below says why; a generic meaning here could contradict it.
    if (p.test && p.explainedBelow) return `On test ${p.test.id} the code raised ${p.type}; the finding below says why.`;
    const where = p.line !== null ? ` at line ${p.line}` : '';
    return `${p.test ? `On ${nameTest(p.test)}, the` : 'The'} code raised ${p.type}${p.message ? ` (${p.message})` : ''}${where}. That usually means ${errorMeaning(p.type, depth)}`;
  },
  wrongAnswer: (p: { test: FailingTest | null; explainedBelow: boolean }) => {
    if (!p.test) return 'The failing tests are hidden; their tags say which kind of input breaks the code.';
    if (p.explainedBelow) return `The first failure, test ${p.test.id}, is explained below.`;
    if (p.test.expected === undefined) return `The first failure is ${nameTest(p.test)}; its tags say which kind of input it is.`;
    return `The first failure is ${nameTest(p.test)}: expected ${p.test.expected}, got ${p.test.actual ?? 'nothing'}.`;
  },
  /** What sets the failing input apart, as a question that leads to the mistake. */
  contrast: (p: { contrast: InputContrast | null }, depth: ExplanationDepth) => {
    if (p.contrast) {
      const lead: ByDepth = {
        eli5: 'Look at what is special about this input:',
        intermediate: 'What is different about this input:',
        expert: 'Distinguishing trait:',
      };
      return `${lead[depth]} unlike the tests that pass, ${p.contrast.trait}. ${p.contrast.question}`;
    }
    const trace: ByDepth = {
      eli5: 'Nothing obvious sets this input apart from the ones that pass, so walk through it by hand: write down each variable after every line, and stop at the first value you did not expect.',
      intermediate:
        'Nothing obvious sets this input apart from the passing ones: trace it by hand and find the first line where a variable takes a value you did not expect.',
      expert: 'No trait separates it from the passing inputs; trace it and find where the invariant first breaks.',
    };
    return trace[depth];
  },
  timeLimit: (p: { test: FailingTest | null; large: boolean; explainedBelow: boolean }, depth: ExplanationDepth) => {
    const who = p.test ? (p.explainedBelow ? `Test ${p.test.id}` : capitalize(nameTest(p.test))) : p.large ? 'A large test' : 'A small test';
    if (!p.large) {
      const loop: ByDepth = {
        eli5: 'so the number of steps does not come from its length. Either a loop never ends (it must get closer to its end on every pass, like a counter that actually counts), or a loop counts through the numbers themselves, from the smallest to the largest, instead of through the items.',
        intermediate:
          'so the steps do not come from its length. Either a loop never ends (a pointer that stops moving, a while condition that stays true), or a loop runs once per value in a range of values (or per unit of a large number) rather than once per element.',
        expert: 'the step count is not a function of n: a non-terminating loop, or one bounded by the values (pseudo-polynomial) rather than by n.',
      };
      return `${who} ran past the time limit although its input is small, ${loop[depth]}`;
    }
    const slow: ByDepth = {
      eli5: 'the code gives right answers on small inputs but takes too many steps on big ones. Count how many steps it takes when the input has n items.',
      intermediate: 'the code is correct on small inputs but too slow on large ones. Work out how many steps it takes for n elements.',
      expert: 'correct on small inputs, asymptotically too slow.',
    };
    return `${who} ran past the time limit: ${slow[depth]}`;
  },
  memoryLimit: (p: { test: FailingTest | null }, depth: ExplanationDepth) => {
    const advice: ByDepth = {
      eli5: 'the code keeps far more than it needs, like copying the whole list again and again. Keep only what the next step needs.',
      intermediate:
        'the code builds something far bigger than the input (all pairs, a large matrix, a string copied on every pass) or recurses too deep. Keep only what the next step needs.',
      expert: 'super-linear space or deep recursion; keep only the state the next step needs.',
    };
    return `${p.test ? capitalize(nameTest(p.test)) : 'A test'} used more memory than allowed: ${advice[depth]}`;
  },
  outputLimit: (p: { test: FailingTest | null }) =>
    `${p.test ? capitalize(nameTest(p.test)) : 'A test'} printed more output than allowed. Remove print() calls from loops: the judge reads what the function returns, not what it prints.`,
  accepted: (p: { time?: TimeClass; optimal?: TimeClass; findings: number; complexityInFinding: boolean }, depth: ExplanationDepth) => {
    const complexity =
      !p.time || p.complexityInFinding
        ? ''
        : p.optimal && p.time === p.optimal
          ? ` It runs in ${p.time}, which is optimal for this problem.`
          : p.optimal
            ? ` It runs in ${p.time}, which is accepted; ${p.optimal} is possible if you want a stretch.`
            : ` It runs in ${p.time}.`;
    if (p.findings > 0) return `The code is correct.${complexity} An interviewer would still ask about ${p.findings === 1 ? 'the point' : 'the points'} below.`;
    const next: ByDepth = {
      eli5: 'Well done. In an interview, say out loud how the time grows as the input grows, and try one tricky input (like an empty list) by hand.',
      intermediate: 'Well done. In an interview, now state the time and space complexity and walk through one edge case out loud.',
      expert: 'Well done. State time and space bounds and the edge cases you covered.',
    };
    return `The code is correct.${complexity} ${next[depth]}`;
  },
  /** The one statement about complexity a failing reply may make: only when it is the cause. */
  tooSlow: (p: { time: TimeClass; acceptable: TimeClass; source: string }, depth: ExplanationDepth) => {
    const how = p.source === 'static' ? 'estimated from the code' : 'measured at growing input sizes';
    const gloss: ByDepth = {
      eli5: ` (${p.time} means the work grows like that as the input grows; ${p.acceptable} is the most this problem can afford)`,
      intermediate: '',
      expert: '',
    };
    return `Time complexity: ${p.time} (${how}), while this problem needs ${p.acceptable}${gloss[depth]}.`;
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
