import { describe, expect, it } from 'vitest';
import { PATTERN_IDS } from '../../analyzer/src/index.js';
import { CATEGORIES } from '../../api/src/modules/problems/problem-schema.js';
import { DIAGNOSTIC_SIZE } from '../../api/src/modules/profile/diagnostic-mix.js';
import { type RankableProblem, rankRecommendations } from '../../api/src/modules/profile/rank-recommendations.js';
import { dueReview } from '../../api/src/modules/profile/spaced-review.js';

const problem = (
  slug: string,
  targetPatterns: string[],
  difficulty: RankableProblem['difficulty'] = 'easy',
  category: RankableProblem['category'] = 'arrays',
): RankableProblem => ({
  slug,
  title: slug.replace(/-/g, ' '),
  difficulty,
  category,
  targetPatterns,
});

const catalogue: RankableProblem[] = [
  problem('bounds', ['off-by-one', 'missing-edge-case']),
  problem('lookups', ['wrong-data-structure', 'suboptimal-complexity'], 'easy', 'hash-maps'),
  problem('rescans', ['inefficient-loop', 'missing-edge-case'], 'medium', 'strings'),
  problem('assumptions', ['missing-validation', 'missing-edge-case'], 'medium', 'strings'),
  problem('hard-bounds', ['off-by-one', 'suboptimal-complexity'], 'hard', 'arrays'),
  problem('more-lookups', ['wrong-data-structure'], 'medium', 'hash-maps'),
];
const NOW = new Date('2025-05-20T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const masteredExcept = (weak: Record<string, number>) => ({ ...Object.fromEntries(PATTERN_IDS.map((id) => [id, 0.9])), ...weak });

describe('ranking the recommended problems', () => {
  it('puts the problems that train the weakest pattern first, and says so in plain words', () => {
    const items = rankRecommendations(
      catalogue,
      { mastery: masteredExcept({ 'off-by-one': 0.31, 'missing-validation': 0.6 }), attempts: [] },
      { now: NOW, limit: 6 },
    );
    expect(
      items
        .slice(0, 2)
        .map((item) => item.slug)
        .sort(),
    ).toEqual(['bounds', 'hard-bounds']);
    expect(items[0].reason).toContain('trains off-by-one, your weakest pattern: mastery 0.31');
    expect(items[2].slug).toBe('assumptions');
    expect(items[2].reason).toContain('missing-validation (mastery 0.60)');
    expect(items.map((item) => item.score)).toEqual([...items.map((item) => item.score)].sort((a, b) => b - a));
  });

  it('answers the item shape of the contract and honours the limit', () => {
    const items = rankRecommendations(catalogue, { mastery: masteredExcept({ 'inefficient-loop': 0.2 }), attempts: [] }, { now: NOW, limit: 2 });
    expect(items).toHaveLength(2);
    expect(Object.keys(items[0]).sort()).toEqual(['difficulty', 'reason', 'score', 'slug', 'targetPatterns', 'title']);
    expect(items[0]).toMatchObject({ slug: 'rescans', targetPatterns: ['inefficient-loop', 'missing-edge-case'] });
  });

  it('prefers the difficulty that fits recent success', () => {
    const twins = [problem('easy-one', ['off-by-one'], 'easy'), problem('medium-one', ['off-by-one'], 'medium'), problem('hard-one', ['off-by-one'], 'hard')];
    const history = (accepted: boolean) => Array.from({ length: 10 }, (_, i) => ({ slug: `other-${i}`, at: daysAgo(3), accepted }));
    const mastery = masteryOf(0.3);
    expect(rankRecommendations(twins, { mastery, attempts: history(false) }, { now: NOW, limit: 1 })[0].slug).toBe('easy-one');
    expect(rankRecommendations(twins, { mastery, attempts: history(true) }, { now: NOW, limit: 1 })[0].slug).toBe('hard-one');
    const winning = rankRecommendations(twins, { mastery, attempts: history(true) }, { now: NOW, limit: 1 })[0];
    expect(winning.reason).toContain('hard suits your recent success (10 of 10 accepted)');
  });

  it('holds back a problem solved recently, less so as the days pass', () => {
    const mastery = masteredExcept({ 'off-by-one': 0.3 });
    const solved = (days: number) => [{ slug: 'bounds', at: daysAgo(days), accepted: true }];
    const rankOf = (days: number) =>
      rankRecommendations(catalogue, { mastery, attempts: solved(days) }, { now: NOW, limit: 6 }).findIndex((i) => i.slug === 'bounds');
    expect(rankOf(0.5)).toBeGreaterThan(0);
    const score = (days: number) =>
      rankRecommendations(catalogue, { mastery, attempts: solved(days) }, { now: NOW, limit: 6 }).find((i) => i.slug === 'bounds')!.score;
    expect(score(2)).toBeLessThan(score(10));
    expect(score(30)).toBeGreaterThan(score(10));
    // A first solve remembered after its submission was deleted counts the same way.
    const remembered = rankRecommendations(catalogue, { mastery, attempts: [], solvedAt: new Map([['bounds', daysAgo(1)]]) }, { now: NOW, limit: 6 });
    expect(remembered[0].slug).not.toBe('bounds');
  });

  it('gives a new user a short diagnostic mix across every category', () => {
    const items = rankRecommendations(catalogue, { mastery: {}, attempts: [] }, { now: NOW, limit: 20 });
    expect(items.length).toBeLessThanOrEqual(DIAGNOSTIC_SIZE);
    expect(new Set(items.map((item) => catalogue.find((p) => p.slug === item.slug)!.category))).toEqual(new Set(CATEGORIES));
    const covered = new Set(items.flatMap((item) => item.targetPatterns));
    expect(covered).toEqual(new Set(PATTERN_IDS));
    expect(items[0].reason).toMatch(/^diagnostic: /);
    expect(new Set(items.map((item) => item.slug)).size).toBe(items.length);
  });
});

describe('spaced review of failed problems', () => {
  const failedAt = (days: number) => ({ slug: 'bounds', at: daysAgo(days), accepted: false });

  it('brings a failed problem back after 1, then 3, then 7 days', () => {
    const fail = new Date('2025-05-01T10:00:00Z');
    const at = (days: number) => new Date(fail.getTime() + days * 86_400_000);
    const history = [{ slug: 'x', at: fail, accepted: false }];
    expect(dueReview(history, at(0.5))).toBeNull();
    expect(dueReview(history, at(1))).toMatchObject({ afterDays: 1, daysSinceFailure: 1 });
    history.push({ slug: 'x', at: at(1), accepted: true });
    expect(dueReview(history, at(2))).toBeNull();
    expect(dueReview(history, at(3))).toMatchObject({ afterDays: 3 });
    history.push({ slug: 'x', at: at(3.1), accepted: true });
    expect(dueReview(history, at(6.9))).toBeNull();
    expect(dueReview(history, at(7))).toMatchObject({ afterDays: 7, daysSinceFailure: 7 });
    history.push({ slug: 'x', at: at(7.2), accepted: true });
    expect(dueReview(history, at(30))).toBeNull();
  });

  it('opens a new episode for a failure after the last review', () => {
    const history = [failedAt(40), { slug: 'bounds', at: daysAgo(32), accepted: true }, failedAt(2)];
    expect(dueReview(history, NOW)).toMatchObject({ afterDays: 1, daysSinceFailure: 2 });
  });

  it('never schedules a problem that was never failed', () => {
    expect(dueReview([{ slug: 'bounds', at: daysAgo(3), accepted: true }], NOW)).toBeNull();
  });

  it('ranks a due review above fresh practice and rests a problem failed an hour ago', () => {
    const mastery = masteredExcept({ 'off-by-one': 0.5, 'inefficient-loop': 0.45 });
    const due = rankRecommendations(catalogue, { mastery, attempts: [failedAt(3)] }, { now: NOW, limit: 6 });
    expect(due[0].slug).toBe('bounds');
    expect(due[0].reason).toMatch(/^a spaced review: you missed this 3 days ago; it trains off-by-one/);
    const fresh = rankRecommendations(catalogue, { mastery, attempts: [failedAt(1 / 24)] }, { now: NOW, limit: 6 });
    expect(fresh.findIndex((item) => item.slug === 'bounds')).toBeGreaterThan(fresh.findIndex((item) => item.slug === 'hard-bounds'));
  });
});

function masteryOf(value: number) {
  return Object.fromEntries(PATTERN_IDS.map((id) => [id, value]));
}
