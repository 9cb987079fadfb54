// The analysis module's public surface for the other modules (import-x/no-restricted-paths lets
// them import only this file). It registers no routes: the submissions module runs the analysis
// after judging.
export { confirmVerdict, findPatterns, usesExtraRuns } from './analyze-submission.js';
export type { SubmissionAnalysis } from './analyze-submission.js';
