// Stress-test shrinking: given an input (the argument list) on which a submission and the
// reference disagree, propose smaller inputs to try next, smallest first. The caller keeps the
// first candidate that still disagrees and shrinks again until nothing smaller disagrees.
// Pure: no running happens here.

const MAX_CANDIDATES = 64;

export function shrinkInput(args: readonly unknown[]): unknown[][] {
  const candidates: unknown[][] = [];
  const seen = new Set<string>([JSON.stringify(args)]);
  const add = (candidate: unknown[]): void => {
    const key = JSON.stringify(candidate);
    if (!seen.has(key) && candidates.length < MAX_CANDIDATES) {
      seen.add(key);
      candidates.push(candidate);
    }
  };
  args.forEach((arg, i) => {
    for (const smaller of shrinkValue(arg)) add(args.map((a, j) => (j === i ? smaller : a)));
  });
  return candidates.sort((a, b) => sizeOf(a) - sizeOf(b));
}

/** Smaller versions of one value: empty, halves, one element removed, elements shrunk. */
export function shrinkValue(value: unknown): unknown[] {
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    const out: unknown[] = [];
    if (list.length === 0) return out;
    out.push([]);
    if (list.length > 1) {
      const half = Math.ceil(list.length / 2);
      out.push(list.slice(0, half), list.slice(half));
    }
    for (let i = 0; i < list.length && i < 16; i++) out.push([...list.slice(0, i), ...list.slice(i + 1)]);
    for (let i = 0; i < list.length && i < 8; i++) {
      for (const smaller of shrinkValue(list[i]).slice(0, 2)) out.push(list.map((v, j) => (j === i ? smaller : v)));
    }
    return out;
  }
  if (typeof value === 'string') {
    if (value.length === 0) return [];
    const out: string[] = [''];
    if (value.length > 1) out.push(value.slice(0, Math.ceil(value.length / 2)), value.slice(Math.ceil(value.length / 2)));
    for (let i = 0; i < value.length && i < 16; i++) out.push(value.slice(0, i) + value.slice(i + 1));
    return out;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value !== 0) {
    const out = [0, Math.trunc(value / 2)];
    if (value < 0) out.push(-value);
    out.push(value > 0 ? value - 1 : value + 1);
    return [...new Set(out)].filter((v) => Math.abs(v) < Math.abs(value) || (v > 0 && value < 0 && v === -value));
  }
  return [];
}

function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v) => n + sizeOf(v), 0);
  if (typeof value === 'string') return 1 + value.length;
  if (typeof value === 'number') return 1 + Math.log2(1 + Math.abs(value));
  return 1;
}

/** The kinds of edge an input shows, for tagging a shrunk stress failure. */
export function edgeKindsOf(args: readonly unknown[]): string[] {
  const kinds = new Set<string>();
  for (const arg of args) {
    if ((Array.isArray(arg) || typeof arg === 'string') && arg.length === 0) kinds.add('edge:empty');
    if ((Array.isArray(arg) || typeof arg === 'string') && arg.length === 1) kinds.add('edge:single');
    if (Array.isArray(arg)) {
      const flat = arg.map((v) => JSON.stringify(v));
      if (new Set(flat).size < flat.length) kinds.add('edge:duplicates');
      if (arg.some((v) => typeof v === 'number' && v < 0)) kinds.add('edge:negative');
      if (arg.some((v) => v === 0)) kinds.add('edge:zero');
    }
    if (typeof arg === 'number' && arg < 0) kinds.add('edge:negative');
    if (arg === 0) kinds.add('edge:zero');
    if (typeof arg === 'string' && /[^\p{ASCII}]/u.test(arg)) kinds.add('edge:unicode');
  }
  return [...kinds].sort();
}
