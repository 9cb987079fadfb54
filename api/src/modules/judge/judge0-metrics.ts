// judge0_requests_total{status}: every HTTP request to Judge0, by HTTP status or `network_error`.
// Created on prom-client's default registry, where the app's /metrics reads from.
import client from 'prom-client';

export const judge0RequestsTotal =
  (client.register.getSingleMetric('judge0_requests_total') as client.Counter<'status'> | undefined) ??
  new client.Counter({ name: 'judge0_requests_total', help: 'HTTP requests sent to Judge0, by response status', labelNames: ['status'] });
