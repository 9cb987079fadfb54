// PostgreSQL refuses U+0000 in text and in jsonb strings. Request bodies are checked by their
// schemas (a 400); what the learner's code produced (printed output, returned values, exception
// messages, findings quoting them) is stored with each NUL replaced by U+FFFD, so printing
// chr(0) is an ordinary wrong answer, not a failed insert.

/** `value` with U+0000 replaced by U+FFFD in every string and object key, at any depth. */
export function withoutNul<T>(value: T): T {
  return replaceNul(value) as T;
}

function replaceNul(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
  if (Array.isArray(value)) return value.map(replaceNul);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[replaceNul(key) as string] = replaceNul(item);
  return copy;
}
