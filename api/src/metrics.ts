// The app's Prometheus metrics, created once per process on prom-client's global registry so
// every module (and every app built in one test process) shares them.
import client from 'prom-client';

export const registry = client.register;

let defaultsStarted = false;
/** Process metrics (CPU, memory, event loop lag...); idempotent. */
export function collectProcessMetrics(): void {
  if (defaultsStarted) return;
  defaultsStarted = true;
  client.collectDefaultMetrics({ register: registry });
}

/** The metric registered under `name`, created by `create` the first time. */
export function registeredOnce<T extends client.Metric>(name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

export function counter<L extends string>(name: string, help: string, labelNames: readonly L[]): client.Counter<L> {
  return registeredOnce(name, () => new client.Counter({ name, help, labelNames }));
}

function histogram<L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]): client.Histogram<L> {
  return registeredOnce(name, () => new client.Histogram({ name, help, labelNames, buckets }));
}

export const httpRequestsTotal = counter('http_requests_total', 'HTTP requests answered', ['route', 'method', 'status']);
export const httpRequestDuration = histogram(
  'http_request_duration_seconds',
  'HTTP request duration',
  ['route', 'method', 'status'],
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
);
export const dbQueryDuration = histogram(
  'db_query_duration_seconds',
  'Database query duration',
  [],
  [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
);
export const cacheRequestsTotal = counter('cache_requests_total', 'Cache lookups by result', ['result']);
