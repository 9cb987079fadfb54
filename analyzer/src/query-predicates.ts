// Text predicates (#eq?, #any-of?, #match?) evaluated on the copied tree. node-tree-sitter
// evaluates them in JavaScript by reading each captured node's text through the addon; here
// they are taken out of the query source once, at load, and checked against PyNode text, which
// is a plain string slice. The .scm files stay the single, readable source of both.
import type { PyNode } from './syntax.js';

export interface TextPredicate {
  op: 'eq?' | 'not-eq?' | 'any-of?' | 'not-any-of?' | 'match?' | 'not-match?';
  capture: string;
  /** Literal strings, or `@name` for another capture (eq? only). */
  args: string[];
}

export interface SplitQuery {
  /** The source without its text predicates. */
  source: string;
  /** Predicates of each top-level pattern, in order. */
  patterns: TextPredicate[][];
}

/** Splits a query source into top-level patterns and lifts their text predicates out. */
export function liftPredicates(source: string): SplitQuery {
  const patterns: TextPredicate[][] = [];
  let out = '';
  let depth = 0;
  let current: TextPredicate[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === ';') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += source.slice(i, stop);
      i = stop - 1;
      continue;
    }
    if (ch === '"') {
      const end = closingQuote(source, i);
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (ch === '(' && source[i + 1] === '#') {
      const end = closingParen(source, i);
      current.push(parsePredicate(source.slice(i + 1, end)));
      i = end;
      continue;
    }
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') {
      depth--;
      if (depth === 0) {
        patterns.push(current);
        current = [];
      }
    }
    out += ch;
  }
  return { source: out, patterns };
}

export function checkPredicates(predicates: readonly TextPredicate[], captures: Record<string, PyNode>): boolean {
  for (const p of predicates) {
    const node = captures[p.capture];
    if (!node) continue;
    const text = node.text;
    const values = p.args.map((a) => (a.startsWith('@') ? (captures[a.slice(1)]?.text ?? '\u0000') : a));
    let ok: boolean;
    switch (p.op) {
      case 'eq?':
      case 'not-eq?':
        ok = text === values[0];
        break;
      case 'any-of?':
      case 'not-any-of?':
        ok = values.includes(text);
        break;
      default:
        ok = new RegExp(values[0]).test(text);
    }
    if (p.op.startsWith('not-') ? ok : !ok) return false;
  }
  return true;
}

function parsePredicate(body: string): TextPredicate {
  const tokens = body.match(/"(?:[^"\\]|\\.)*"|[^\s()]+/g) ?? [];
  const [name = '', capture = '', ...args] = tokens;
  return {
    op: name.slice(1) as TextPredicate['op'],
    capture: capture.replace(/^@/, ''),
    args: args.map((a) => (a.startsWith('"') ? (JSON.parse(a) as string) : a)),
  };
}

function closingQuote(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '"') return i;
  }
  return source.length - 1;
}

function closingParen(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    if (source[i] === '"') i = closingQuote(source, i);
    else if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
  return source.length - 1;
}
