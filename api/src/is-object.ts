// One check for "a plain JSON object" shared by everything that reads untyped values back
// (stored jsonb, problem front matter, a submission's stored input).

/** True for `{...}`: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
