// "Would this code pass?": runs a code block found in a model's answer against the problem's
// public tests, so a short but complete solution is caught even when it is only a line long.
import type { Judge } from '../judge/index.js';
import type { ProblemRegistry } from '../problems/index.js';

export function createSolutionProbe(judge: Judge, problems: ProblemRegistry) {
  return async (problemSlug: string, code: string): Promise<boolean> => {
    const problem = await problems.get(problemSlug);
    if (!problem) return false;
    // Checking a model's answer is part of feedback, which nobody's verdict waits for.
    const report = await judge.judge({ problem, code, scope: 'public', priority: 'background' });
    return report.verdict === 'accepted';
  };
}
