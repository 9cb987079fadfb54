// Mastery of each error pattern by Bayesian Knowledge Tracing (Corbett & Anderson, 1995). The
// "skill" is avoiding the pattern; every submission to a problem that targets it is one
// observation: wrong when the pattern showed, right when it did not. Pure: no I/O, so the API
// and the recommendation simulator update mastery with the same code.

/** The four BKT parameters, as probabilities. */
export interface BktParameters {
  /** P(L0): the learner already avoids the pattern before any observation. */
  pInit: number;
  /** P(T): one more practice opportunity teaches the learner to avoid it. */
  pTransit: number;
  /** P(S): a learner who knows it still makes the mistake (a slip). */
  pSlip: number;
  /** P(G): a learner who does not know it still avoids it (the problem let them get away). */
  pGuess: number;
}

/**
 * Fitted by `npm run sim:recommend` (grid search, least log-loss of predicting each observation)
 * on simulated learners whose mistakes reach the profile only when the analyzer finds them, at
 * its held-out recall. Read as: almost no newcomer avoids a pattern for sure (pInit); about one
 * problem in eight teaches it (pTransit); a learner who has it down rarely slips (pSlip); and a
 * learner who has not mastered it still shows no sign of it on most problems that target it
 * (pGuess 0.7: the mistake was not made that time, or the analyzer did not see it). So one
 * clean submission is weak evidence, and one found mistake is strong.
 */
export const BKT_PARAMETERS: BktParameters = { pInit: 0.01, pTransit: 0.12, pSlip: 0.01, pGuess: 0.7 };

/**
 * How much a right observation counts, by the deepest rung of the hint ladder the learner saw on
 * that problem (feedback.level: 1 = first hint). A solve after deeper explanations shows less
 * mastery, so the update is blended toward the prior by this factor: 1 = full BKT update,
 * 0 = no change. Wrong observations always count fully.
 */
export const HINT_EVIDENCE_WEIGHTS = { none: 1, level1: 0.8, level2: 0.55, deeper: 0.3 } as const;

/**
 * A right observation after the learner asked to see the reference solution of that problem:
 * weaker than after the deepest hint, since the whole answer was in view.
 */
export const SOLUTION_SHOWN_WEIGHT = 0.15;

export function hintEvidenceWeight(hintLevel: number | null): number {
  if (hintLevel === null || hintLevel < 1) return HINT_EVIDENCE_WEIGHTS.none;
  if (hintLevel < 2) return HINT_EVIDENCE_WEIGHTS.level1;
  if (hintLevel < 3) return HINT_EVIDENCE_WEIGHTS.level2;
  return HINT_EVIDENCE_WEIGHTS.deeper;
}

export interface Observation {
  /** True when the pattern did not show on a problem that targets it. */
  correct: boolean;
  /** In [0, 1]: how much of the update to apply (see HINT_EVIDENCE_WEIGHTS); default 1. */
  weight?: number;
}

/** P(knows) after one observation: Bayes' rule on the evidence, then the chance of learning. */
export function updateMastery(prior: number, observation: Observation, params: BktParameters = BKT_PARAMETERS): number {
  const p = clamp01(prior);
  const { pSlip, pGuess, pTransit } = params;
  const posterior = observation.correct ? (p * (1 - pSlip)) / (p * (1 - pSlip) + (1 - p) * pGuess) : (p * pSlip) / (p * pSlip + (1 - p) * (1 - pGuess));
  const learned = posterior + (1 - posterior) * pTransit;
  const weight = clamp01(observation.weight ?? 1);
  return Math.min(MASTERY_CEILING, Math.max(MASTERY_FLOOR, p + weight * (learned - p)));
}

/**
 * Mastery never reaches exactly 0 or 1: at 1 a wrong observation would leave it at 1 forever
 * (Bayes' rule cannot move a certainty), so a learner could never fall back.
 */
export const MASTERY_FLOOR = 0.001;
export const MASTERY_CEILING = 0.999;

export type MasteryLevel = 'critical' | 'improving' | 'mastered';

/** The dashboard's three bands: below 0.4 critical, below 0.8 improving, else mastered. */
export function masteryLevel(mastery: number): MasteryLevel {
  if (mastery < 0.4) return 'critical';
  if (mastery < 0.8) return 'improving';
  return 'mastered';
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
