import { describe, expect, it } from 'vitest';
import { BKT_PARAMETERS, hintEvidenceWeight, MASTERY_CEILING, MASTERY_FLOOR, masteryLevel, updateMastery } from '../../api/src/modules/profile/mastery.js';

describe('Bayesian Knowledge Tracing of a pattern', () => {
  it('computes the textbook update for a right and a wrong observation', () => {
    const { pInit: p, pSlip: s, pGuess: g, pTransit: t } = BKT_PARAMETERS;
    const right = (p * (1 - s)) / (p * (1 - s) + (1 - p) * g);
    const wrong = (p * s) / (p * s + (1 - p) * (1 - g));
    expect(updateMastery(p, { correct: true })).toBeCloseTo(right + (1 - right) * t, 12);
    expect(updateMastery(p, { correct: false })).toBeCloseTo(wrong + (1 - wrong) * t, 12);
  });

  it('rises with right observations and falls with wrong ones, never stuck at a certainty', () => {
    let mastery = BKT_PARAMETERS.pInit;
    for (let i = 0; i < 4; i++) {
      const next = updateMastery(mastery, { correct: true });
      expect(next).toBeGreaterThan(mastery);
      mastery = next;
    }
    for (let i = 0; i < 100; i++) mastery = updateMastery(mastery, { correct: true });
    expect(mastery).toBe(MASTERY_CEILING);
    for (let i = 0; i < 3; i++) {
      const next = updateMastery(mastery, { correct: false });
      expect(next).toBeLessThan(mastery);
      mastery = next;
    }
    for (let i = 0; i < 30; i++) mastery = updateMastery(mastery, { correct: false });
    expect(mastery).toBeLessThan(0.2);
    expect(mastery).toBeGreaterThanOrEqual(MASTERY_FLOOR);
  });

  it('counts a solve after deeper hints as weaker evidence, blended toward the prior', () => {
    const prior = 0.4;
    const full = updateMastery(prior, { correct: true });
    const gains = [null, 1, 2, 3, 5].map((level) => updateMastery(prior, { correct: true, weight: hintEvidenceWeight(level) }) - prior);
    expect(gains[0]).toBeCloseTo(full - prior, 12);
    for (let i = 1; i < gains.length - 1; i++) expect(gains[i]).toBeLessThan(gains[i - 1]);
    expect(gains[3]).toBeGreaterThan(0);
    expect(gains[4]).toBe(gains[3]);
    expect(updateMastery(prior, { correct: true, weight: 0 })).toBe(prior);
  });

  it('treats nonsense input as bounded', () => {
    expect(updateMastery(Number.NaN, { correct: true })).toBeGreaterThanOrEqual(0);
    expect(updateMastery(7, { correct: false })).toBeLessThanOrEqual(1);
  });

  it.each([
    [0, 'critical'],
    [0.399, 'critical'],
    [0.4, 'improving'],
    [0.799, 'improving'],
    [0.8, 'mastered'],
    [1, 'mastered'],
  ])('puts mastery %f in the %s band', (mastery, level) => {
    expect(masteryLevel(mastery)).toBe(level);
  });
});
