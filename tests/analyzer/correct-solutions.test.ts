// The corpus of correct, idiomatic solutions (fixtures/correct): each states its problem and
// time class in its header. The analyzer must find no pattern in any of them, with or without
// the problem's classes, and must estimate the stated class.
import { describe, expect, it } from 'vitest';
import { analyze, type TimeClass } from '../../analyzer/src/index.js';
import { readCorrectCorpus } from './support/fixtures.js';

const corpus = readCorrectCorpus();

describe('correct solutions', () => {
  it('has a broad corpus', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
  });

  for (const solution of corpus) {
    it(`${solution.name}: ${solution.time}, no pattern`, () => {
      const alone = analyze({ code: solution.code });
      expect(alone.internalError).toBeUndefined();
      expect(alone.complexity.time).toBe(solution.time);
      expect(alone.patterns).toEqual([]);
      const time = solution.time as TimeClass;
      const withProblem = analyze({ code: solution.code, problem: { slug: solution.problem, acceptable: time, optimal: time, targetPatterns: [] } });
      expect(withProblem.patterns).toEqual([]);
    });
  }
});
