// No Docker engine runs here, so the production stack is checked by reading it: every variable
// the app reads is provided, the services it needs exist, and the URLs point at them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, VARIABLES } from '../../api/src/config.js';

const root = new URL('../../', import.meta.url);
// `merge`: the services share one environment through a YAML merge key, as docker compose reads it.
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), { merge: true });
const judge0Conf = Object.fromEntries(
  readFileSync(new URL('deploy/judge0.conf', root), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_0-9]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);
const app = compose.services.api;
const worker = compose.services.worker;

/** Resolves compose's `${NAME:-default}` the way docker compose does with NAME unset. */
const withDefaults = (value: unknown) =>
  (value == null ? '' : typeof value === 'string' ? value : JSON.stringify(value)).replace(/\$\{[A-Z_0-9]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('provides every variable the app reads', () => {
    const provided = Object.keys(app.environment);
    expect(provided.sort()).toEqual(expect.arrayContaining(Object.keys(VARIABLES).sort()));
    for (const name of provided) expect(Object.keys(VARIABLES)).toContain(name);
  });

  it('gives the app a configuration that passes its own validation', () => {
    const env = Object.fromEntries(Object.entries(app.environment).map(([name, value]) => [name, withDefaults(value)]));
    const config = loadConfig(env);
    expect(config.NODE_ENV).toBe('production');
    expect(config.DATABASE_URL).toBeDefined();
    expect(config.REDIS_URL).toBeDefined();
    expect(config.JUDGE0_URL).toBeDefined();
  });

  it('runs two API replicas behind the proxy and workers for the analysis queue, from one environment', () => {
    expect(app.deploy.replicas).toBe(2);
    expect(app.ports).toBeUndefined(); // only the proxy publishes a port
    expect(compose.services.proxy.ports).toEqual(['${PORT:-8000}:8080']);
    expect(readFileSync(new URL('deploy/nginx.conf', root), 'utf8')).toMatch(/server api:8000 resolve;/);
    expect(withDefaults(app.environment.RUN_JOBS)).toBe('false');
    expect(worker.command).toEqual(['node', 'bin/codementor.js', 'worker']);
    expect(withDefaults(worker.environment.RUN_JOBS)).toBe('true');
    const { RUN_JOBS: _api, ...apiEnv } = app.environment;
    const { RUN_JOBS: _worker, ...workerEnv } = worker.environment;
    expect(workerEnv).toEqual(apiEnv);
    expect(loadConfig(Object.fromEntries(Object.entries(worker.environment).map(([k, v]) => [k, withDefaults(v)]))).REDIS_URL).toBeDefined();
  });

  it('has every service the app needs, each URL pointing at one of them', () => {
    const services = Object.keys(compose.services);
    expect(services).toEqual(
      expect.arrayContaining(['api', 'worker', 'proxy', 'postgres', 'redis', 'judge0-server', 'judge0-workers', 'judge0-db', 'judge0-redis']),
    );
    const hostOf = (name: string) => new URL(withDefaults(app.environment[name])).hostname;
    expect(hostOf('DATABASE_URL')).toBe('postgres');
    expect(hostOf('REDIS_URL')).toBe('redis');
    expect(hostOf('JUDGE0_URL')).toBe('judge0-server');
    expect(new URL(withDefaults(app.environment.JUDGE0_URL)).port).toBe('2358');
    expect(Object.keys(app.depends_on)).toEqual(expect.arrayContaining(['postgres', 'redis', 'judge0-server']));
  });

  it('runs PostgreSQL 15, Redis 7 and Judge0 CE 1.13.1 (never <= 1.13.0)', () => {
    expect(compose.services.postgres.image).toMatch(/^postgres:15/);
    expect(compose.services.redis.image).toMatch(/^redis:7/);
    for (const name of ['judge0-server', 'judge0-workers']) {
      expect(compose.services[name].image).toBe('judge0/judge0:1.13.1');
      expect(compose.services[name].privileged).toBe(true);
      expect(compose.services[name].volumes).toContain('./deploy/judge0.conf:/judge0.conf:ro');
    }
    expect(compose.services['judge0-workers'].command).toEqual(['./scripts/workers']);
  });

  it('wires Judge0 to its own database and Redis, with the token the app sends', () => {
    expect(judge0Conf.POSTGRES_HOST).toBe('judge0-db');
    expect(judge0Conf.REDIS_HOST).toBe('judge0-redis');
    expect(judge0Conf.POSTGRES_PASSWORD).toBeTruthy();
    expect(judge0Conf.REDIS_PASSWORD).toBeTruthy();
    expect(judge0Conf.ENABLE_NETWORK).toBe('false');
    expect(withDefaults(compose.services['judge0-server'].environment.AUTHN_TOKEN)).toBe(withDefaults(app.environment.JUDGE0_AUTH_TOKEN));
  });

  it('builds the app from a Dockerfile that runs the compiled server', () => {
    const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
    expect(app.build).toBe('.');
    expect(dockerfile).toMatch(/CMD \["node", "bin\/codementor.js", "serve"\]/);
    expect(dockerfile).toMatch(/python3/);
    // The runtime image carries what the server reads at run time.
    for (const folder of ['dist', 'migrations', 'problems', 'web/dist']) {
      expect(dockerfile).toContain(`COPY --from=build /app/${folder} ./${folder}`);
    }
  });
});
