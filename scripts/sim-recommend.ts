// `npm run sim:recommend`: does the recommended-problems queue teach faster than a random order?
// Simulated learners each have a hidden error rate per pattern that falls every time they
// practise a problem targeting it. Each learner practises from the queue (the API's own BKT
// and ranking code, fed only what the API would see) and, separately, from a shuffled order of
// the same catalogue. Printed: the mean number of problems until every pattern's true error rate
// is below 0.1, for both, and their ratio. Deterministic: same seed, same figures.
//
// The observation model is fitted here first. A mistake the learner makes is seen only when the
// analyzer finds it (its held-out recall per pattern), so a learner who has not mastered a
// pattern often shows no sign of it: that is BKT's "guess". The four BKT parameters are fitted by
// grid search, minimising the log-loss of predicting each observation before it is seen, on
// learners practising in random order; the API's BKT_PARAMETERS are those printed here.
// Options: --learners N (200) --budget N (400 problems each) --seed N (7).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { PATTERN_IDS, type PatternId } from '../analyzer/src/index.js';
import { parseProblemMeta } from '../api/src/modules/problems/problem-schema.js';
import { BKT_PARAMETERS, type BktParameters, updateMastery } from '../api/src/modules/profile/mastery.js';
import { rankRecommendations, type RankableProblem } from '../api/src/modules/profile/rank-recommendations.js';
import type { Attempt } from '../api/src/modules/profile/spaced-review.js';
import { observePatterns } from '../api/src/modules/profile/submission-evidence.js';
import { PROBLEMS_DIR } from '../api/src/paths.js';

const MASTERED_ERROR_RATE = 0.1;
const TARGET_REDUCTION = 0.3;
/** A learner does about four problems a day, which lets spaced reviews come due. */
const HOURS_PER_PROBLEM = 6;
const INITIAL_ERROR = { min: 0.25, max: 0.7 };
/** Each practice of a pattern multiplies its error rate by (1 - rate); rates differ per learner. */
const LEARNING_RATE = { min: 0.1, max: 0.2 };

/**
 * The chance the analyzer finds a mistake the learner made, per pattern: its recall on held-out
 * flawed submissions written outside the team (README, "Analyzer quality"; test half).
 */
const DETECTION_RECALL: Record<PatternId, number> = {
  'inefficient-loop': 0.75,
  'missing-edge-case': 0.77,
  'missing-validation': 0.74,
  'off-by-one': 0.91,
  'suboptimal-complexity': 1,
  'wrong-data-structure': 0.94,
};

/** The grid the BKT parameters are fitted on. */
const GRID = {
  pInit: [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5],
  pTransit: [0.02, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.3],
  pSlip: [0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2],
  pGuess: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9],
};

type Policy = 'queue' | 'random';

interface Learner {
  errorRate: Record<PatternId, number>;
  learningRate: number;
}

function loadCatalogue(): RankableProblem[] {
  return readdirSync(PROBLEMS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(PROBLEMS_DIR, entry.name, 'problem.md')))
    .map((entry) => {
      const markdown = readFileSync(path.join(PROBLEMS_DIR, entry.name, 'problem.md'), 'utf8');
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1] ?? '';
      const meta = parseProblemMeta(parseYaml(frontMatter), entry.name);
      return { slug: meta.slug, title: meta.title, difficulty: meta.difficulty, category: meta.category, targetPatterns: meta.targetPatterns };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** mulberry32: a small, fast, seedable generator with good enough statistics for a simulation. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function createLearner(random: () => number): Learner {
  const between = (range: { min: number; max: number }) => range.min + (range.max - range.min) * random();
  const errorRate = Object.fromEntries(PATTERN_IDS.map((id) => [id, between(INITIAL_ERROR)])) as Record<PatternId, number>;
  return { errorRate, learningRate: between(LEARNING_RATE) };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Per learner and pattern, the observations the API records: true when the pattern did not show. */
type Sequences = boolean[][];

/**
 * Problems practised until every true error rate is below 0.1, or null within the budget.
 * `sequences`, when given, collects every pattern's observations in order.
 */
function practise(
  profile: Learner,
  catalogue: RankableProblem[],
  policy: Policy,
  random: () => number,
  budget: number,
  params: BktParameters,
  sequences?: Sequences,
): number | null {
  const errorRate = { ...profile.errorRate };
  const mastery: Record<string, number> = {};
  const attempts: Attempt[] = [];
  const observed = Object.fromEntries(PATTERN_IDS.map((id) => [id, [] as boolean[]])) as Record<PatternId, boolean[]>;
  let randomOrder: RankableProblem[] = [];
  const start = Date.UTC(2025, 0, 6);
  let done = 0;
  for (; done < budget; done++) {
    if (PATTERN_IDS.every((id) => errorRate[id] < MASTERED_ERROR_RATE)) break;
    const now = new Date(start + done * HOURS_PER_PROBLEM * 3_600_000);
    let problem: RankableProblem;
    if (policy === 'queue') {
      const [top] = rankRecommendations(catalogue, { mastery, attempts }, { now, limit: 1, params });
      problem = catalogue.find((p) => p.slug === top.slug)!;
    } else {
      if (randomOrder.length === 0) randomOrder = shuffled(catalogue, random);
      problem = randomOrder.shift()!;
    }
    const targets = problem.targetPatterns.filter((p): p is PatternId => (PATTERN_IDS as readonly string[]).includes(p));
    const made = targets.filter((id) => random() < errorRate[id]);
    // Only what the analyzer finds reaches the profile.
    const shown = made.filter((id) => random() < DETECTION_RECALL[id]);
    for (const id of targets) errorRate[id] *= 1 - profile.learningRate;
    // What the API learns from this submission: the same observations and BKT updates.
    const verdict = made.length === 0 ? 'accepted' : 'wrong_answer';
    for (const observation of observePatterns(verdict, problem.targetPatterns, shown)) {
      mastery[observation.patternId] = updateMastery(mastery[observation.patternId] ?? params.pInit, { correct: !observation.shown }, params);
      observed[observation.patternId]?.push(!observation.shown);
    }
    attempts.push({ slug: problem.slug, at: now, accepted: verdict === 'accepted' });
  }
  sequences?.push(...PATTERN_IDS.map((id) => observed[id]));
  return PATTERN_IDS.every((id) => errorRate[id] < MASTERED_ERROR_RATE) ? done : null;
}

/** Log-loss of BKT predicting each observation before it is seen, averaged. */
function logLoss(sequences: Sequences, params: BktParameters): number {
  let loss = 0;
  let count = 0;
  for (const sequence of sequences) {
    let p = params.pInit;
    for (const correct of sequence) {
      const pCorrect = p * (1 - params.pSlip) + (1 - p) * params.pGuess;
      loss -= Math.log(correct ? pCorrect : 1 - pCorrect);
      count++;
      p = updateMastery(p, { correct }, params);
    }
  }
  return count > 0 ? loss / count : 0;
}

/** The grid point with the least log-loss. */
function fitBkt(sequences: Sequences): { params: BktParameters; loss: number } {
  let best = { params: BKT_PARAMETERS, loss: Number.POSITIVE_INFINITY };
  for (const pInit of GRID.pInit)
    for (const pTransit of GRID.pTransit)
      for (const pSlip of GRID.pSlip)
        for (const pGuess of GRID.pGuess) {
          // BKT is identifiable only when knowing helps: a guess below 1 - slip.
          if (pGuess >= 1 - pSlip) continue;
          const params = { pInit, pTransit, pSlip, pGuess };
          const loss = logLoss(sequences, params);
          if (loss < best.loss) best = { params, loss };
        }
  return best;
}

function summarize(results: (number | null)[], budget: number) {
  const counted = results.map((r) => r ?? budget).sort((a, b) => a - b);
  const mean = counted.reduce((sum, r) => sum + r, 0) / counted.length;
  return { mean, median: counted[Math.floor(counted.length / 2)], unfinished: results.filter((r) => r === null).length };
}

function main() {
  const { values } = parseArgs({
    options: { learners: { type: 'string', default: '200' }, budget: { type: 'string', default: '400' }, seed: { type: 'string', default: '7' } },
  });
  const learners = Number(values.learners);
  const budget = Number(values.budget);
  const seed = Number(values.seed);
  const catalogue = loadCatalogue();
  // Fitted on learners of their own (another seed) practising in random order, kept apart from
  // the learners the queue is then compared on.
  const sequences: Sequences = [];
  for (let i = 0; i < learners; i++) {
    const profile = createLearner(seededRandom((seed + 1) * 1_000_033 + i));
    practise(profile, catalogue, 'random', seededRandom((seed + 1) * 7_927 + i), budget, BKT_PARAMETERS, sequences);
  }
  const fit = fitBkt(sequences);
  const used = fit.params;
  const results: Record<Policy, (number | null)[]> = { queue: [], random: [] };
  for (let i = 0; i < learners; i++) {
    const profile = createLearner(seededRandom(seed * 1_000_003 + i));
    for (const policy of ['queue', 'random'] as const) {
      // Each policy gets its own stream, so the learner's luck does not depend on the other run.
      const random = seededRandom(seed * 7_919 + i * 2 + (policy === 'queue' ? 0 : 1));
      results[policy].push(practise(profile, catalogue, policy, random, budget, used));
    }
  }
  const observations = sequences.reduce((sum, s) => sum + s.length, 0);
  const shown = (p: BktParameters) => `pInit ${p.pInit}, pTransit ${p.pTransit}, pSlip ${p.pSlip}, pGuess ${p.pGuess}`;
  console.log(`BKT fitted on ${observations} observations of ${learners} other learners (random order, detection at held-out recall):`);
  console.log(`  ${shown(fit.params)} (log-loss ${fit.loss.toFixed(4)})`);
  const same = (Object.keys(fit.params) as Array<keyof BktParameters>).every((k) => fit.params[k] === BKT_PARAMETERS[k]);
  console.log(
    `  the API uses ${shown(BKT_PARAMETERS)}${same ? ' (the fit)' : ': NOT the fit; copy the fitted values into api/src/modules/profile/mastery.ts'}`,
  );
  const queue = summarize(results.queue, budget);
  const random = summarize(results.random, budget);
  const ratio = queue.mean / random.mean;
  const met = 1 - ratio >= TARGET_REDUCTION;
  const line = (name: string, s: ReturnType<typeof summarize>) =>
    `${name.padEnd(24)} mean ${s.mean.toFixed(1)} problems (median ${s.median}, not done within ${budget}: ${s.unfinished})`;
  console.log(`simulated learners: ${learners} · problems in the catalogue: ${catalogue.length} · seed ${seed}`);
  console.log(`until every pattern's true error rate < ${MASTERED_ERROR_RATE}:`);
  console.log(line('recommended queue', queue));
  console.log(line('random order', random));
  console.log(`ratio queue/random: ${ratio.toFixed(3)} -> the queue needs ${((1 - ratio) * 100).toFixed(1)}% fewer problems`);
  console.log(`target (>= ${TARGET_REDUCTION * 100}% fewer): ${met ? 'met' : 'NOT met'}`);
  process.exitCode = met && same ? 0 : 1;
}

main();
