// When no pattern explains a failing test, what sets its input apart from the inputs that pass:
// the tutor's "what is different about this one?". Each trait is a plain property of one
// argument (not sorted, a repeated value, a negative number, k past the length...); the first
// trait the failing input has and no passing input shares is the clue, turned into a question.
// Traits the test's own tags name (`edge:negative`) come first.
// Only the failing test's own input is ever quoted; passing hidden tests are summed up as "the
// tests that pass", never shown.
import type { JudgeReport } from '../judge/index.js';

export interface InputContrast {
  /** "`nums` is not sorted" */
  trait: string;
  /** "Does any line rely on `nums` being in order?" */
  question: string;
}

interface Trait {
  /** The test tag (`edge:negative`) that names this trait: a tagged test is read for it first. */
  tag?: string;
  /** True when the argument (with the whole input for context) shows the trait. */
  has: (value: unknown, input: unknown[]) => boolean;
  trait: (name: string) => string;
  question: (name: string) => string;
}

const isNumbers = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');
const isList = (v: unknown): v is unknown[] => Array.isArray(v);
const lengthOfFirstList = (input: unknown[]) => input.find(isList)?.length;
const isPair = (v: unknown): v is [number, number] => isNumbers(v) && v.length === 2;
/**
 * Some interval lies inside another and ends before it (`[2, 3]` inside `[1, 10]`): a merge that
 * takes the later end shrinks it. In order of start, an end below the largest end so far. Sorted,
 * not pairwise: the large tests hold a hundred thousand intervals.
 */
function nestsAnEarlierEnd(intervals: Array<[number, number]>): boolean {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let furthest = -Infinity;
  for (const [, end] of byStart) {
    if (end < furthest) return true;
    furthest = Math.max(furthest, end);
  }
  return false;
}

// Most telling first: a clue about order or range beats one about size.
const TRAITS: Trait[] = [
  {
    tag: 'edge:empty',
    has: (v) => isList(v) && v.length === 0,
    trait: (n) => `\`${n}\` is empty`,
    question: (n) => `What does your code return when \`${n}\` is empty, and which line reads an element before checking?`,
  },
  {
    tag: 'edge:empty',
    has: (v) => typeof v === 'string' && v.length === 0,
    trait: (n) => `\`${n}\` is the empty string`,
    question: (n) => `What does your code do when \`${n}\` is empty?`,
  },
  {
    has: (v) => isNumbers(v) && v.some((x, i) => i > 0 && x < v[i - 1]),
    trait: (n) => `\`${n}\` is not sorted`,
    question: (n) => `Does any line of your code rely on \`${n}\` being in order?`,
  },
  {
    has: (v) => isList(v) && v.length > 1 && v.every(isList) && v.some((x, i) => i > 0 && compareFirst(x, v[i - 1]) < 0),
    trait: (n) => `the items of \`${n}\` are not in order of their first value`,
    question: (n) => `Does your code assume \`${n}\` arrives ordered?`,
  },
  {
    has: (v) => isList(v) && v.every(isPair) && nestsAnEarlierEnd(v),
    trait: (n) => `one interval of \`${n}\` lies inside another and ends before it`,
    question: () => 'When an interval lies inside the one it merges with, which end should the merged interval keep, and which does your code keep?',
  },
  {
    has: (v, input) => typeof v === 'number' && Number.isInteger(v) && lengthOfFirstList(input) !== undefined && v > lengthOfFirstList(input)!,
    trait: (n) => `\`${n}\` is larger than the length of the list`,
    question: (n) => `What should happen when \`${n}\` is larger than the list, and what does your code do then?`,
  },
  {
    has: (v) => isNumbers(v) && v.length > 0 && Math.max(...v) - Math.min(...v) > 1_000_000,
    trait: (n) => `the values in \`${n}\` lie more than a million apart`,
    question: () => 'Does any loop step through the range of values, one number at a time, rather than through the elements?',
  },
  {
    // Two-sum's [4, 3, 5] with target 8: the one 4 must not pair with itself.
    has: (v, input) => typeof v === 'number' && input.some((arg) => isNumbers(arg) && arg.filter((x) => 2 * x === v).length === 1),
    trait: (n) => `the list holds exactly half of \`${n}\`, once`,
    question: () => 'Can your code pair that value with itself? Check that the two positions it returns differ.',
  },
  {
    has: (v) => typeof v === 'number' && Math.abs(v) > 1_000_000,
    trait: (n) => `\`${n}\` is a very large number`,
    question: (n) => `Does any loop run \`${n}\` times, where far fewer steps would give the same result?`,
  },
  {
    tag: 'edge:negative',
    has: (v) => isNumbers(v) && v.some((x) => x < 0),
    trait: (n) => `\`${n}\` holds negative numbers`,
    question: () => 'Which line of your code behaves differently when a number is negative?',
  },
  {
    tag: 'edge:negative',
    has: (v) => typeof v === 'number' && v < 0,
    trait: (n) => `\`${n}\` is negative`,
    question: (n) => `What does your code do with a negative \`${n}\`?`,
  },
  {
    tag: 'edge:duplicates',
    has: (v) => isList(v) && v.length > 1 && new Set(v.map((x) => JSON.stringify(x))).size < v.length,
    trait: (n) => `\`${n}\` holds a repeated value`,
    question: () => 'What does your code do when the same value appears twice?',
  },
  {
    tag: 'edge:unicode',
    has: (v) => typeof v === 'string' && /[^a-z]/.test(v) && /[a-z]/i.test(v),
    trait: (n) => `\`${n}\` holds characters other than lowercase letters`,
    question: () => 'Which line assumes every character is a lowercase letter from a to z?',
  },
  {
    tag: 'edge:boundary',
    has: (v) => typeof v === 'string' && /\s\s/.test(v.trim()),
    trait: (n) => `\`${n}\` has several spaces in a row between two words`,
    question: () => 'What does your code make of two spaces in a row: one gap, or an empty word between them?',
  },
  {
    tag: 'edge:duplicates',
    has: (v) => isList(v) && v.some((w) => typeof w === 'string' && new Set(w).size < w.length),
    trait: (n) => `a string in \`${n}\` repeats a letter`,
    question: () => 'Does your code keep how many times each letter occurs, or only which letters occur?',
  },
  {
    tag: 'edge:duplicates',
    has: (v) => typeof v === 'string' && v.length > 1 && new Set(v).size < v.length,
    trait: (n) => `\`${n}\` repeats a character`,
    question: () => 'What does your code do when a character it has already seen comes again?',
  },
  {
    tag: 'edge:zero',
    has: (v) => isNumbers(v) && v.includes(0),
    trait: (n) => `\`${n}\` holds a zero`,
    question: () => 'What does your code do with a zero?',
  },
  {
    tag: 'edge:zero',
    has: (v) => typeof v === 'number' && v === 0,
    trait: (n) => `\`${n}\` is 0`,
    question: (n) => `What should the answer be when \`${n}\` is 0?`,
  },
  {
    tag: 'edge:single',
    has: (v) => (isList(v) || typeof v === 'string') && (v as { length: number }).length === 1,
    trait: (n) => `\`${n}\` has a single element`,
    question: () => 'Trace your loops with one element: does any of them run zero times, or read past it?',
  },
];

/**
 * The trait of the first failing test's input that no passing test's input has, or null when
 * nothing sets it apart (or the inputs are not known).
 */
export function contrastWithPassing(report: JudgeReport, failingId: string, params: string[]): InputContrast | null {
  const failing = report.tests.find((t) => t.id === failingId);
  const passing = report.tests.filter((t) => t.status === 'passed' && Array.isArray(t.input));
  if (!failing || !Array.isArray(failing.input) || passing.length === 0) return null;
  const input = failing.input;
  // The problem's author tagged what is special about the test: those traits are tried first.
  const tagged = TRAITS.filter((t) => t.tag !== undefined && failing.tags.includes(t.tag));
  for (const trait of [...tagged, ...TRAITS]) {
    for (let i = 0; i < input.length; i++) {
      if (!trait.has(input[i], input)) continue;
      if (passing.some((t) => trait.has(t.input[i], t.input))) continue;
      const name = params[i] ?? `argument ${i + 1}`;
      return { trait: trait.trait(name), question: trait.question(name) };
    }
  }
  return null;
}

function compareFirst(a: unknown[], b: unknown[]): number {
  return typeof a[0] === 'number' && typeof b[0] === 'number' ? a[0] - b[0] : 0;
}
