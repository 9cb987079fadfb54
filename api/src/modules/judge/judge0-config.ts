// The Judge0 backend's options from the configuration, or undefined when JUDGE0_URL is not set
// (the local runner then). Shared by the server and `codementor judge`, so both talk to Judge0
// the same way.
import type { Config } from '../../config.js';
import type { Judge0Options } from './judge0-executor.js';

export function judge0OptionsFrom(config: Config): Judge0Options | undefined {
  if (!config.JUDGE0_URL) return undefined;
  return {
    url: config.JUDGE0_URL,
    authToken: config.JUDGE0_AUTH_TOKEN,
    rapidApiKey: config.JUDGE0_RAPIDAPI_KEY,
    rapidApiHost: config.JUDGE0_RAPIDAPI_HOST,
    memoryMb: config.JUDGE_MEMORY_MB,
    requestTimeoutMs: config.JUDGE0_TIMEOUT_MS,
    maxRetries: config.JUDGE0_RETRIES,
    retryBaseMs: config.JUDGE0_RETRY_BACKOFF_MS,
    breakerThreshold: config.JUDGE0_BREAKER_THRESHOLD,
    breakerCoolDownMs: config.JUDGE0_BREAKER_COOLDOWN_MS,
    pollIntervalMs: config.JUDGE0_POLL_INTERVAL_MS,
    maxPollIntervalMs: config.JUDGE0_MAX_POLL_INTERVAL_MS,
    maxWaitMs: config.JUDGE0_MAX_WAIT_MS,
  };
}
