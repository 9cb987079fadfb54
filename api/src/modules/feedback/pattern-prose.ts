// Rule-based feedback prose per pattern id and explanation depth: the hint ladder (question, cause
// and technique, steps). A pattern's title and why it matters are its detector's (patternDocs).
// Each sentence must hold for any code, verdict and problem; the finding's own message carries
// the specifics. No solutions.
import type { PatternId, TimeClass } from '../../../../analyzer/src/index.js';
import type { ExplanationDepth, HintLevel } from './feedback-types.js';

export interface HintParams {
  /** The line of the mistake, or null when no single line is to blame (then name no line). */
  line: number | null;
  /** The measured (or estimated) time class, when known. */
  measured?: TimeClass;
  /** The class the problem accepts, when known. */
  acceptable?: TimeClass;
  /** What the failing input holds at an edge ("repeated values"), when its test's tags say. */
  edge?: string;
}
export type Hint = (p: HintParams) => string;
export interface PatternWording {
  hints: Record<HintLevel, Hint>;
}

/** `line 12`, or the given words when no single line is to blame. */
const nameLine = (p: HintParams, otherwise: string): string => (p.line !== null ? `line ${p.line}` : otherwise);
/** `at line 12`, or the given words (with their own preposition) when no single line is to blame. */
const locate = (p: HintParams, otherwise: string): string => (p.line !== null ? `at line ${p.line}` : otherwise);

/** The work a time class does when the input doubles, for readers who have not met big-O yet. */
const WHEN_DOUBLED: Record<TimeClass, string> = {
  'O(1)': 'the same work',
  'O(log n)': 'one extra step',
  'O(n)': 'twice the work',
  'O(n log n)': 'a little over twice the work',
  'O(n^2)': 'four times the work',
  'O(n^3)': 'eight times the work',
  'O(2^n)': 'vastly more work',
};

/** The eli5 cause for suboptimal-complexity: big-O introduced, then both classes in plain words. */
const describeGrowthPlainly = (p: HintParams): string => {
  const yours = p.measured ? `yours, ${p.measured}, does ${WHEN_DOUBLED[p.measured]}` : 'yours grows too fast';
  const wanted = p.acceptable ? `the problem's target, ${p.acceptable}, does ${WHEN_DOUBLED[p.acceptable]}` : 'the target grows more gently';
  if (!p.measured && !p.acceptable) return 'The work your method does grows faster than the problem needs as the input gets bigger.';
  return `Programmers write how work grows as O(...). When the input doubles, ${yours}; ${wanted}.`;
};

export const PATTERN_PROSE: Record<PatternId, Record<ExplanationDepth, PatternWording>> = {
  'missing-edge-case': {
    eli5: {
      hints: {
        1: (p) =>
          p.edge
            ? `Follow the failing input, with its ${p.edge}, through ${nameLine(p, 'your code')} step by step: where does it stop doing what you meant?`
            : `Which value can reach ${nameLine(p, 'your code')} that the code does not expect, such as nothing at all, or only one kind of value? Follow it there step by step.`,
        2: () =>
          'Like a lift only ever tried between the middle floors, the code follows one plan for every input, and at least one allowed input sits at an extreme where that plan does not fit. Work out its right answer by hand, then make the code give it.',
        3: () =>
          'Step by step: (1) write down the odd inputs the problem allows, such as nothing at all, a single item, everything equal, repeats, negative numbers or zero; (2) work out the right answer for each by hand; (3) follow your code with each one, a step at a time; (4) where it goes wrong, add a check at that very spot, or start your result from a value that is already right; (5) try those inputs again.',
      },
    },
    intermediate: {
      hints: {
        1: (p) =>
          p.edge
            ? `What does ${nameLine(p, 'this code')} do with ${p.edge}, as in the failing test, and what should it do?`
            : `Which input the statement allows does ${nameLine(p, 'this code')} not cover, and what should happen then?`,
        2: () =>
          'The general logic does not cover one extreme input. Define the expected output for it, then either add a guard where the logic first stops fitting, or choose an initial value (an identity such as 0, an empty result, infinity) that is already correct for it.',
        3: () =>
          'Step by step: (1) enumerate the boundary inputs the constraints allow, among empty, size 1, all equal, duplicates, negatives, zero and a target first or last; (2) write the expected output for each; (3) dry-run the code on each and note the first statement that misbehaves; (4) fix it there with a guard or a better initial value, whichever keeps the main logic uniform; (5) keep those inputs as your own test cases.',
      },
    },
    expert: {
      hints: {
        1: (p) =>
          p.edge
            ? `Which precondition of ${nameLine(p, 'this code')} does the failing input (${p.edge}) violate?`
            : `What precondition does ${nameLine(p, 'this code')} rely on, and which input admitted by the constraints violates it?`,
        2: () =>
          'An implicit precondition (non-empty, distinct, non-negative or similar) fails for an admissible input. Prefer an initial state from which the degenerate case falls out of the general logic (identity element, sentinel, empty accumulator); guard explicitly only where that is impossible.',
        3: () =>
          'Steps: (1) derive the degenerate inputs from the constraints, not from the examples; (2) state the invariant the code depends on and check that its initial state establishes it for each; (3) where it does not, change the initialization, or guard at the exact point the invariant would break; (4) verify the result when any loop runs zero or one times; (5) keep those inputs as regression tests.',
      },
    },
  },

  'suboptimal-complexity': {
    eli5: {
      hints: {
        1: (p) =>
          `Imagine the input ten times bigger. How many more times would ${nameLine(p, 'the busiest part of your code')} run, and which of those runs does the answer really need?`,
        2: (p) => `${describeGrowthPlainly(p)} Aim to handle each item a few times at most, say by sorting once or by noting what you have seen.`,
        3: (p) =>
          `Step by step: (1) run the slow method by hand on a small example and count the steps; (2) mark the steps that redo earlier work or cannot change the answer; (3) ask what you could note down or sort once so those steps disappear; (4) rewrite so each item is handled a few times at most; (5) count again on an example twice as big: ${p.acceptable ? `expect about ${WHEN_DOUBLED[p.acceptable]}` : 'the count should grow far more gently'}.`,
      },
    },
    intermediate: {
      hints: {
        1: (p) => `How many times does ${nameLine(p, 'the innermost work')} run for an input of size n, and which of those runs actually change the answer?`,
        2: (p) =>
          `${p.measured && p.acceptable ? `The approach is ${p.measured} where ${p.acceptable} is expected.` : 'The approach grows faster than the problem allows.'} Find the work the answer does not need and the standard technique that avoids it: sorting with two pointers or binary search, a hash map or set, a sliding window, prefix sums, or memoization.`,
        3: (p) =>
          `Step by step: (1) state the current algorithm and its cost${p.measured ? `, ${p.measured}` : ''}; (2) identify what the repeated inner work computes; (3) ask which property of the input (sorted order, a window that only moves forward, overlapping subproblems, a value you could look up) gives that without rescanning; (4) restructure into one or a few passes around it; (5) confirm the new cost is ${p.acceptable ?? 'within what the problem accepts'} and rerun your edge cases.`,
      },
    },
    expert: {
      hints: {
        1: (p) =>
          `Which work ${locate(p, 'on the hot path')} repeats earlier work or cannot affect the answer, and which structural property of the input would let you skip it?`,
        2: (p) =>
          `${p.measured ? p.measured : 'Current cost'} against ${p.acceptable ? `a target of ${p.acceptable}` : 'the accepted bound'}: the gap is work the answer does not need. Identify the exploitable structure (monotonicity, sortedness, overlapping subproblems, an invertible aggregate) and its technique (two pointers, binary search on the answer, memoized DP, prefix sums, hash indexing).`,
        3: (p) =>
          `Steps: (1) write the recurrence or the loop-nest cost and confirm ${p.measured ? `it is ${p.measured}` : 'it exceeds the bound'}; (2) separate the inner work that is redundant or provably irrelevant; (3) find an ordering or structure that maintains or prunes it incrementally, amortized O(1) or O(log n) per step, sorting or indexing up front if needed; (4) argue the new bound${p.acceptable ? ` is ${p.acceptable}` : ' meets the target'} and weigh its memory; (5) recheck degenerate inputs, as restructured loops move boundaries.`,
      },
    },
  },

  'wrong-data-structure': {
    eli5: {
      hints: {
        1: (p) =>
          `What does ${nameLine(p, 'your code')} ask of its collection of items again and again, and does that kind of collection have to touch every item to do it?`,
        2: () =>
          'Find the job your code repeats most, then pick a Python collection made for it: a set answers "is this here?" at once, a dict finds a value by its label at once, a deque adds or takes at either end at once, a heap always hands you the smallest.',
        3: (p) =>
          `Step by step: (1) find the step that works on the collection each time the loop (the part that repeats) goes round${p.line !== null ? `, at line ${p.line}` : ''}; (2) say in plain words what job it does; (3) choose the Python collection that does that job at once; (4) fill it before the loop starts, or as you go; (5) swap the slow step for the quick one, and check the answer stays the same, with repeated items too.`,
      },
    },
    intermediate: {
      hints: {
        1: (p) =>
          `What operation does ${nameLine(p, 'the loop')} perform on the container repeatedly, and what does that operation cost on this type of container?`,
        2: () =>
          'Choose the container by its most frequent operation: membership or lookup by key fits a set or dict (O(1) on average); removing from the front fits collections.deque; repeatedly taking the minimum or maximum fits heapq. Keep a list for indexed access and appends.',
        3: (p) =>
          `Step by step: (1) list the operations performed on the container${p.line !== null ? ` (see line ${p.line})` : ''} and how often each runs; (2) note each one's cost on the current type; (3) pick the type that makes the most frequent one O(1) or O(log n); (4) build it once before the loop or maintain it as you go; (5) check that order and duplicates still behave, since a set drops duplicates and keeps no order.`,
      },
    },
    expert: {
      hints: {
        1: (p) =>
          `What is the operation mix on the container ${locate(p, 'in the loop')}, and what does the dominant operation cost per call on the current type?`,
        2: () =>
          'Match the dominant operation: hashed membership or keyed lookup (set or dict, O(1) expected); FIFO or access at both ends (collections.deque, O(1) where a list shifts in O(n)); repeated extract-min among inserts (heapq, O(log n) each, not a re-sort). Weigh memory, hashability and lost ordering.',
        3: (p) =>
          `Steps: (1) enumerate the operations on the container${p.line !== null ? ` around line ${p.line}` : ''}: which, how often, on what keys; (2) pick the structure whose cost model makes the dominant one O(1) expected or amortized, or O(log n); (3) maintain it incrementally instead of rebuilding it per iteration; (4) check semantic differences: a set drops multiplicity, dict keys must be hashable, heapq is a min-heap without decrease-key; (5) re-derive the overall bound.`,
      },
    },
  },

  'off-by-one': {
    eli5: {
      hints: {
        1: (p) =>
          `Follow ${nameLine(p, 'the code')} by hand with the first item and with the last. Which item does it reach or compare there, and does it include the one at the very edge when it should?`,
        2: () =>
          'Like counting fence posts instead of the gaps between them, it is easy to be one off. In Python positions start at 0, so the last is the length minus 1, and range(a, b) stops just before b. Make the start and stop match the positions you use.',
        3: () =>
          'Step by step: (1) pick a tiny input, with just one or two items; (2) write down which positions the code uses at each step; (3) check that it begins at the first item it needs and ends at the last one; (4) check that no position goes past either end; (5) if something is off, fix the start, the stop or the comparison so they agree, then follow it again.',
      },
    },
    intermediate: {
      hints: {
        1: (p) =>
          `Dry-run ${nameLine(p, 'the boundary code')} on the first and the last pass: does its bound or comparison include the edge case it should (an equal value, the last index), and nothing past it?`,
        2: () =>
          'Mark each bound inclusive or exclusive: range(a, b) excludes b, the last valid index is len(x) - 1, a[i + 1] needs i < len(x) - 1. Binary search pairs lo <= hi with hi = mid - 1, and lo < hi with hi = mid.',
        3: () =>
          'Step by step: (1) state which indices are covered at the start of each pass; (2) check that this holds before the first pass; (3) check that each update preserves it; (4) check the loop stops exactly when every needed element is covered, and no later; (5) test the smallest sizes the constraints allow, where boundary mistakes surface first.',
      },
    },
    expert: {
      hints: {
        1: (p) =>
          `Which interval does ${nameLine(p, 'the code')} assume, closed [lo, hi] or half-open [lo, hi), and do its bound, comparison and update all agree on it?`,
        2: () =>
          'A bound does not match the interval the code must cover, or disagrees with how the body indexes into it. Fix one convention, half-open [lo, hi) as range and slices use, or closed [lo, hi], and derive every comparison and update from it rather than patching by one.',
        3: () =>
          'Steps: (1) write the invariant as an interval, for example "a[lo:hi] holds the remaining candidates" or "a[:i] is processed"; (2) check that initialization establishes it; (3) check each update preserves it and strictly shrinks what remains, which gives termination; (4) check that the exit condition with the invariant implies the postcondition, nothing left uncovered; (5) verify on the smallest inputs the constraints admit.',
      },
    },
  },

  'missing-validation': {
    eli5: {
      hints: {
        1: (p) =>
          `What does ${nameLine(p, 'your code')} quietly expect about the input, and does the problem really promise that? What happens when it is not true?`,
        2: () =>
          'The code counts on something the problem never promised, like a paper form with only ten boxes for a name. Either make the code work without that promise, or check for it before relying on it and do what the problem says when it does not hold.',
        3: () =>
          'Step by step: (1) for each input, write down what your code expects: in order? not empty? a count no bigger than the list? only the letters a to z?; (2) read the problem again and tick only what it promises; (3) for each unticked item, invent an input that breaks it and follow your code with it; (4) change the code so it copes with that input, or checks first; (5) keep that input for testing.',
      },
    },
    intermediate: {
      hints: {
        1: (p) => `Which property of the input does ${nameLine(p, 'the code')} rely on, and where in the problem statement is that property guaranteed?`,
        2: () =>
          'Either generalize so the assumption is not needed (for example a dict or Counter instead of a fixed-size table, a range check on a count argument, a membership test before .index()), or validate it before use and return what the statement specifies.',
        3: () =>
          'Step by step: (1) list each assumption per argument, such as sorted, non-empty, a count within range, a value present, a character set; (2) check each against the constraints; (3) for each one not guaranteed, build a counterexample and predict what the code does with it; (4) choose between generalizing the logic and an explicit check, preferring whichever keeps the main path simple; (5) add the counterexamples to your own tests.',
      },
    },
    expert: {
      hints: {
        1: (p) => `What precondition does ${nameLine(p, 'the code')} encode implicitly, and is it implied by the stated constraints or only by the examples?`,
        2: () =>
          'The code requires more than the contract guarantees. Prefer weakening the precondition so the algorithm is total over the stated domain (hash-keyed counts rather than an alphabet-sized array, normalized parameters, lookups that signal absence); if you enforce it instead, do so once at entry, with the specified result.',
        3: () =>
          "Steps: (1) write the weakest precondition the code actually needs; (2) diff it against the stated constraints; (3) construct a witness input for each gap; (4) either widen the algorithm's domain, noting the cost (hashing versus direct indexing, an extra normalizing pass), or enforce the precondition at the entry point; (5) keep the witnesses as regression tests.",
      },
    },
  },

  'inefficient-loop': {
    eli5: {
      hints: {
        1: (p) =>
          `On each round of the loop, what does ${nameLine(p, 'it')} work out from scratch, and how much of that answer changed since the round before?`,
        2: () =>
          'The loop starts over on something it could simply update, like recounting every coin in a jar whenever you drop one in. Keep the result in a variable and adjust it a little each round; for text, collect the pieces and join them once at the end.',
        3: (p) =>
          `Step by step: (1) find what ${nameLine(p, 'the loop')} works out again on every round; (2) write down how that result changes when the loop moves on by one; (3) make a variable before the loop that holds the result; (4) each round, change it by just that small difference; (5) use the variable where the slow step was, and check the answer on a small example.`,
      },
    },
    intermediate: {
      hints: {
        1: (p) => `What does ${nameLine(p, 'the loop body')} recompute on every iteration, and how does its value change from one iteration to the next?`,
        2: () =>
          'Replace the per-iteration recomputation with state updated in O(1) per step: a running sum, count, max or min; index bounds instead of slices; a list of string pieces joined once. If a sort or full scan repeats unchanged, do it once before the loop.',
        3: (p) =>
          `Step by step: (1) find the expression in ${nameLine(p, 'the loop')} whose cost grows with the input; (2) describe how its value changes when the loop advances by one; (3) initialize a variable before the loop that holds it; (4) update it with only that change per iteration; (5) use the variable in place of the expensive call and confirm the result on a small input.`,
      },
    },
    expert: {
      hints: {
        1: (p) => `Is the value computed ${locate(p, 'in the loop body')} loop-invariant, or does it change by an O(1) delta per iteration?`,
        2: () =>
          'Hoist loop-invariant work. Maintain incrementally changing aggregates as state: a running sum or extremum, a monotonic deque for window extrema, prefix sums for range queries. Replace slices with index bounds, and string += with a list and one join, avoiding quadratic copying.',
        3: (p) =>
          `Steps: (1) classify the repeated expression ${locate(p, 'in the loop')} as loop-invariant or derivable from the previous iteration's value; (2) hoist the first kind; (3) for the second, define the state and its update rule, checking the update is amortized O(1); (4) if elements also leave, as in a sliding window, pick a structure that supports removal, such as a monotonic deque or counts; (5) re-derive the bound against the original.`,
      },
    },
  },
};

/**
 * A container that loses what the answer needs (counters where the order of brackets matters, a
 * dict that keeps one value per key) makes answers wrong, not slow: its why and hints are about
 * what it forgets, where the wrong-data-structure wording is about the cost of operations.
 */
export const LOSSY_CONTAINER_PROSE: Record<ExplanationDepth, PatternWording & { why: string }> = {
  eli5: {
    why: 'A box that only counts things cannot tell you the order they came in, or which of them shared a label. Pick the box by what the answer has to remember.',
    hints: {
      1: (p) => `What does the answer need to remember that the collection made on ${nameLine(p, 'this line')} forgets?`,
      2: () =>
        'Write down what the answer has to remember about the items (the order they came in, how many of each, every value that shares a label), then pick a collection that keeps exactly that.',
      3: () =>
        'Step by step: (1) take the failing input and write down what the collection holds after each step; (2) find the step where two different inputs would leave it looking the same; (3) say what got lost there; (4) switch to a collection that keeps it; (5) try the failing input again, and the ones that passed.',
    },
  },
  intermediate: {
    why: 'This container makes the answer wrong, not slow: it keeps less than the question needs (the order items arrived in, how many of each, or every value that shares a key). A container is chosen by what the answer must be able to recall.',
    hints: {
      1: (p) => `What does the answer need to recall that the container made on ${nameLine(p, 'this line')} cannot tell it?`,
      2: () =>
        'Name the information the check needs: order (a stack or a queue), multiplicity (a Counter rather than a set), or several values per key (a dict of lists). Keep that container instead; the cost stays the same.',
      3: () =>
        'Step by step: (1) on the failing input, write what the container holds after each step; (2) find the step where two different histories leave it the same; (3) name what was lost there (order, counts, a second value); (4) switch to the container that keeps it; (5) rerun the failing test and the passing ones.',
    },
  },
  expert: {
    why: 'The container is a lossy abstraction of the state the algorithm needs: distinct histories map to the same contents, so no answer computed from it can tell them apart.',
    hints: {
      1: (p) => `Which two inputs leave the container made ${locate(p, 'here')} in the same state although their answers differ?`,
      2: () =>
        'Identify the information the check depends on (nesting order, multiplicity, a one-to-many mapping) and represent it directly: a stack, a Counter, a dict of lists. The asymptotic cost is unchanged.',
      3: () =>
        'Steps: (1) exhibit two histories that collide in the container; (2) name the distinguishing information; (3) pick the minimal structure that retains it; (4) check that both the update and the query preserve it; (5) rerun the failing cases.',
    },
  },
};
