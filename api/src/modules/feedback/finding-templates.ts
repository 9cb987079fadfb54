// The prose of rule-based feedback for each pattern id: a title, why it matters in an interview,
// and a hint ladder (hint, then the better technique, then the approach step by step). Hints
// point toward the better approach; none of them writes the solution.
import type { PatternId, TimeClass } from '../../../../analyzer/src/types.js';
import type { HintLevel } from './feedback-types.js';

export interface HintParams {
  line: number;
  /** The measured (or estimated) time class, when known. */
  measured?: TimeClass;
  /** The class the problem accepts, when known. */
  acceptable?: TimeClass;
}

type Hint = (p: HintParams) => string;

export interface PatternProse {
  title: string;
  why: string;
  hints: Record<HintLevel, Hint>;
}

const cost = (p: HintParams) => p.measured ?? 'the current cost';
const target = (p: HintParams) => p.acceptable ?? 'a lower class';

export const PATTERN_PROSE: Record<PatternId, PatternProse> = {
  'missing-edge-case': {
    title: 'an edge case is not handled',
    why: 'Interviewers probe the extremes first (an empty list, one element, all duplicates). A wrong answer or a crash there reads as "did not think about the inputs", and naming the edge cases before coding is one of the cheapest ways to score.',
    hints: {
      1: (p) => `Ask yourself what the smallest or most extreme input the statement allows is, and what line ${p.line} does with it.`,
      2: () =>
        'Decide what the answer must be for the extreme input (often an empty result, 0, or the single element) and return it before the general logic runs, or seed your running value so it is already right for that input.',
      3: (p) =>
        `Step by step: (1) list the extremes the statement allows: empty, one element, all equal, duplicates, negatives, zero; (2) write down the expected answer for each; (3) trace your code on each and note where the trace breaks; (4) add a guard or change the initial value there, before the first index access (line ${p.line}); (5) keep those inputs as your own tests.`,
    },
  },
  'suboptimal-complexity': {
    title: 'the algorithm is slower than the problem allows',
    why: 'In an interview the brute force is a starting point, not the answer: the follow-up is always "can you do better?", and the large tests are sized so that only the acceptable class finishes in time.',
    hints: {
      1: (p) => `Count how many times line ${p.line} runs for an input of size n, and what each run costs. Which of that work does the answer really need?`,
      2: (p) =>
        `The usual way from ${cost(p)} down to ${target(p)} is to trade memory for time: keep what you have already seen in a dict or set, or sort once and sweep with two pointers, so each element is handled a constant number of times.`,
      3: (p) =>
        `Step by step: (1) state the brute force and its cost (${cost(p)}); (2) name the question the inner work answers ("have I seen the complement?", "what is the best so far?"); (3) keep the answer to that question in something that responds in O(1) or O(log n): a dict, a set, a running value, or a sorted order with two pointers; (4) make one pass that reads and updates it; (5) check that the new cost is ${target(p)} and re-run the edge cases.`,
    },
  },
  'wrong-data-structure': {
    title: 'the container does not fit its operations',
    why: 'Choosing the container is part of what is assessed: interviewers expect you to know what each operation costs on each container (a search, or a removal or insertion that is not at the end, is O(n) on a list; a set, a dict or a deque does it in O(1)) and to say so out loud.',
    hints: {
      1: (p) => `On line ${p.line}, which operation do you perform on the container again and again, and how long does that operation take on a list?`,
      2: () =>
        'Choose the container by its most frequent operation: membership or lookup means a set or dict; taking from the front means collections.deque; always needing the smallest means heapq. Keep the list only where you need order and indexing.',
      3: (p) =>
        `Step by step: (1) name the operation repeated in the loop (line ${p.line}); (2) pick the container that does it in O(1) or O(log n); (3) build it before the loop, or update it as you go; (4) replace the slow call with that container's operation; (5) check that order and duplicates do not change the result.`,
    },
  },
  'off-by-one': {
    title: 'a boundary is off by one',
    why: 'Boundary slips are the most common bug in interview code and the easiest to catch by tracing: interviewers notice whether you check the first and the last iteration before saying "done".',
    hints: {
      1: (p) => `Trace line ${p.line} for the first and the last iteration: which index or value does it touch, and is that the one you meant?`,
      2: () =>
        'Decide for each bound whether it is inclusive or exclusive and write it down: range(a, b) stops before b, the last valid index is len(x) - 1, and a binary search with lo <= hi pairs with hi = mid - 1. Make the loop bound and the indexing inside it agree.',
      3: () =>
        'Step by step: (1) write the loop invariant (what is true of the indices at the start of each pass); (2) check it holds before the first pass; (3) check each update keeps it; (4) check the loop stops exactly when every element has been covered; (5) test with inputs of size 1 and 2, where boundary mistakes show first.',
    },
  },
  'missing-validation': {
    title: 'the code assumes more than the statement promises',
    why: 'Interviewers want to hear the assumptions you make about the input and to see you either check them or ask about them; silently assuming sorted input or lowercase letters is a red flag.',
    hints: {
      1: (p) => `Line ${p.line} relies on something about the input. What does the statement actually promise, and what happens when that is not true?`,
      2: () =>
        'Make the assumption explicit: either handle the general case (a dict instead of a 26-slot table, a bounds check before using k, a membership test before .index()), or guard it at the top of the function and return what the statement asks for.',
      3: () =>
        'Step by step: (1) list what the code assumes about each argument (sorted? non-empty? k within range? only a to z?); (2) compare each assumption with the statement; (3) for each one the statement does not guarantee, pick a structure or a check that works without it; (4) add an input that breaks the old assumption to your own tests.',
    },
  },
  'inefficient-loop': {
    title: 'the loop repeats work it could keep',
    why: 'Recomputing inside a loop is an easy way to lose a complexity class without noticing; interviewers look for running values because they show you know what each line costs.',
    hints: {
      1: (p) => `What does line ${p.line} compute on every pass, and how much does its answer change from one pass to the next?`,
      2: () =>
        'Keep the result as a running value updated in O(1) per step (a running sum, maximum or count), use indices instead of slices, and collect string pieces in a list that you join once at the end.',
      3: (p) =>
        `Step by step: (1) find the expression on line ${p.line} that walks over data on every pass; (2) describe how its value changes when the loop advances by one; (3) create a variable before the loop that holds that value; (4) update it with only the change on each pass; (5) use it where the expensive call was.`,
    },
  },
};
