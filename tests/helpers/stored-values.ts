// Values for the jsonb columns of rows a test writes straight to the database: each passes the
// check made when a row is read back (api/src/db/stored-values.ts), with the fields a test cares
// about given and the rest plausible.
import type { StoredFeedback, StoredProblemContent } from '../../api/src/db/schema.js';

export function storedProblemContent(fields: Partial<StoredProblemContent> = {}): StoredProblemContent {
  return {
    statement: 'A fixture problem.',
    starterCode: 'def solution(nums):\n    pass\n',
    entryPoint: 'solution',
    params: ['nums'],
    comparator: 'exact',
    floatTolerance: null,
    inPlace: false,
    timeLimitMs: 1000,
    optimal: 'O(n)',
    acceptable: 'O(n)',
    hints: ['Look at each number once.', 'Keep what you have seen.'],
    solutionCode: 'def solution(nums):\n    return nums\n',
    explanation: 'One pass.',
    optimalSpace: 'O(1)',
    tests: [],
    ...fields,
  };
}

export function storedFeedback(fields: Partial<StoredFeedback> = {}): StoredFeedback {
  return {
    source: 'rules',
    model: null,
    text: 'A fixture explanation.',
    tokensIn: 0,
    tokensOut: 0,
    level: 1,
    cached: false,
    createdAt: new Date(0).toISOString(),
    ...fields,
  };
}
