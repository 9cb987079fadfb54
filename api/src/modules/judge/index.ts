// The judge's public surface for the other modules (the lint rule import-x/no-restricted-paths
// lets them import only this file). The judge registers no routes: app.ts builds it with
// createJudge and hands it to the modules that run code; see README.md for the flow.
export { valuesMatch } from './comparators.js';
export { normalizeCode } from './code-fingerprint.js';
export type { GrowthRequest } from './growth.js';
export { HARNESS_PATH, encodeJob, newNonce, parseRecord } from './harness-protocol.js';
export { createJudge, localPythonOf, type Judge } from './judge.js';
export { DEFAULT_LIMITS } from './local-runner.js';
export { withTestData } from './report-test-data.js';
export { ThreadedRunner } from './threaded-runner.js';
export { TrustedRunner, type TrustedBatchRunner } from './trusted-runner.js';
export { VERDICTS, makesAnalysisRuns, type JudgePriority, type JudgeReport, type TestError, type TestReport, type Verdict } from './types.js';
export { buildReport } from './verdicts.js';
