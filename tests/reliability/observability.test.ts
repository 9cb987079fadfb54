// The operations dashboard can only show what the app exports: every metric a panel of
// deploy/grafana/dashboards/*.json queries must appear in GET /metrics of the real app (after a
// few routes and one judged submission), and the compose stack must wire Prometheus to the app
// and Grafana to Prometheus and the dashboards.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openDatabase, type DatabaseHandle } from '../../api/src/db/client.js';
import { buildTestApp, signUp } from '../helpers/app.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

const root = new URL('../../', import.meta.url);
const dashboardsDir = new URL('deploy/grafana/dashboards/', root);

const PROMQL_WORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'offset', 'and', 'or', 'unless', 'inf', 'nan', 'le']);

interface Panel {
  type: string;
  title: string;
  targets?: Array<{ expr?: string }>;
  panels?: Panel[];
}

function dashboards(): Array<{ file: string; json: { title: string; panels: Panel[] } }> {
  return readdirSync(dashboardsDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, json: JSON.parse(readFileSync(new URL(file, dashboardsDir), 'utf8')) }));
}

const allPanels = (panels: Panel[]): Panel[] => panels.flatMap((panel) => [panel, ...allPanels(panel.panels ?? [])]);

/** The metric names a PromQL expression reads (labels, functions, keywords and durations removed). */
function metricNames(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // label values
    .replace(/(?<![A-Za-z0-9_:])\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, ' ') // numbers (1e9 is not a metric)
    .replace(/\{[^}]*\}/g, ' ') // label matchers
    .replace(/\[[^\]]*\]/g, ' ') // ranges
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' '); // groupings
  const names: string[] = [];
  for (const match of stripped.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*(?=\s*(\(?))/g)) {
    const word = match[0];
    const isCall = /^\s*\(/.test(stripped.slice(match.index + word.length));
    if (isCall || PROMQL_WORDS.has(word.toLowerCase()) || word.startsWith('$__')) continue;
    if (stripped[match.index - 1] === '$') continue; // Grafana variables
    names.push(word);
  }
  return [...new Set(names)];
}

describe('the provisioned Grafana dashboard', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let exported: Map<string, string>;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite' });
    app = await buildTestApp(database, { problems: testProblemRegistry() });
    await seedTestProblems(database.db);
    const session = await signUp(app);
    await app.inject({ method: 'GET', url: '/api/problems', headers: session.auth });
    await app.inject({ method: 'GET', url: '/api/problems/two-sum', headers: session.auth });
    await app.inject({ method: 'GET', url: '/api/nothing-here' });
    const submitted = await app.inject({
      method: 'POST',
      url: '/api/submissions',
      headers: session.auth,
      payload: { problem: 'two-sum', code: 'def two_sum(nums, target):\n    return [0, 1]\n', language: 'python' },
    });
    expect(submitted.statusCode).toBe(201);
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    // Every registered metric has a TYPE line, even before its first observation.
    exported = new Map([...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => [m[1], m[2]]));
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('reads the metric names out of PromQL', () => {
    expect(metricNames('histogram_quantile(0.95, sum by (route, le) (rate(http_request_duration_seconds_bucket{status=~"5.."}[$__rate_interval])))')).toEqual([
      'http_request_duration_seconds_bucket',
    ]);
    expect(metricNames('sum(rate(a_total{x="b"}[5m])) / ignoring(outcome) group_left sum(rate(c_total[5m]))')).toEqual(['a_total', 'c_total']);
    expect(metricNames('max(process_resident_memory_bytes) / 1e9')).toEqual(['process_resident_memory_bytes']);
  });

  it('queries only metrics that the app exports', () => {
    const seriesOf = (name: string) => {
      const base = name.replace(/_(bucket|sum|count)$/, '');
      if (base !== name && exported.get(base) === 'histogram') return base;
      return exported.has(name) ? name : null;
    };
    const missing: string[] = [];
    let queried = 0;
    for (const { file, json } of dashboards()) {
      for (const panel of allPanels(json.panels)) {
        for (const target of panel.targets ?? []) {
          for (const name of metricNames(target.expr ?? '')) {
            queried++;
            if (!seriesOf(name)) missing.push(`${file} "${panel.title}": ${name}`);
          }
        }
      }
    }
    expect(queried).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('covers what the operators asked for', () => {
    const titles = dashboards().flatMap(({ json }) => allPanels(json.panels).map((panel) => panel.title.toLowerCase()));
    for (const wanted of [
      'request rate',
      'p95 latency',
      'errors',
      'submissions per hour',
      'verdict mix',
      'pattern mix',
      'judge0',
      'tokens',
      'cost',
      'fallback',
      'cache hit',
      'database query',
    ]) {
      expect(
        titles.some((title) => title.includes(wanted)),
        wanted,
      ).toBe(true);
    }
  });

  it('counts judged submissions by verdict and times the judge', () => {
    expect(exported.get('submissions_judged_total')).toBe('counter');
    expect(exported.get('judge_duration_seconds')).toBe('histogram');
  });

  it('is provisioned by docker-compose with Prometheus scraping every API replica', () => {
    const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), { merge: true });
    const { prometheus, grafana } = compose.services;
    expect(prometheus.volumes).toContain('./deploy/prometheus.yml:/etc/prometheus/prometheus.yml:ro');
    const scrape = parse(readFileSync(new URL('deploy/prometheus.yml', root), 'utf8'));
    // Docker's DNS lists every replica of a service under its name: each one is a target.
    type Job = { metrics_path?: string; dns_sd_configs?: Array<{ names: string[]; type: string; port: number }> };
    const targets = scrape.scrape_configs.flatMap((job: Job) =>
      (job.dns_sd_configs ?? []).flatMap((config) => config.names.map((name) => `${config.type} ${name}:${config.port}${job.metrics_path ?? '/metrics'}`)),
    );
    expect(targets).toContain('A api:8000/metrics');
    expect(compose.services.api.deploy.replicas).toBeGreaterThan(1);
    for (const volume of grafana.volumes as string[]) {
      const [source] = volume.split(':');
      if (source.startsWith('./')) expect(existsSync(new URL(source.slice(2), root)), volume).toBe(true);
    }
    const datasource = parse(readFileSync(new URL('deploy/grafana/provisioning/datasources/prometheus.yml', root), 'utf8'));
    expect(datasource.datasources[0].url).toBe('http://prometheus:9090');
    const uids = new Set(
      dashboards().flatMap(({ json }) => allPanels(json.panels).flatMap((panel) => (panel as { datasource?: { uid?: string } }).datasource?.uid ?? [])),
    );
    expect([...uids]).toEqual([datasource.datasources[0].uid]);
  });
});
