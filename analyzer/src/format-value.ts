// A value from a test (JSON: lists, dicts, strings, numbers, booleans, null) written as Python
// would print it, cut to a readable length: messages quote inputs in the learner's language.

/** `[1, 2, 3]`, `{"a": True}`, `None`; longer than `limit` characters, cut with `...`. */
export function formatValue(value: unknown, limit = 40): string {
  const text = toPython(value);
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

function toPython(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toPython).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${JSON.stringify(k)}: ${toPython(v)}`)
      .join(', ')}}`;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  // Not a JSON value (a function or a symbol): there is no Python spelling, so name its kind.
  return `<${typeof value}>`;
}
