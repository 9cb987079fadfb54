// Small formatting helpers shared by the pages.
import type { Verdict } from '../types/api';

// The server shortens huge values to their start and a note: shown as they are, not quoted.
const SHORTENED = /\.\.\. \([\d,]+ (items|characters|characters of JSON), omitted\)$/;

/** A test value as Python would print it (the learner writes Python): [1, 2], None, True. */
export function pythonRepr(value: unknown, budget = 10_000): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string' && SHORTENED.test(value)) return value;
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan';
  if (Array.isArray(value)) {
    const parts: string[] = [];
    let used = 2;
    for (const item of value) {
      if (used > budget) {
        parts.push('…');
        break;
      }
      const text = pythonRepr(item, budget - used);
      parts.push(text);
      used += text.length + 2;
    }
    return `[${parts.join(', ')}]`;
  }
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => `${JSON.stringify(key)}: ${pythonRepr(item, budget)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'bigint') return value.toString();
  // Nothing else comes out of JSON: a symbol or a function at most, named by its kind.
  return `<${typeof value}>`;
}

export function formatValue(value: unknown, maxLength = 160): string {
  if (value === undefined) return '—';
  const text = pythonRepr(value, maxLength * 2);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** A test's arguments as `name = value` pairs when the parameter names are known. */
export function formatArguments(input: unknown, params: string[] = [], maxLength = 160): string {
  if (!Array.isArray(input)) return formatValue(input, maxLength);
  const parts = input.map((arg, index) => (params[index] ? `${params[index]} = ${formatValue(arg, maxLength)}` : formatValue(arg, maxLength)));
  const text = parts.join(', ');
  return text.length > maxLength * 2 ? `${text.slice(0, maxLength * 2 - 1)}…` : text;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms)} ms`;
}

export function titleCase(text: string): string {
  return text.replace(/[-_]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

// Keyed by the server's verdicts: the compiler checks every one has a label.
const VERDICTS: Record<Verdict, string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  runtime_error: 'Runtime error',
  time_limit_exceeded: 'Time limit exceeded',
  memory_limit_exceeded: 'Memory limit exceeded',
  output_limit_exceeded: 'Output limit exceeded',
  syntax_error: 'Syntax error',
  rejected: 'Rejected',
};

export function verdictLabel(verdict: Verdict | null | undefined): string {
  return verdict ? VERDICTS[verdict] : 'Pending';
}
