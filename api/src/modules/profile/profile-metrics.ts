// The profile's Prometheus metrics, on the app's shared registry (created once per process).
// The helpfulness ratio is derived from the counters at scrape time; for a rate over a window,
// divide the counters' increases in PromQL instead.
import client from 'prom-client';
import { registeredOnce } from '../../metrics.js';

export const recommendationFeedbackTotal = registeredOnce(
  'recommendation_feedback_total',
  () => new client.Counter({ name: 'recommendation_feedback_total', help: 'Ratings of recommended problems', labelNames: ['helpful'] as const }),
);

export const recommendationHelpfulness = registeredOnce(
  'recommendation_helpfulness_ratio',
  () =>
    new client.Gauge({
      name: 'recommendation_helpfulness_ratio',
      help: 'Share of recommendation ratings that said helpful, since the process started (target 0.7)',
      async collect() {
        const { values } = await recommendationFeedbackTotal.get();
        const count = (helpful: string) => values.filter((v) => v.labels.helpful === helpful).reduce((sum, v) => sum + v.value, 0);
        const rated = count('true') + count('false');
        if (rated > 0) this.set(count('true') / rated);
      },
    }),
);

export const retentionDeletedTotal = registeredOnce(
  'retention_deleted_submissions_total',
  () => new client.Counter({ name: 'retention_deleted_submissions_total', help: 'Submissions deleted for being older than RETENTION_DAYS' }),
);
