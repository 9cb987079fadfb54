// Which model explains a submission: the small one by default, the large one for hard cases, and
// never more than LARGE_SHARE of the model requests in any window of WINDOW consecutive ones, so a
// burst of hard cases cannot turn the 90/10 split upside down; and only what the budget affords.
import type { Finding } from '../../../../analyzer/src/index.js';
import type { Verdict } from '../judge/index.js';
import type { HintLevel } from './feedback-types.js';

export const WINDOW = 100;
export const LARGE_SHARE = 0.1;

export type HardCaseReason = 'several-critical' | 'unexplained-runtime-error' | 'repeated-failure' | 'deeper-explanation';

export interface CaseFacts {
  verdict: Verdict;
  findings: readonly Finding[];
  /** Failed submissions of this learner on this problem, this one included. */
  failedAttempts: number;
  level: HintLevel;
  /** True when the rule-based feedback knows the runtime error's cause. */
  errorExplained: boolean;
}

/** Why a case deserves the large model, or null when the small one will do. */
export function hardCaseReason(facts: CaseFacts): HardCaseReason | null {
  if (facts.level > 1) return 'deeper-explanation';
  if (facts.findings.filter((finding) => finding.severity === 'critical').length >= 2) return 'several-critical';
  if (facts.verdict === 'runtime_error' && !facts.errorExplained) return 'unexplained-runtime-error';
  if (facts.verdict !== 'accepted' && facts.failedAttempts >= 3) return 'repeated-failure';
  return null;
}

export type ModelSize = 'small' | 'large';

export interface ModelRouter {
  /**
   * Picks the model size for a case and counts it in the window: the large one when the case is
   * hard, the window has room and the budget affords it; otherwise the small one if affordable;
   * null when not even that fits the budget (rule-based feedback then). Synchronous, so two
   * concurrent requests cannot both take the window's last large slot.
   */
  route(hard: boolean, affordable: (size: ModelSize) => boolean): ModelSize | null;
}

export function createModelRouter(window = WINDOW, share = LARGE_SHARE): ModelRouter {
  const maxLarge = Math.floor(window * share);
  // The last `window - 1` decisions: with the next one they form a full window.
  const recent: ModelSize[] = [];
  let largeInRecent = 0;

  const record = (size: ModelSize) => {
    recent.push(size);
    if (size === 'large') largeInRecent++;
    if (recent.length > window - 1 && recent.shift() === 'large') largeInRecent--;
  };

  return {
    route(hard, affordable) {
      const wantsLarge = hard && largeInRecent < maxLarge;
      const size: ModelSize | null = wantsLarge && affordable('large') ? 'large' : affordable('small') ? 'small' : null;
      if (size) record(size);
      return size;
    },
  };
}
