// Figures and tables for the reliability scripts: quantiles, per-endpoint latency, status
// counts, pass/fail lines, and a note on what else the machine was doing during the run.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Sample } from './traffic.js';

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** A plain-text table: the first `leftColumns` columns left-aligned (text), the rest right-aligned (figures). */
export function table(header: string[], rows: Array<Array<string | number>>, leftColumns = 1): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export const fmt = (ms: number) => (Number.isNaN(ms) ? '-' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

export function latencyTable(samples: Sample[], seconds: number): string {
  const endpoints = [...new Set(samples.map((s) => s.endpoint))].sort();
  const rows = endpoints.map((endpoint) => {
    const all = samples.filter((s) => s.endpoint === endpoint);
    const ms = all.map((s) => s.ms);
    const errors = all.filter((s) => s.status === 0 || s.status >= 400).length;
    return [
      endpoint,
      all.length,
      (all.length / seconds).toFixed(1),
      fmt(quantile(ms, 0.5)),
      fmt(quantile(ms, 0.95)),
      fmt(quantile(ms, 0.99)),
      fmt(Math.max(...ms)),
      errors,
    ];
  });
  return table(['endpoint', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'], rows);
}

export function statusCounts(samples: Sample[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sample of samples) {
    const key = sample.status === 0 ? `no answer ${sample.code}` : sample.code ? `${sample.status} ${sample.code}` : String(sample.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

export const verdictLine = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export function check(label: string, figure: string, ok: boolean): string {
  return `  [${verdictLine(ok)}] ${label.padEnd(44)} ${figure}`;
}

/** The machine and what else ran on it: the figures are only honest with this beside them. */
export function machineNote(): string {
  const cpus = os.cpus();
  const [l1, l5, l15] = os.loadavg().map((x) => x.toFixed(2));
  return `${new Date().toISOString()} · ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown cpu'}) · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · load average ${l1} / ${l5} / ${l15} (1/5/15 min) · node ${process.version}`;
}

/** CPU ticks (1/100 s) used by the whole machine and by the given processes with their children. */
export interface CpuSnapshot {
  machineBusy: number;
  machineTotal: number;
  /** Ticks the hypervisor gave to other guests while this one wanted the CPU (a busy host). */
  steal: number;
  ours: number;
}

export function cpuSnapshot(pids: number[]): CpuSnapshot {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((a, b) => a + b, 0);
    return { machineBusy: total - idle, machineTotal: total, steal: fields[7] ?? 0, ours: pids.reduce((sum, pid) => sum + processTicks(pid), 0) };
  } catch {
    return { machineBusy: 0, machineTotal: 0, steal: 0, ours: 0 };
  }
}

function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime (fields 14-17 of proc(5))
    return Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  } catch {
    return 0;
  }
}

/** "the machine was 97% busy; this run used 61%, other processes 36%" over the interval. */
export function cpuNote(before: CpuSnapshot, after: CpuSnapshot): string {
  const total = after.machineTotal - before.machineTotal;
  if (total <= 0) return 'CPU use unknown (no /proc/stat)';
  const cores = os.cpus().length;
  // /proc/stat counts every core's ticks; per-process ticks are per core too.
  const busy = (after.machineBusy - before.machineBusy) / total;
  const ours = Math.min(busy, (after.ours - before.ours) / total);
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  const steal = (after.steal - before.steal) / total;
  return `all ${cores} cores were ${pct(busy)} busy: this run (server, its sandboxes, the load client) ${pct(ours)}, other processes ${pct(Math.max(0, busy - ours))}; taken by the host (steal) ${pct(steal)}`;
}

/** Nanoseconds a task ran and waited runnable for a CPU (/proc/<pid>/schedstat: its main thread). */
export function schedStat(pid: number): { runNs: number; waitNs: number } {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return { runNs: run, waitNs: wait };
  } catch {
    return { runNs: 0, waitNs: 0 };
  }
}

/** "the server's main thread ran 12.0 s and waited 30.1 s for a CPU (72% of the time it was runnable)". */
export function schedNote(before: { runNs: number; waitNs: number }, after: { runNs: number; waitNs: number }): string {
  const run = (after.runNs - before.runNs) / 1e9;
  const wait = (after.waitNs - before.waitNs) / 1e9;
  if (run + wait <= 0) return 'scheduler figures unknown (no /proc/<pid>/schedstat)';
  return `the server's main thread ran ${run.toFixed(1)} s and waited ${wait.toFixed(1)} s for a CPU (${((wait / (run + wait)) * 100).toFixed(0)}% of the time it was runnable)`;
}
