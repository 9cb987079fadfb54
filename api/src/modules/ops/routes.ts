import type { FastifyInstance } from 'fastify';
import { registry } from '../../metrics.js';
import { healthSchema, metricsSchema, readySchema } from './schemas.js';

export async function opsRoutes(app: FastifyInstance) {
  app.get('/health', { schema: healthSchema, config: { rateLimit: false } }, async () => ({
    status: 'ok',
    uptimeSeconds: Math.round(process.uptime()),
  }));

  app.get('/ready', { schema: readySchema, config: { rateLimit: false } }, async (_request, reply) => {
    const entries = await Promise.all(
      [...app.readinessChecks].map(async ([name, check]) => {
        const started = performance.now();
        const ok = await withTimeout(check.ping(), 3000).catch(() => false);
        const latencyMs = Math.round((performance.now() - started) * 10) / 10;
        return [name, { ok, kind: check.kind, ...(check.boundary ? { boundary: check.boundary } : {}), latencyMs }] as const;
      }),
    );
    const ready = entries.every(([, result]) => result.ok);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', checks: Object.fromEntries(entries) });
  });

  app.get('/metrics', { schema: metricsSchema, config: { rateLimit: false } }, async (_request, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
