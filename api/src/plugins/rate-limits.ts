// Request budgets per caller: RATE_LIMIT_PER_MINUTE for every route, keyed by user when signed in
// (by IP otherwise); routes add their own tighter budgets with `config.rateLimit`. Counters live
// in Redis when it is configured so all instances share them; a Redis outage skips limiting
// rather than failing requests.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { tooManyRequests } from '../errors.js';

export async function rateLimitKey(request: FastifyRequest): Promise<string> {
  const identity = await request.identify().catch(() => ({ userId: null }));
  return identity.userId ? `user:${identity.userId}` : `ip:${request.ip}`;
}

export const rateLimitsPlugin = fp(async (app: FastifyInstance, opts: { config: Config; redis?: Redis }) => {
  await app.register(rateLimit, {
    global: true,
    max: opts.config.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: rateLimitKey,
    redis: opts.redis,
    nameSpace: 'cm:rate:',
    skipOnError: true,
    errorResponseBuilder: (_request, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return tooManyRequests('RATE_LIMITED', `too many requests: limit of ${context.max} per ${context.after}; retry in ${seconds} s`, seconds);
    },
  });
});
