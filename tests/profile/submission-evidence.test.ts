import { describe, expect, it } from 'vitest';
import { calledNothing, hintLevelOf, observePatterns, shownPatternIds } from '../../api/src/modules/profile/submission-evidence.js';
import { currentStreak, extendStreak } from '../../api/src/modules/profile/streak.js';

const finding = (id: string) => ({ id, severity: 'critical', confidence: 0.9, line: 3, message: '...', evidence: ['static'] });

describe('what a submission tells the profile', () => {
  it('reads each known pattern once from the stored findings and ignores junk', () => {
    expect(shownPatternIds([finding('off-by-one'), finding('off-by-one'), finding('inefficient-loop')])).toEqual(['off-by-one', 'inefficient-loop']);
    expect(shownPatternIds([finding('no-such-pattern'), null, 3, { id: 7 }])).toEqual([]);
    expect(shownPatternIds(null)).toEqual([]);
    expect(shownPatternIds({ id: 'off-by-one' })).toEqual([]);
  });

  it('reads the hint-ladder level defensively', () => {
    expect(hintLevelOf({ level: 2, text: '...' })).toBe(2);
    expect(hintLevelOf({ level: '2' })).toBeNull();
    expect(hintLevelOf({ level: 0 })).toBeNull();
    expect(hintLevelOf({ status: 'pending' })).toBeNull();
    expect(hintLevelOf(null)).toBeNull();
  });

  it('observes every target pattern: wrong when it showed, right when not, plus untargeted ones that showed', () => {
    const observations = observePatterns('wrong_answer', ['off-by-one', 'missing-edge-case'], ['off-by-one', 'inefficient-loop']);
    expect(observations).toEqual(
      expect.arrayContaining([
        { patternId: 'off-by-one', shown: true },
        { patternId: 'inefficient-loop', shown: true },
        { patternId: 'missing-edge-case', shown: false },
      ]),
    );
    expect(observations).toHaveLength(3);
  });

  it('takes no evidence of avoidance from code that never ran', () => {
    expect(observePatterns('syntax_error', ['off-by-one'], [])).toEqual([]);
    expect(observePatterns('rejected', ['off-by-one'], [])).toEqual([]);
  });

  it('tells code the judge could not call from code that ran and crashed', () => {
    const missing = { type: 'EntryPointNotFound', message: 'define a function two_sum(...)', line: null };
    expect(calledNothing({ tests: [{ error: missing }, { error: missing }] })).toBe(true);
    expect(calledNothing({ tests: [{ error: missing }, { status: 'passed' }] })).toBe(false);
    expect(calledNothing({ tests: [{ error: { type: 'IndexError' } }] })).toBe(false);
    // A function with other parameters than the judge passes: the call itself fails, naming no line.
    const mismatch = { type: 'TypeError', message: "Solution.twoSum() missing 1 required positional argument: 'target'", line: null };
    expect(calledNothing({ tests: [{ error: mismatch }, { error: mismatch }] })).toBe(true);
    expect(calledNothing({ tests: [{ error: { ...mismatch, line: 3 } }] })).toBe(false);
    expect(calledNothing({ tests: [] })).toBe(false);
    expect(calledNothing(null)).toBe(false);
  });
});

describe('the daily streak in UTC days', () => {
  it('starts at 1, extends on the next day, holds on the same day and restarts after a gap', () => {
    let state = extendStreak({ streakDays: 0, lastActiveDay: null }, '2025-03-01');
    expect(state).toEqual({ streakDays: 1, lastActiveDay: '2025-03-01' });
    state = extendStreak(state, '2025-03-01');
    expect(state.streakDays).toBe(1);
    state = extendStreak(state, '2025-03-02');
    state = extendStreak(state, '2025-03-03');
    expect(state).toEqual({ streakDays: 3, lastActiveDay: '2025-03-03' });
    expect(extendStreak(state, '2025-03-02')).toEqual(state);
    expect(extendStreak(state, '2025-03-05')).toEqual({ streakDays: 1, lastActiveDay: '2025-03-05' });
  });

  it('crosses month and year ends', () => {
    expect(extendStreak({ streakDays: 4, lastActiveDay: '2024-12-31' }, '2025-01-01').streakDays).toBe(5);
    expect(extendStreak({ streakDays: 4, lastActiveDay: '2024-02-28' }, '2024-02-29').streakDays).toBe(5);
  });

  it('shows a streak alive through yesterday and 0 once a day was missed', () => {
    const state = { streakDays: 6, lastActiveDay: '2025-03-10' };
    expect(currentStreak(state, '2025-03-10')).toBe(6);
    expect(currentStreak(state, '2025-03-11')).toBe(6);
    expect(currentStreak(state, '2025-03-12')).toBe(0);
    expect(currentStreak({ streakDays: 0, lastActiveDay: null }, '2025-03-12')).toBe(0);
  });
});
