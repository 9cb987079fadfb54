// Bookkeeping of the fault run: when each fault was injected, when its dependency was restored
// and when the server was seen healthy again, and from the recorded traffic what failed, what
// was answered and what was lost inside each fault's window.
import { fmt, quantile } from './report.js';
import type { Clock, AcceptedSubmission, Sample } from './traffic.js';
import type { SubmissionCheck } from './verify-database.js';

export interface FaultRecord {
  name: string;
  injectedAt: number;
  restoredAt: number;
  /** First healthy probe after the restore; null = not seen within the limit. */
  recoveredAt: number | null;
  /** End of the window the fault is judged on (after recovery and a short observation). */
  endAt: number;
  /** Endpoint label prefix of the server the fault was run on. */
  server: string;
  notes: string[];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every `intervalMs` until it is true; the clock time of success, or null. */
export async function pollUntil(clock: Clock, check: () => Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<number | null> {
  const deadline = clock.now() + timeoutMs;
  while (clock.now() < deadline) {
    const at = clock.now();
    if (await check().catch(() => false)) return at;
    await sleep(intervalMs);
  }
  return null;
}

export interface FaultSummary {
  requests: number;
  failed: number;
  failedByCode: Record<string, number>;
  busy: number;
  failedP95Ms: number;
  answered: number;
  lost: number;
  lostIds: string[];
  recoverySeconds: number | null;
}

export function summarizeFault(fault: FaultRecord, samples: Sample[], submissions: AcceptedSubmission[], check: SubmissionCheck): FaultSummary {
  const until = fault.recoveredAt ?? fault.endAt;
  // A request belongs to the fault during which it was answered (a long submission may start before).
  const inWindow = samples.filter((s) => s.endpoint.startsWith(fault.server) && s.at + s.ms >= fault.injectedAt && s.at + s.ms <= until);
  const failed = inWindow.filter((s) => (s.status === 0 || s.status >= 500) && s.code !== 'JUDGE_BUSY');
  const failedByCode: Record<string, number> = {};
  for (const s of failed) failedByCode[`${s.status} ${s.code ?? ''}`.trim()] = (failedByCode[`${s.status} ${s.code ?? ''}`.trim()] ?? 0) + 1;
  const answered = submissions.filter((s) => s.answeredAt >= fault.injectedAt && s.answeredAt <= fault.endAt);
  const bad = new Set([...check.missing, ...check.notJudged, ...check.verdictMismatch, ...check.notAnalyzed, ...check.withoutFeedback]);
  const lostIds = answered.filter((s) => bad.has(s.id)).map((s) => s.id);
  return {
    requests: inWindow.length,
    failed: failed.length,
    failedByCode,
    busy: inWindow.filter((s) => s.code === 'JUDGE_BUSY').length,
    // How fast a request that arrives during the fault fails (one that began before may have judged for a while).
    failedP95Ms: quantile(
      failed.filter((s) => s.at >= fault.injectedAt).map((s) => s.ms),
      0.95,
    ),
    answered: answered.length,
    lost: lostIds.length,
    lostIds,
    recoverySeconds: fault.recoveredAt === null ? null : (fault.recoveredAt - fault.restoredAt) / 1000,
  };
}

export function faultRow(fault: FaultRecord, summary: FaultSummary): Array<string | number> {
  return [
    fault.name,
    ((fault.restoredAt - fault.injectedAt) / 1000).toFixed(1),
    summary.requests,
    summary.failed,
    summary.busy,
    fmt(summary.failedP95Ms),
    summary.answered,
    summary.lost,
    summary.recoverySeconds === null ? 'not seen' : summary.recoverySeconds.toFixed(1),
  ];
}

export const FAULT_HEADER = ['fault', 'down s', 'requests', 'failed', 'busy', 'fail p95 ms', '201s', 'lost', 'recover s'];
