// The daily model budget. Before a call, the worst case it can cost (the prompt estimate plus the
// longest allowed answer) must fit beside today's recorded spend and the calls still in flight,
// so the day's spend never passes the budget. After a call, the tokens the API reports are priced
// and added to llm_usage in one atomic upsert, and to the metrics. Admission is serialised in
// this process so two requests cannot both take the last dollars.
import { eq, sql } from 'drizzle-orm';
import type { ModelPrice } from '../../config.js';
import { ConfigError } from '../../config.js';
import type { Database } from '../../db/client.js';
import { llmUsage } from '../../db/schema.js';
import { openaiCostUsdTotal, openaiTokensUsed } from './feedback-metrics.js';

export const WARN_SHARE = 0.75;

export interface BudgetOptions {
  db: Database;
  dailyUsd: number;
  prices: Record<string, ModelPrice>;
  /** Models that must have a price (the configured ones). */
  models: string[];
  maxOutputTokens: number;
  log: { warn(obj: object, msg: string): void };
  now?: () => Date;
}

export interface Usage {
  tokensIn: number;
  tokensOut: number;
}

/** A model call the budget let through; `finish` must be called once it is over. */
export interface Ticket {
  model: string;
  /** Records the call's usage (none for a call that failed before answering) and frees its reservation. */
  finish(usage: Usage | null): Promise<void>;
}

export interface Budget {
  /**
   * Lets a call through: `pick` receives `fits(model)` and names the model to use, or null.
   * Resolves to null when nothing was picked.
   */
  admit(promptTokens: number, pick: (fits: (model: string) => boolean) => string | null): Promise<Ticket | null>;
  costOf(model: string, usage: Usage): number;
  /** Recorded spend of today (UTC), in USD. */
  spentToday(): Promise<number>;
}

export function createBudget(options: BudgetOptions): Budget {
  const { db, dailyUsd, prices, log } = options;
  const now = options.now ?? (() => new Date());
  for (const model of options.models) {
    if (!prices[model]) throw new ConfigError('OPENAI_PRICES', `has no price for the model "${model}"`);
  }
  let reserved = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const warned = { day: '', exhaustedDay: '' };

  const today = () => now().toISOString().slice(0, 10);
  const costOf = (model: string, usage: Usage) => (usage.tokensIn * prices[model].input + usage.tokensOut * prices[model].output) / 1_000_000;

  async function spentOn(day: string): Promise<number> {
    const [row] = await db
      .select({ spent: sql<string>`coalesce(sum(${llmUsage.costUsd}), 0)::text` })
      .from(llmUsage)
      .where(eq(llmUsage.day, day));
    return Number(row?.spent ?? 0);
  }

  async function record(day: string, model: string, usage: Usage): Promise<void> {
    const cost = costOf(model, usage);
    await db
      .insert(llmUsage)
      .values({ day, model, requests: 1, tokensIn: usage.tokensIn, tokensOut: usage.tokensOut, costUsd: cost.toFixed(6) })
      .onConflictDoUpdate({
        target: [llmUsage.day, llmUsage.model],
        set: {
          requests: sql`${llmUsage.requests} + 1`,
          tokensIn: sql`${llmUsage.tokensIn} + excluded.tokens_in`,
          tokensOut: sql`${llmUsage.tokensOut} + excluded.tokens_out`,
          costUsd: sql`${llmUsage.costUsd} + excluded.cost_usd`,
        },
      });
    openaiTokensUsed.inc({ model, direction: 'input' }, usage.tokensIn);
    openaiTokensUsed.inc({ model, direction: 'output' }, usage.tokensOut);
    openaiCostUsdTotal.inc({ model }, cost);
  }

  async function admitNow(promptTokens: number, pick: (fits: (model: string) => boolean) => string | null): Promise<Ticket | null> {
    const day = today();
    const spent = (await spentOn(day)) + reserved;
    if (spent >= WARN_SHARE * dailyUsd && warned.day !== day) {
      warned.day = day;
      log.warn({ spentUsd: round(spent), budgetUsd: dailyUsd }, 'model feedback has used 75% of its daily budget');
    }
    const worstCase = (model: string) => costOf(model, { tokensIn: promptTokens, tokensOut: options.maxOutputTokens });
    const model = pick((candidate) => spent + worstCase(candidate) <= dailyUsd + 1e-9);
    if (!model) {
      if (warned.exhaustedDay !== day) {
        warned.exhaustedDay = day;
        log.warn({ spentUsd: round(spent), budgetUsd: dailyUsd }, 'daily model budget reached: rule-based feedback until tomorrow');
      }
      return null;
    }
    const hold = worstCase(model);
    reserved += hold;
    let finished = false;
    return {
      model,
      async finish(usage) {
        if (finished) return;
        finished = true;
        // Record before releasing: a check in between counts the call twice, never zero times.
        try {
          if (usage) await record(day, model, usage);
        } finally {
          reserved -= hold;
        }
      },
    };
  }

  return {
    admit(promptTokens, pick) {
      const turn = queue.then(() => admitNow(promptTokens, pick));
      queue = turn.catch(() => undefined);
      return turn;
    },
    costOf,
    spentToday: () => spentOn(today()),
  };
}

function round(usd: number): number {
  return Math.round(usd * 10_000) / 10_000;
}
