// `codementor analyze FILE.py [--json] [--entry NAME]`: static analysis of one file, no problem
// needed. With --json, standard output holds exactly one JSON document; otherwise a readable
// report. Exit status 0 whenever the analysis ran (whatever it found), 2 for bad usage or an
// unreadable file, 1 when the analyzer itself failed.
import { readFile } from 'node:fs/promises';
import { analyze, type AnalyzeResult } from '../../analyzer/src/index.js';
import { terminalJson, terminalText } from './terminal-text.js';

const USAGE = 'usage: codementor analyze FILE.py [--json] [--entry NAME]';

export async function runAnalyzeCommand(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const entryAt = args.indexOf('--entry');
  const entryPoint = entryAt >= 0 ? args[entryAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && (entryAt < 0 || i !== entryAt + 1));
  if (files.length !== 1 || (entryAt >= 0 && !entryPoint)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let code: string;
  try {
    code = await readFile(files[0], 'utf8');
  } catch (error) {
    process.stderr.write(`codementor analyze: cannot read ${files[0]}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const result = analyze({ code, entryPoint });
  process.stdout.write(json ? `${terminalJson(toJson(result))}\n` : terminalText(formatReport(files[0], result)));
  if (result.internalError) {
    process.stderr.write(`codementor analyze: analyzer failure (please report): ${terminalText(result.internalError.message)}\n`);
    return 1;
  }
  return 0;
}

/** The `analyze --json` document: patterns, complexity, features, plus a syntax error when there is one. */
function toJson(result: AnalyzeResult): Record<string, unknown> {
  return {
    patterns: result.patterns,
    complexity: result.complexity,
    features: result.features,
    ...(result.syntaxError ? { syntaxError: result.syntaxError } : {}),
  };
}

function formatReport(file: string, result: AnalyzeResult): string {
  const lines = [`${file}: ${result.complexity.time} (${result.complexity.source} estimate)`];
  const entry = result.features.functions.find((f) => f.name === result.features.entryPoint);
  if (entry) lines.push(`entry point: ${entry.name} (line ${entry.line})`);
  if (result.syntaxError) lines.push('', `syntax error on line ${result.syntaxError.line}: ${result.syntaxError.message}`);
  else if (result.patterns.length === 0) lines.push('', 'No error patterns found.');
  for (const p of result.patterns) {
    lines.push(
      '',
      `${p.severity.padEnd(8)} line ${String(p.line).padEnd(4)} ${p.id} (confidence ${p.confidence.toFixed(2)})`,
      ...wrap(p.message, 90).map((l) => `  ${l}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}
