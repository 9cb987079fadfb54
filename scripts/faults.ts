// `npm run faults`: the load script's learners (fewer, shorter) while dependencies fail in turn.
//   Server A (local runner, PostgreSQL, Redis): Redis stopped then restarted; PostgreSQL stopped
//   then started (requests must fail fast with 503 and recover without restarting the server).
//   Server B (Judge0 stand-in behind a fault proxy, OpenAI stand-in): Judge0 answering 503, then
//   hanging (the circuit breaker opens, errors are clear, it recovers); the model failing (500s,
//   then no answer: feedback falls back to the rules).
// Per fault it prints requests failed, requests lost (a 201 whose submission is not stored,
// judged and with feedback once everything is back) and seconds to recover. PostgreSQL and
// Redis are always started again at the end, even after an error or Ctrl-C.
//
// Knobs: FAULTS_USERS_A (25), FAULTS_USERS_B (4: the Judge0 stand-in really runs every test in its own process), FAULTS_DOWN_SECONDS (10), FAULTS_KEEP_DATABASE (0).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { FAULT_HEADER, type FaultRecord, faultRow, pollUntil, sleep, summarizeFault } from './reliability/fault-timeline.js';
import { createFreshDatabase, type FreshDatabase, freshRedisUrl, pgctl, startPostgres, startRedis, stopRedis } from './reliability/local-services.js';
import { check, cpuNote, cpuSnapshot, machineNote, table } from './reliability/report.js';
import { baseServerEnv, type ServerProcess, startServerProcess } from './reliability/server-process.js';
import { type StandIns, startStandIns } from './reliability/stand-ins-process.js';
import { type Catalog, loadCatalog, uniqueCode } from './reliability/solutions.js';
import { Clock, HttpRecorder, runTraffic, signUpUsers, type TrafficResult } from './reliability/traffic.js';
import { checkPatterns, checkSubmissions, lost, type PatternCheck, type SubmissionCheck } from './reliability/verify-database.js';

const USERS_A = Number(process.env.FAULTS_USERS_A ?? 25);
const USERS_B = Number(process.env.FAULTS_USERS_B ?? 4);
const DOWN_MS = Number(process.env.FAULTS_DOWN_SECONDS ?? 10) * 1000;
const BASELINE_MS = 8000;
const OBSERVE_MS = 4000;
// Shorter Judge0 client timings than the shipped ones, so a hanging Judge0 shows in seconds.
const JUDGE0_TIMINGS = { JUDGE0_TIMEOUT_MS: '10000', JUDGE0_RETRIES: '0', JUDGE0_BREAKER_COOLDOWN_MS: '10000' };
const KEEP = process.env.FAULTS_KEEP_DATABASE === '1';

interface Part {
  name: string;
  database: FreshDatabase;
  traffic: TrafficResult;
  faults: FaultRecord[];
  submissions: SubmissionCheck;
  patterns: PatternCheck;
  notes: string[];
}

let restoring: Promise<void> | null = null;
/** PostgreSQL and Redis up again, whatever happened: other engineers' tests use them. */
function restoreServices(): Promise<void> {
  restoring ??= (async () => {
    await startRedis().catch((error: unknown) => process.stderr.write(`faults: could not restart Redis: ${String(error)}\n`));
    await startPostgres().catch((error: unknown) => process.stderr.write(`faults: could not restart PostgreSQL: ${String(error)}\n`));
  })();
  return restoring;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`faults: ${signal}: restoring PostgreSQL and Redis before exiting\n`);
    void restoreServices().finally(() => process.exit(130));
  });
}

const say = (line: string) => process.stdout.write(`faults: ${line}\n`);

async function main(): Promise<number> {
  const catalog = loadCatalog();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'codementor-faults-'));
  say(`logs in ${workDir}; machine ${machineNote()}`);
  const clock = new Clock();
  const databases: FreshDatabase[] = [];
  const servers: ServerProcess[] = [];
  let standIns: StandIns | null = null;
  try {
    const cpuBefore = cpuSnapshot([process.pid]);
    const dbA = await createFreshDatabase('cm_faults_a');
    databases.push(dbA);
    const serverA = await startServerProcess(baseServerEnv(dbA.url, await freshRedisUrl(12), path.join(workDir, 'data-a')), path.join(workDir, 'server-a.log'));
    servers.push(serverA);
    say(`server A (local runner, PostgreSQL, Redis) at ${serverA.url}`);
    const partA = await runPartA(serverA, dbA, catalog, clock);
    saveRaw(workDir, partA);

    standIns = await startStandIns();
    const dbB = await createFreshDatabase('cm_faults_b');
    databases.push(dbB);
    const serverB = await startServerProcess(
      {
        ...baseServerEnv(dbB.url, await freshRedisUrl(13), path.join(workDir, 'data-b')),
        JUDGE0_URL: standIns.judge0Url,
        OPENAI_API_KEY: 'sk-reliability-fake-key',
        OPENAI_BASE_URL: standIns.openaiUrl,
        OPENAI_TIMEOUT_MS: '3000',
        ...JUDGE0_TIMINGS,
      },
      path.join(workDir, 'server-b.log'),
    );
    servers.push(serverB);
    say(`server B (Judge0 stand-in behind a fault proxy, OpenAI stand-in) at ${serverB.url}`);
    const partB = await runPartB(serverB, dbB, catalog, clock, standIns);
    saveRaw(workDir, partB);
    const cpu = cpuNote(cpuBefore, cpuSnapshot([process.pid, ...servers.map((server) => server.pid), standIns.pid]));
    return printReport([partA, partB], cpu) ? 0 : 1;
  } finally {
    for (const server of servers) await server.stop().catch(() => undefined);
    await standIns?.stop().catch(() => undefined);
    await restoreServices();
    for (const database of databases) {
      if (KEEP) say(`kept database ${database.name}`);
      else await database.drop().catch((error: unknown) => say(`could not drop ${database.name}: ${String(error)}`));
    }
    say(`PostgreSQL and Redis are up again; raw samples in ${workDir}`);
  }
}

function saveRaw(workDir: string, part: Part) {
  const { traffic, faults } = part;
  writeFileSync(path.join(workDir, `part-${part.name}.json`), JSON.stringify({ faults, samples: traffic.samples, submissions: traffic.submissions }));
}

async function startLearners(server: ServerProcess, count: number, catalog: Catalog, clock: Clock, label: string) {
  const http = new HttpRecorder(server.url, clock, 30_000, `setup ${label}`);
  const [probeUser, ...users] = await signUpUsers(http, count + 1, `${label.trim().toLowerCase()}${Date.now().toString(36)}`);
  const abort = new AbortController();
  // Busier than the load script's class (a fault window is short) but below the judge's saturation.
  const traffic = runTraffic({
    baseUrl: server.url,
    users: count,
    existingUsers: users,
    durationMs: 600_000,
    catalog,
    clock,
    signal: abort.signal,
    label,
    requestTimeoutMs: 120_000,
    readMs: [3000, 8000],
    thinkMs: [5000, 15_000],
  });
  const probe = new HttpRecorder(server.url, clock, 60_000, `probe ${label}`);
  return { probeUser, abort, traffic, probe };
}

async function runPartA(server: ServerProcess, database: FreshDatabase, catalog: Catalog, clock: Clock): Promise<Part> {
  const { probeUser, abort, traffic, probe } = await startLearners(server, USERS_A, catalog, clock, 'A ');
  const faults: FaultRecord[] = [];
  const notes: string[] = [];
  const cacheOk = async () => {
    const answer = await probe.call('GET /ready', 'GET', '/ready');
    return (answer.json as { checks?: { cache?: { ok?: boolean } } } | null)?.checks?.cache?.ok === true;
  };
  const databaseOk = async () => (await probe.call('GET /api/submissions', 'GET', '/api/submissions', { token: probeUser.token })).status === 200;
  await sleep(BASELINE_MS);

  say('Redis: stopping');
  const redis: FaultRecord = { name: 'Redis stopped, restarted', server: 'A ', injectedAt: clock.now(), restoredAt: 0, recoveredAt: null, endAt: 0, notes: [] };
  await stopRedis();
  await sleep(DOWN_MS / 2);
  const ready = await probe.call('GET /ready', 'GET', '/ready');
  redis.notes.push(`GET /ready while Redis was down: ${ready.status} ${JSON.stringify((ready.json as { checks?: unknown } | null)?.checks ?? null)}`);
  await sleep(DOWN_MS / 2);
  await startRedis();
  redis.restoredAt = clock.now();
  redis.recoveredAt = await pollUntil(clock, cacheOk, 30_000);
  await sleep(OBSERVE_MS);
  redis.endAt = clock.now();
  faults.push(redis);

  say('PostgreSQL: stopping');
  const postgres: FaultRecord = {
    name: 'PostgreSQL stopped, started',
    server: 'A ',
    injectedAt: clock.now(),
    restoredAt: 0,
    recoveredAt: null,
    endAt: 0,
    notes: [],
  };
  try {
    await pgctl('stop');
    await sleep(DOWN_MS);
  } finally {
    await startPostgres();
  }
  postgres.restoredAt = clock.now();
  postgres.recoveredAt = await pollUntil(clock, databaseOk, 60_000);
  await sleep(OBSERVE_MS);
  postgres.endAt = clock.now();
  faults.push(postgres);

  abort.abort();
  const result = await traffic;
  say('server A: waiting for feedback, checking the database');
  const submissions = await checkSubmissions(database.url, result.submissions);
  const patterns = await checkPatterns(database.url);
  return { name: 'A', database, traffic: result, faults, submissions, patterns, notes };
}

async function runPartB(server: ServerProcess, database: FreshDatabase, catalog: Catalog, clock: Clock, standIns: StandIns): Promise<Part> {
  const { probeUser, abort, traffic, probe } = await startLearners(server, USERS_B, catalog, clock, 'B ');
  const faults: FaultRecord[] = [];
  const notes = ['Judge0 client timings for this run: JUDGE0_TIMEOUT_MS=10000, JUDGE0_RETRIES=0, JUDGE0_BREAKER_COOLDOWN_MS=10000 (defaults: 30000, 3, 30000)'];
  const solution = catalog.byKind.correct.find((c) => c.slug === 'two-sum') ?? catalog.byKind.correct[0];
  let probeTag = 1;
  const judgeOk = async () =>
    (
      await probe.call('POST /api/submissions', 'POST', '/api/submissions', {
        token: probeUser.token,
        body: { problem: solution.slug, code: uniqueCode(solution.code, 900_000_000 + probeTag++), language: 'python' },
      })
    ).status === 201;
  await sleep(BASELINE_MS);

  for (const mode of ['unavailable', 'hang'] as const) {
    say(`Judge0: ${mode === 'unavailable' ? 'answering 503' : 'hanging'}`);
    const fault: FaultRecord = {
      name: mode === 'unavailable' ? 'Judge0 answers 503' : 'Judge0 hangs',
      server: 'B ',
      injectedAt: clock.now(),
      restoredAt: 0,
      recoveredAt: null,
      endAt: 0,
      notes: [],
    };
    const before = await standIns.judge0(mode);
    await sleep(mode === 'hang' ? DOWN_MS * 3 : DOWN_MS * 1.5);
    const after = await standIns.judge0('pass');
    fault.restoredAt = clock.now();
    fault.notes.push(`requests that reached the stand-in while it failed: ${after[mode] - before[mode]}`);
    fault.recoveredAt = await pollUntil(clock, judgeOk, 120_000, 2000);
    await sleep(OBSERVE_MS);
    fault.endAt = clock.now();
    faults.push(fault);
  }

  say('OpenAI: answering 500, then not answering');
  const model: FaultRecord = {
    name: 'model fails (500, then hangs)',
    server: 'B ',
    injectedAt: clock.now(),
    restoredAt: 0,
    recoveredAt: null,
    endAt: 0,
    notes: [],
  };
  await standIns.model('error');
  await sleep(DOWN_MS);
  await standIns.model('hang');
  await sleep(DOWN_MS);
  await standIns.model('reply');
  model.restoredAt = clock.now();
  const restoredWall = new Date();
  model.recoveredAt = await pollUntil(clock, () => modelFeedbackSince(database.url, restoredWall), 60_000, 500);
  await sleep(OBSERVE_MS);
  model.endAt = clock.now();
  faults.push(model);

  abort.abort();
  const result = await traffic;
  say('server B: waiting for feedback, checking the database');
  const submissions = await checkSubmissions(database.url, result.submissions);
  const patterns = await checkPatterns(database.url);
  const inModelFault = result.submissions.filter((s) => s.answeredAt >= model.injectedAt && s.answeredAt < model.restoredAt);
  const sources = new Map<string, number>();
  for (const s of inModelFault) {
    const feedback = submissions.feedbackById.get(s.id);
    const key = feedback ? `${feedback.source}${feedback.fallbackReason ? ` (${feedback.fallbackReason})` : ''}` : 'none';
    sources.set(key, (sources.get(key) ?? 0) + 1);
  }
  model.notes.push(`feedback of submissions judged while the model failed: ${[...sources].map(([k, v]) => `${k} ${v}`).join(', ') || 'none made'}`);
  return { name: 'B', database, traffic: result, faults, submissions, patterns, notes };
}

async function modelFeedbackSince(url: string, since: Date): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    const { rows } = await client.query("select 1 from submissions where created_at > $1 and feedback->>'source' = 'model' limit 1", [since]);
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

function printReport(parts: Part[], cpu: string): boolean {
  const out: string[] = ['', `== faults (${cpu})`];
  const rows: Array<Array<string | number>> = [];
  const checks: string[] = [];
  for (const part of parts) {
    for (const fault of part.faults) {
      const summary = summarizeFault(fault, part.traffic.samples, part.traffic.submissions, part.submissions);
      rows.push(faultRow(fault, summary));
      const messages = new Map<string, number>();
      for (const s of part.traffic.samples) {
        const answeredAt = s.at + s.ms;
        if (s.endpoint.startsWith(fault.server) && answeredAt >= fault.injectedAt && answeredAt <= (fault.recoveredAt ?? fault.endAt) && s.status >= 500) {
          const key = `${s.status} ${s.code}: ${s.message ?? ''}`;
          messages.set(key, (messages.get(key) ?? 0) + 1);
        }
      }
      out.push(`-- ${fault.name} (server ${part.name})`);
      for (const note of fault.notes) out.push(`   ${note}`);
      for (const [message, n] of messages) out.push(`   ${n} x ${message}`);
      if (summary.lostIds.length > 0) out.push(`   lost: ${summary.lostIds.slice(0, 5).join(', ')}`);
      checks.push(check(`${fault.name}: nothing lost`, `${summary.lost} lost of ${summary.answered}`, summary.lost === 0));
      checks.push(
        check(
          `${fault.name}: recovered without a restart`,
          summary.recoverySeconds === null ? 'not seen' : `${summary.recoverySeconds.toFixed(1)} s`,
          summary.recoverySeconds !== null,
        ),
      );
      if (fault.name.startsWith('Redis') || fault.name.startsWith('model')) {
        checks.push(check(`${fault.name}: no request failed`, `${summary.failed} failed`, summary.failed === 0));
      }
      if (fault.name.startsWith('PostgreSQL')) {
        const p95 = summary.failedP95Ms;
        checks.push(check('PostgreSQL down: requests fail fast (503)', `p95 ${Number.isNaN(p95) ? '-' : p95.toFixed(0)} ms`, Number.isNaN(p95) || p95 < 5000));
      }
    }
    for (const note of part.notes) out.push(`   ${note}`);
  }
  out.push('', table(FAULT_HEADER, rows));
  out.push(
    '   failed = 5xx or no answer inside the fault window (injection to recovery), JUDGE_BUSY counted apart as busy; lost = answered 201 but not stored, judged and with feedback at the end',
  );
  for (const part of parts) {
    const s = part.submissions;
    out.push(
      `   server ${part.name}: ${s.answered} answered 201 in all, ${lost(s)} lost (missing ${s.missing.length}, not judged ${s.notJudged.length}, verdict differs ${s.verdictMismatch.length}, not analyzed ${s.notAnalyzed.length}, without feedback ${s.withoutFeedback.length}); ` +
        `${s.pendingRows} rows still pending; pattern rows differing ${part.patterns.mismatches.length}; feedback sources ${JSON.stringify(s.feedbackSources)}`,
    );
    checks.push(
      check(`server ${part.name}: pattern counts equal stored findings`, `${part.patterns.mismatches.length} differ`, part.patterns.mismatches.length === 0),
    );
  }
  out.push('', '== checks', ...checks, '');
  process.stdout.write(out.join('\n') + '\n');
  return checks.every((line) => line.includes('[PASS]'));
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    process.stderr.write(`faults: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await restoreServices();
    process.exit(2);
  },
);
