// The detectors' tree-sitter queries, matched in JavaScript on the copied tree. Running them
// natively costs as much as parsing (the query cursor walks the whole tree and every captured
// node is marshalled back); this engine reads the same .scm sources, indexes patterns by the
// type of their outer node, and visits each node once. It covers what our queries use: node
// types, fields, token strings, `_`, `[...]` alternatives, `.` anchors, captures and text
// predicates (no quantifiers). A test checks it finds what tree-sitter finds on every fixture.
import { checkPredicates, liftPredicates, type TextPredicate } from './query-predicates.js';
import type { PyNode } from './syntax.js';

type Pattern =
  | { kind: 'node'; type: string | null; steps: Step[]; anchoredEnd: boolean; captures: string[] } // null: (_)
  | { kind: 'token'; text: string; captures: string[] }
  | { kind: 'any'; captures: string[] }
  | { kind: 'alt'; options: Pattern[]; captures: string[] };

/** One child pattern; `anchored`: it must be the next named child after the previous step. */
interface Step {
  field: string | null;
  pattern: Pattern;
  anchored: boolean;
}

type Child = { anchor: true } | { anchor: false; field: string | null; pattern: Pattern };

export interface CompiledPattern {
  index: number;
  pattern: Pattern;
  predicates: TextPredicate[];
}

export type Captures = Record<string, PyNode>;

/** Captured (name, node) pairs so far; failed attempts truncate it back (no copying). */
type Trail = Array<[string, PyNode]>;

/** Parses query sources (in order); pattern indices run across all of them, like tree-sitter's. */
export function compilePatterns(sources: string[]): CompiledPattern[] {
  const out: CompiledPattern[] = [];
  for (const source of sources) {
    const split = liftPredicates(source);
    const reader = new Reader(split.source);
    let i = 0;
    for (let pattern = reader.pattern(); pattern; pattern = reader.pattern()) {
      out.push({ index: out.length, pattern, predicates: split.patterns[i++] ?? [] });
    }
  }
  return out;
}

const indexes = new WeakMap<CompiledPattern[], Map<string, CompiledPattern[]>>();

/** Every match, in document order of the matched outer node; the first way a pattern fits a node. */
export function matchAll(root: PyNode, patterns: CompiledPattern[]): Array<{ pattern: number; captures: Captures }> {
  let byType = indexes.get(patterns);
  if (!byType) {
    byType = new Map();
    for (const p of patterns) {
      if (p.pattern.kind !== 'node' || p.pattern.type === null) throw new Error('query: every pattern must start with a typed node');
      byType.set(p.pattern.type, [...(byType.get(p.pattern.type) ?? []), p]);
    }
    indexes.set(patterns, byType);
  }
  const index = byType;
  const results: Array<{ pattern: number; captures: Captures }> = [];
  const trail: Trail = [];
  const visit = (node: PyNode): void => {
    const candidates = index.get(node.type);
    if (candidates) {
      for (const p of candidates) {
        trail.length = 0;
        if (!matchNode(p.pattern, node, trail)) continue;
        const captures: Captures = {};
        for (const [name, n] of trail) captures[name] = n;
        if (checkPredicates(p.predicates, captures)) results.push({ pattern: p.index, captures });
      }
    }
    for (const c of node.children) visit(c);
  };
  visit(root);
  return results;
}

function matchNode(p: Pattern, node: PyNode, trail: Trail): boolean {
  const mark = trail.length;
  let ok: boolean;
  switch (p.kind) {
    case 'any':
      ok = true;
      break;
    case 'token':
      ok = !node.named && node.type === p.text;
      break;
    case 'alt':
      ok = false;
      for (const o of p.options) {
        if (matchNode(o, node, trail)) {
          ok = true;
          break;
        }
        trail.length = mark;
      }
      break;
    case 'node':
      ok = node.named && (p.type === null || node.type === p.type) && matchSteps(p, node.children, trail, 0, 0, -1);
      break;
  }
  if (!ok) {
    trail.length = mark;
    return false;
  }
  for (const name of p.captures) trail.push([name, node]);
  return true;
}

/** Child patterns in order against distinct children, honouring `.` anchors (named siblings). */
function matchSteps(p: Extract<Pattern, { kind: 'node' }>, children: PyNode[], trail: Trail, k: number, from: number, previous: number): boolean {
  if (k === p.steps.length) {
    if (!p.anchoredEnd) return true;
    for (let j = previous + 1; j < children.length; j++) if (children[j].named) return false;
    return true;
  }
  const step = p.steps[k];
  for (let j = from; j < children.length; j++) {
    const child = children[j];
    if (step.anchored && child.named) {
      // The next named child must be this one: no named sibling may be skipped.
      let skipped = false;
      for (let m = previous + 1; m < j; m++) if (children[m].named) skipped = true;
      if (skipped) return false;
    } else if (step.anchored && step.pattern.kind !== 'token') {
      continue;
    }
    if (step.field !== null && child.field !== step.field) continue;
    const mark = trail.length;
    if (matchNode(step.pattern, child, trail) && matchSteps(p, children, trail, k + 1, j + 1, j)) return true;
    trail.length = mark;
  }
  return false;
}

function toSteps(children: Child[]): { steps: Step[]; anchoredEnd: boolean } {
  const steps: Step[] = [];
  let anchorPending = false;
  for (const c of children) {
    if (c.anchor) anchorPending = true;
    else {
      steps.push({ field: c.field, pattern: c.pattern, anchored: anchorPending });
      anchorPending = false;
    }
  }
  return { steps, anchoredEnd: anchorPending && children.length > 0 };
}

/** A small reader for the S-expression syntax of tree-sitter queries. */
class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  pattern(): Pattern | null {
    this.skip();
    if (this.i >= this.s.length) return null;
    const ch = this.s[this.i];
    let p: Pattern;
    if (ch === '(') {
      this.i++;
      this.skip();
      const type = this.word();
      const children: Child[] = [];
      for (this.skip(); this.s[this.i] !== ')'; this.skip()) {
        if (this.s[this.i] === '.') {
          this.i++;
          children.push({ anchor: true });
          continue;
        }
        const start = this.i;
        const word = /[a-z_]/.test(this.s[this.i]) ? this.word() : '';
        this.skip();
        if (word && this.s[this.i] === ':') {
          this.i++;
          children.push({ anchor: false, field: word, pattern: this.required() });
        } else {
          this.i = start;
          children.push({ anchor: false, field: null, pattern: this.required() });
        }
      }
      this.i++;
      p = { kind: 'node', type: type === '_' ? null : type, ...toSteps(children), captures: [] };
    } else if (ch === '[') {
      this.i++;
      const options: Pattern[] = [];
      for (this.skip(); this.s[this.i] !== ']'; this.skip()) options.push(this.required());
      this.i++;
      p = { kind: 'alt', options, captures: [] };
    } else if (ch === '"') {
      const end = this.s.indexOf('"', this.i + 1);
      p = { kind: 'token', text: JSON.parse(this.s.slice(this.i, end + 1)) as string, captures: [] };
      this.i = end + 1;
    } else if (ch === '_') {
      this.i++;
      p = { kind: 'any', captures: [] };
    } else {
      throw new Error(`query: unexpected "${ch}" at ${this.i}`);
    }
    for (this.skip(); this.s[this.i] === '@'; this.skip()) {
      this.i++;
      p.captures.push(this.word());
    }
    return p;
  }

  private required(): Pattern {
    const p = this.pattern();
    if (!p) throw new Error('query: pattern expected');
    return p;
  }

  private word(): string {
    const m = /^[A-Za-z0-9_.-]+/.exec(this.s.slice(this.i));
    if (!m) throw new Error(`query: name expected at ${this.i}`);
    this.i += m[0].length;
    return m[0];
  }

  private skip(): void {
    while (this.i < this.s.length) {
      const ch = this.s[this.i];
      if (ch === ';') {
        const end = this.s.indexOf('\n', this.i);
        this.i = end === -1 ? this.s.length : end + 1;
      } else if (/\s/.test(ch)) this.i++;
      else break;
    }
  }
}
