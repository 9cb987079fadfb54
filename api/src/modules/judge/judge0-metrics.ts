// The Judge0 backend's metrics, on the app's shared registry (created once per process):
// judge0_requests_total{status}: every HTTP request to Judge0, by HTTP status or `network_error`;
// judge0_submissions_total{mode}: Judge0 submissions created (what a hosted plan's quota counts);
// judge0_submissions_per_run{mode}: how many one run (a verdict, a syntax check, a growth run) took.
import client from 'prom-client';
import { counter, registeredOnce } from '../../metrics.js';

export const judge0RequestsTotal = counter('judge0_requests_total', 'HTTP requests sent to Judge0, by response status', ['status']);

export const judge0SubmissionsTotal = counter('judge0_submissions_total', 'Submissions created on Judge0, by harness mode', ['mode']);

export const judge0SubmissionsPerRun = registeredOnce(
  'judge0_submissions_per_run',
  () =>
    new client.Histogram({
      name: 'judge0_submissions_per_run',
      help: 'Judge0 submissions one run of learner code took (a verdict, a syntax check, a growth run), by harness mode',
      labelNames: ['mode'] as const,
      buckets: [1, 2, 3, 4, 6, 8],
    }),
);
