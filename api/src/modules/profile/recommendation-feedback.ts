// POST /api/me/recommendations/:slug/feedback: the learner says whether a recommendation helped.
// Stored per rating (the dashboard shows the learner's own rate) and counted for the metric.
import type { Cache } from '../../cache/cache.js';
import type { Database } from '../../db/client.js';
import { recommendationFeedback } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { listCatalogue } from '../problems/index.js';
import { invalidateDashboard } from './dashboard-cache.js';
import { recommendationFeedbackTotal } from './profile-metrics.js';

export async function rateRecommendation(db: Database, cache: Cache, userId: string, slug: string, helpful: boolean): Promise<void> {
  const catalogue = await listCatalogue(db, cache);
  if (!catalogue.some((problem) => problem.slug === slug)) throw notFound(`problem "${slug}"`);
  await db.insert(recommendationFeedback).values({ userId, problemSlug: slug, helpful });
  recommendationFeedbackTotal.inc({ helpful: String(helpful) });
  await invalidateDashboard(cache, userId);
}
