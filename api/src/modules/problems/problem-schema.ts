// The shape of one problem folder (problems/README.md) and its validation at the edge:
// front matter and tests.json are checked field by field so a malformed problem fails with
// a message that names the file and the field, instead of misjudging submissions later.
import {
  parseProbeSpec,
  PATTERN_IDS,
  type PatternId,
  PROBE_NAMES,
  type ProbeSpec,
  SPACE_CLASSES,
  type SpaceClass,
  TIME_CLASSES,
  type TimeClass,
} from '../../../../analyzer/src/index.js';
import { isObject } from '../../is-object.js';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const CATEGORIES = ['arrays', 'strings', 'hash-maps'] as const;
export const COMPARATORS = ['exact', 'unordered', 'unordered-nested'] as const;
/** A hint ladder climbs from a nudge to the plan: fewer rungs teach nothing, more are the solution. */
const HINT_RUNGS = { min: 2, max: 4 } as const;

export type Difficulty = (typeof DIFFICULTIES)[number];
export type Category = (typeof CATEGORIES)[number];
export type ComparatorName = (typeof COMPARATORS)[number];

export interface ProblemMeta {
  slug: string;
  title: string;
  difficulty: Difficulty;
  category: Category;
  tags: string[];
  entryPoint: string;
  params: string[];
  comparator: ComparatorName;
  floatTolerance: number | null;
  inPlace: boolean;
  timeLimitMs: number;
  optimal: TimeClass;
  acceptable: TimeClass;
  /** Extra space of solution.py (input and output not counted). */
  optimalSpace: SpaceClass;
  /** The hint ladder offered before (and beside) feedback, from a nudge to the plan. */
  hints: string[];
  targetPatterns: PatternId[];
  /** Counterfactual probes run on a failing submission's tests (the analyzer's PROBE_NAMES); absent = none. */
  probes?: ProbeSpec[];
}

/** A test as written in tests.json: literal input, or a generator call. */
export interface TestSpec {
  id: string;
  input?: unknown[];
  generate?: { size: number; seed: number };
  expected?: unknown;
  hidden: boolean;
  tags: string[];
}

/** A test ready to judge: generated inputs and expected outputs are filled in. */
export interface ProblemTest {
  id: string;
  input: unknown[];
  expected: unknown;
  hidden: boolean;
  tags: string[];
  /** Present when the input came from generator.py. */
  generate?: { size: number; seed: number };
}

export interface Problem extends ProblemMeta {
  /** The statement in Markdown (the body of problem.md, without front matter). */
  statement: string;
  starterCode: string;
  solutionCode: string;
  /** explanation.md: why the reference solution works, shown after solving or on request. */
  explanation: string;
  tests: ProblemTest[];
  /** sha256 over the folder's files: the problem's version, part of result-cache keys. */
  contentHash: string;
  /** Absolute path of the problem's folder. */
  dir: string;
}

export class ProblemFormatError extends Error {
  constructor(
    readonly slug: string,
    readonly problems: string[],
  ) {
    super(`problem ${slug} is malformed: ${problems.join('; ')}`);
    this.name = 'ProblemFormatError';
  }
}

type Issues = string[];
type Obj = Record<string, unknown>;

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function oneOf<T extends string>(issues: Issues, m: Obj, key: string, allowed: readonly T[]): T {
  const v = m[key];
  if (typeof v !== 'string' || !allowed.includes(v as T)) issues.push(`${key} must be one of ${allowed.join(', ')}`);
  return v as T;
}

function text(issues: Issues, m: Obj, key: string, pattern?: RegExp): string {
  const v = m[key];
  if (typeof v !== 'string' || v.trim() === '') issues.push(`${key} must be a non-empty string`);
  else if (pattern && !pattern.test(v)) issues.push(`${key} has an invalid value "${v}"`);
  return v as string;
}

function list(issues: Issues, m: Obj, key: string): string[] {
  const v = m[key];
  if (!isStringList(v)) issues.push(`${key} must be a list of strings`);
  return v as string[];
}

/** Validates problem.md's front matter; `folderSlug` is the folder's name. */
export function parseProblemMeta(raw: unknown, folderSlug: string): ProblemMeta {
  const issues: Issues = [];
  if (!isObject(raw)) throw new ProblemFormatError(folderSlug, ['problem.md has no YAML front matter object']);
  const slug = text(issues, raw, 'slug', KEBAB);
  if (slug !== folderSlug) issues.push(`slug "${slug}" differs from the folder name "${folderSlug}"`);
  const timeLimitMs = raw.timeLimitMs;
  if (typeof timeLimitMs !== 'number' || !Number.isInteger(timeLimitMs) || timeLimitMs < 1 || timeLimitMs > 20_000) {
    issues.push('timeLimitMs must be an integer between 1 and 20000');
  }
  const tolerance = raw.floatTolerance ?? null;
  if (tolerance !== null && (typeof tolerance !== 'number' || !(tolerance >= 0))) {
    issues.push('floatTolerance must be a non-negative number');
  }
  const inPlace = raw.inPlace ?? false;
  if (typeof inPlace !== 'boolean') issues.push('inPlace must be true or false');
  const meta: ProblemMeta = {
    slug,
    title: text(issues, raw, 'title'),
    difficulty: oneOf(issues, raw, 'difficulty', DIFFICULTIES),
    category: oneOf(issues, raw, 'category', CATEGORIES),
    tags: list(issues, raw, 'tags'),
    entryPoint: text(issues, raw, 'entryPoint', IDENTIFIER),
    params: list(issues, raw, 'params'),
    comparator: oneOf(issues, raw, 'comparator', COMPARATORS),
    floatTolerance: tolerance as number | null,
    inPlace: inPlace as boolean,
    timeLimitMs: timeLimitMs as number,
    optimal: oneOf(issues, raw, 'optimal', TIME_CLASSES),
    acceptable: oneOf(issues, raw, 'acceptable', TIME_CLASSES),
    optimalSpace: oneOf(issues, raw, 'optimalSpace', SPACE_CLASSES),
    hints: parseHints(issues, raw.hints),
    targetPatterns: list(issues, raw, 'targetPatterns') as PatternId[],
  };
  for (const p of meta.targetPatterns ?? []) {
    if (!PATTERN_IDS.includes(p)) issues.push(`targetPatterns has an unknown pattern id "${p}"`);
  }
  meta.probes = parseProbes(issues, raw.probes ?? [], meta.params ?? []);
  if (issues.length > 0)
    throw new ProblemFormatError(
      folderSlug,
      issues.map((i) => `problem.md: ${i}`),
    );
  return meta;
}

function parseHints(issues: Issues, raw: unknown): string[] {
  if (!isStringList(raw) || raw.length < HINT_RUNGS.min || raw.length > HINT_RUNGS.max || raw.some((hint) => hint.trim() === '')) {
    issues.push(`hints must be a list of ${HINT_RUNGS.min} to ${HINT_RUNGS.max} non-empty strings, from a nudge to the plan`);
    return [];
  }
  return raw.map((hint) => hint.trim());
}

/** `probes: [sorted, k-mod-len(k)]`: names from the vocabulary, optionally pinned to a parameter. */
function parseProbes(issues: Issues, raw: unknown, params: string[]): ProbeSpec[] {
  if (!isStringList(raw)) {
    issues.push('probes must be a list of strings');
    return [];
  }
  const specs: ProbeSpec[] = [];
  for (const text of raw) {
    const spec = parseProbeSpec(text);
    if (!spec) issues.push(`probes has an unknown probe "${text}" (known: ${PROBE_NAMES.join(', ')})`);
    else if (spec.param !== null && Array.isArray(params) && !params.includes(spec.param)) issues.push(`probes: "${text}" names no parameter in params`);
    else specs.push(spec);
  }
  return specs;
}

/** Validates tests.json; ids must be unique, each test has `input` or `generate`. */
export function parseTestSpecs(raw: unknown, slug: string): TestSpec[] {
  const issues: Issues = [];
  if (!isObject(raw) || !Array.isArray(raw.tests)) throw new ProblemFormatError(slug, ['tests.json must be {"tests": [...]}']);
  const seen = new Set<string>();
  const specs = raw.tests.map((t, i): TestSpec => {
    const where = `tests.json test #${i + 1}`;
    if (!isObject(t)) {
      issues.push(`${where} is not an object`);
      return { id: `#${i + 1}`, hidden: false, tags: [] };
    }
    if (typeof t.id !== 'string' || t.id === '') issues.push(`${where}: id must be a non-empty string`);
    else if (seen.has(t.id)) issues.push(`${where}: duplicate id "${t.id}"`);
    else seen.add(t.id);
    const hasInput = 'input' in t;
    const generate = t.generate;
    if (hasInput === (generate !== undefined)) issues.push(`${where}: exactly one of input and generate is required`);
    if (hasInput && !Array.isArray(t.input)) issues.push(`${where}: input must be the list of arguments`);
    if (generate !== undefined) {
      const ok = isObject(generate) && Number.isInteger(generate.size) && Number.isInteger(generate.seed) && (generate.size as number) >= 0;
      if (!ok) issues.push(`${where}: generate must be {"size": int >= 0, "seed": int}`);
    }
    if (hasInput && !('expected' in t)) issues.push(`${where}: a literal test needs expected`);
    if (typeof t.hidden !== 'boolean') issues.push(`${where}: hidden must be true or false`);
    if (!isStringList(t.tags ?? [])) issues.push(`${where}: tags must be a list of strings`);
    return {
      id: t.id as string,
      input: t.input as unknown[] | undefined,
      generate: generate as TestSpec['generate'],
      expected: t.expected,
      hidden: t.hidden as boolean,
      tags: (t.tags ?? []) as string[],
    };
  });
  if (specs.length === 0) issues.push('tests.json has no tests');
  if (issues.length > 0) throw new ProblemFormatError(slug, issues);
  return specs;
}
