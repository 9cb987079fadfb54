// Disputed findings per pattern: a rising count for one detector is the signal to recalibrate it.
import client from 'prom-client';
import { registry } from '../../metrics.js';

export const findingDisputesTotal =
  (registry.getSingleMetric('finding_disputes_total') as client.Counter<'pattern'> | undefined) ??
  new client.Counter({ name: 'finding_disputes_total', help: 'Findings reported as wrong by learners, per pattern', labelNames: ['pattern'] as const });
