// How feedback in progress reaches a stream opened on another process. The process that
// generates a submission's feedback claims it (one generation at a time, whichever replica
// asks first), and publishes every event, numbered; a stream elsewhere subscribes, reads what
// was published before it came, then follows the live events to the final one. `analyzed`
// tells streams waiting for the findings that they are final. In one process the bus is a
// plain event emitter; with Redis it is pub/sub plus a short-lived list per submission (the
// history a late subscriber needs), so any replica serves any learner.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { FeedbackEvent } from './feedback-types.js';

/** A generation's event, numbered from 1 in publishing order; or the news that the findings are final. */
export type BusMessage = { seq: number; event: FeedbackEvent } | { analyzed: true };

export interface Subscription extends AsyncIterable<BusMessage> {
  /** Messages published before the subscription, then live ones (each once, in order). */
  close(): void;
}

export interface FeedbackBus {
  /** True when this process may generate the submission's feedback (no one else is). */
  claim(submissionId: string, ttlSeconds: number): Promise<boolean>;
  /** Extends this process's claim while it generates; a claimant that died lets it expire. */
  renew(submissionId: string, ttlSeconds: number): Promise<void>;
  release(submissionId: string): Promise<void>;
  publish(submissionId: string, event: FeedbackEvent): Promise<void>;
  /** Tells waiting streams that the submission's findings are final. */
  announceAnalyzed(submissionId: string): Promise<void>;
  subscribe(submissionId: string): Promise<Subscription>;
  close(): Promise<void>;
}

/** How long a submission's published events are kept for late subscribers. */
const HISTORY_SECONDS = 600;

/** Delivers messages pushed by `listen` in order, after a starting history, skipping repeats. */
function queueSubscription(history: BusMessage[], listen: (deliver: (m: BusMessage) => void) => () => void): Subscription {
  const queue: BusMessage[] = [...history];
  let lastSeq = 0;
  let closed = false;
  let wake: (() => void) | null = null;
  const stop = listen((message) => {
    queue.push(message);
    wake?.();
  });
  const close = () => {
    if (closed) return;
    closed = true;
    stop();
    wake?.();
  };
  return {
    close,
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          while (queue.length > 0) {
            const message = queue.shift()!;
            if ('seq' in message) {
              if (message.seq <= lastSeq) continue; // seen in the history already
              lastSeq = message.seq;
            }
            yield message;
          }
          if (closed) return;
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
      } finally {
        close();
      }
    },
  };
}

export function createLocalFeedbackBus(): FeedbackBus {
  const emitter = new EventEmitter().setMaxListeners(0);
  const claimed = new Set<string>();
  const history = new Map<string, BusMessage[]>();
  const nextSeq = (id: string) => (history.get(id)?.length ?? 0) + 1;
  const record = (id: string, message: BusMessage) => {
    const list = history.get(id) ?? [];
    list.push(message);
    history.set(id, list);
    setTimeout(() => history.delete(id), HISTORY_SECONDS * 1000).unref();
    emitter.emit(id, message);
  };
  return {
    async claim(id) {
      if (claimed.has(id)) return false;
      claimed.add(id);
      history.delete(id); // a new generation: what an earlier one published is not its story
      return true;
    },
    async renew() {
      // In one process a claim lasts as long as its generation.
    },
    async release(id) {
      claimed.delete(id);
    },
    async publish(id, event) {
      record(id, { seq: nextSeq(id), event });
    },
    async announceAnalyzed(id) {
      emitter.emit(id, { analyzed: true } satisfies BusMessage);
    },
    async subscribe(id) {
      return queueSubscription(history.get(id) ?? [], (deliver) => {
        emitter.on(id, deliver);
        return () => emitter.off(id, deliver);
      });
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

const channelOf = (id: string) => `cm:feedback:${id}`;
const historyOf = (id: string) => `cm:feedback-events:${id}`;
const claimOf = (id: string) => `cm:feedback-claim:${id}`;

/** `redis` publishes and stores; a duplicate connection subscribes (a subscribed connection can do nothing else). */
// A claim holds this process's token, so only its holder extends or releases it.
const RENEW_IF_MINE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('expire', KEYS[1], ARGV[2]) end return 0";
const RELEASE_IF_MINE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

export function createRedisFeedbackBus(redis: Redis): FeedbackBus {
  const token = randomUUID();
  const subscriber = redis.duplicate();
  const listeners = new Map<string, Set<(m: BusMessage) => void>>();
  subscriber.on('message', (channel: string, text: string) => {
    let message: BusMessage;
    try {
      message = JSON.parse(text) as BusMessage;
    } catch {
      return;
    }
    for (const deliver of listeners.get(channel) ?? []) deliver(message);
  });
  subscriber.on('error', () => undefined); // reconnects by itself; streams fall back to the database

  return {
    async claim(id, ttlSeconds) {
      const won = (await redis.set(claimOf(id), token, 'EX', ttlSeconds, 'NX')) === 'OK';
      if (won) await redis.del(historyOf(id));
      return won;
    },
    async renew(id, ttlSeconds) {
      await redis.eval(RENEW_IF_MINE, 1, claimOf(id), token, String(ttlSeconds));
    },
    async release(id) {
      await redis.eval(RELEASE_IF_MINE, 1, claimOf(id), token);
    },
    async publish(id, event) {
      // The number comes from the list's length after the push: atomic, so every process agrees.
      const seq = await redis.rpush(historyOf(id), JSON.stringify({ event }));
      await redis.expire(historyOf(id), HISTORY_SECONDS);
      await redis.publish(channelOf(id), JSON.stringify({ seq, event } satisfies BusMessage));
    },
    async announceAnalyzed(id) {
      await redis.publish(channelOf(id), JSON.stringify({ analyzed: true } satisfies BusMessage));
    },
    async subscribe(id) {
      const channel = channelOf(id);
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        await subscriber.subscribe(channel);
      }
      const own = set;
      // Subscribed first, then the history: nothing published in between is lost (repeats are skipped).
      const pending: BusMessage[] = [];
      const early = (message: BusMessage) => pending.push(message);
      own.add(early);
      const stored = await redis.lrange(historyOf(id), 0, -1);
      own.delete(early);
      const history: BusMessage[] = stored.map((text, i) => ({ seq: i + 1, ...(JSON.parse(text) as { event: FeedbackEvent }) }));
      return queueSubscription([...history, ...pending], (deliver) => {
        own.add(deliver);
        return () => {
          own.delete(deliver);
          if (own.size === 0) {
            listeners.delete(channel);
            void subscriber.unsubscribe(channel).catch(() => undefined);
          }
        };
      });
    },
    async close() {
      listeners.clear();
      subscriber.disconnect();
    },
  };
}
