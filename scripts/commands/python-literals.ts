// Reads the statement's example lines as Python reads them: one interpreter call per batch
// evaluates every `Input:` (as keyword arguments) and `Output:` with ast.literal_eval, so
// 'single quotes', True/None and tuples mean exactly what they mean to a learner's code.
import { spawn } from 'node:child_process';

export interface ExampleText {
  input: string;
  output: string;
}

export type EvaluatedExample = { ok: true; names: string[]; args: unknown[]; output: unknown } | { ok: false; error: string };

// `nums = [1, 2], target = 3` is parsed as the call `_(nums = [1, 2], target = 3)`, so commas
// inside values and strings never confuse the split into arguments.
const EVALUATE_SCRIPT = `
import ast, json, sys

def literal(node_or_text):
    return json.loads(json.dumps(ast.literal_eval(node_or_text), allow_nan=False))

def evaluate(example):
    try:
        call = ast.parse("_(" + example["input"] + "\\n)", mode="eval").body
    except SyntaxError as e:
        return {"ok": False, "error": "Input: is not name = value, ... (%s)" % e.msg}
    if call.args or any(k.arg is None for k in call.keywords):
        return {"ok": False, "error": "Input: must name every argument (name = value, ...)"}
    try:
        args = [literal(k.value) for k in call.keywords]
    except (ValueError, TypeError, SyntaxError) as e:
        return {"ok": False, "error": "Input: holds a value that is not a JSON-like Python literal (%s)" % e}
    try:
        output = literal(example["output"].strip())
    except (ValueError, TypeError, SyntaxError) as e:
        return {"ok": False, "error": "Output: is not a JSON-like Python literal (%s)" % e}
    return {"ok": True, "names": [k.arg for k in call.keywords], "args": args, "output": output}

sys.stdout.write(json.dumps([evaluate(e) for e in json.loads(sys.stdin.read())]))
`;

export function evaluateExampleLiterals(pythonBin: string, examples: ExampleText[]): Promise<EvaluatedExample[]> {
  if (examples.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn(pythonBin, ['-I', '-c', EVALUATE_SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'], timeout: 30_000 });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${pythonBin} could not evaluate the examples (exit ${code}): ${err.trim().split('\n').pop()}`));
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as EvaluatedExample[]);
    });
    child.stdin.end(JSON.stringify(examples));
  });
}
