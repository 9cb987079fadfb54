// Operations endpoints: liveness, readiness with each dependency's state, Prometheus metrics.
export const healthSchema = {
  tags: ['ops'],
  summary: 'Liveness: the process is up',
  response: {
    200: { type: 'object', required: ['status'], properties: { status: { type: 'string' }, uptimeSeconds: { type: 'number' } } },
  },
} as const;

const dependency = {
  type: 'object',
  required: ['ok', 'kind'],
  properties: {
    ok: { type: 'boolean' },
    kind: { type: 'string' },
    boundary: { type: 'string', description: "the executor's: what contains learner code (bubblewrap+seccomp, judge0, none)" },
    latencyMs: { type: 'number' },
  },
} as const;

const readiness = {
  type: 'object',
  required: ['status', 'checks'],
  properties: {
    status: { type: 'string', enum: ['ready', 'unavailable'] },
    checks: { type: 'object', additionalProperties: dependency },
  },
} as const;

export const readySchema = {
  tags: ['ops'],
  summary: 'Readiness: database, cache and code executor reachable',
  response: { 200: readiness, 503: readiness },
} as const;

export const metricsSchema = {
  tags: ['ops'],
  summary: 'Prometheus metrics in the text exposition format',
  produces: ['text/plain'],
  response: { 200: { type: 'string' } },
} as const;
