// The API benchmark of `npm run bench`: autocannon against the problem list, a problem and the
// dashboard of one server, with GET /health of the same server measured in the same run as the
// ceiling (what Fastify and the app's hooks cost with no database, cache or auth work). The
// endpoints are measured in interleaved rounds and the median round kept, so a burst of
// other load on the machine does not land on one endpoint only.
import autocannon from 'autocannon';
import { quantile } from './report.js';

export interface EndpointFigures {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export interface ApiBenchOptions {
  baseUrl: string;
  token: string;
  endpoints: Array<{ name: string; path: string }>;
  secondsPerRound: number;
  rounds: number;
  connections: number;
}

function runOnce(url: string, token: string, seconds: number, connections: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, duration: seconds, connections, pipelining: 1, headers: { authorization: `Bearer ${token}` } }, (error, result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    );
  });
}

export async function benchmarkApi(options: ApiBenchOptions, progress: (line: string) => void): Promise<EndpointFigures[]> {
  const rounds = new Map<string, autocannon.Result[]>(options.endpoints.map((e) => [e.name, []]));
  // Warm-up: JIT, caches and the connection pool, not measured.
  for (const endpoint of options.endpoints) await runOnce(options.baseUrl + endpoint.path, options.token, 1, options.connections);
  for (let round = 1; round <= options.rounds; round++) {
    for (const endpoint of options.endpoints) {
      const result = await runOnce(options.baseUrl + endpoint.path, options.token, options.secondsPerRound, options.connections);
      rounds.get(endpoint.name)!.push(result);
      progress(
        `round ${round}/${options.rounds} ${endpoint.name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
      );
    }
  }
  return options.endpoints.map((endpoint) => {
    const results = rounds.get(endpoint.name)!;
    return {
      name: endpoint.name,
      path: endpoint.path,
      requestsPerSecond: quantile(
        results.map((r) => r.requests.average),
        0.5,
      ),
      p50Ms: quantile(
        results.map((r) => r.latency.p50),
        0.5,
      ),
      p99Ms: quantile(
        results.map((r) => r.latency.p99),
        0.5,
      ),
      non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
      errors: results.reduce((sum, r) => sum + r.errors, 0),
    };
  });
}
