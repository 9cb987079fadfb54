import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { JudgeOutput } from '../../../types/api';

export interface CodeInput {
  problem: string;
  code: string;
  /** The learner's own inputs, run instead of the public tests. */
  inputs?: string[];
}

/** Runs the public tests (or the given inputs) only; nothing is recorded. */
export function runCode(input: CodeInput): Promise<JudgeOutput> {
  return apiRequest<JudgeOutput>('/api/run', { method: 'POST', body: { ...input, language: 'python' } });
}

export function useRunCode() {
  return useMutation({ mutationFn: runCode });
}
