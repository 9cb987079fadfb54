// "Run with my input": an input typed as the statement shows it (`nums = [2, 7, 11, 15], target = 9`,
// or the bare values `[2, 7, 11, 15], 9`), read as Python literals (numbers, strings, True,
// False, None, lists and tuples) and checked against the function's parameters. Anything else
// is refused with a message that says where reading stopped: the input is data, never code.

export class CustomInputError extends Error {}

const MAX_DEPTH = 32;

/** The arguments of one typed input, in the order of `params`. */
export function parseCustomInput(text: string, params: readonly string[]): unknown[] {
  const reader = new LiteralReader(text);
  const named: Array<[string, unknown]> = [];
  const positional: unknown[] = [];
  reader.skipSpace();
  while (!reader.done()) {
    const name = reader.peekName();
    if (name !== null) {
      if (!params.includes(name)) throw new CustomInputError(`\`${name}\` is not a parameter; the parameters are ${params.join(', ')}`);
      if (named.some(([n]) => n === name)) throw new CustomInputError(`\`${name}\` is given twice`);
      named.push([name, reader.value()]);
    } else {
      if (named.length > 0) throw new CustomInputError('a value without a name cannot follow a named one');
      positional.push(reader.value());
    }
    reader.skipSpace();
    if (!reader.done()) reader.expect(',');
    reader.skipSpace();
  }
  if (named.length > 0) {
    const missing = params.filter((p) => !named.some(([n]) => n === p));
    if (missing.length > 0) throw new CustomInputError(`missing ${missing.map((m) => `\`${m}\``).join(', ')}`);
    return params.map((p) => named.find(([n]) => n === p)![1]);
  }
  if (positional.length !== params.length) {
    throw new CustomInputError(`expected ${params.length} value${params.length === 1 ? '' : 's'} (${params.join(', ')}), got ${positional.length}`);
  }
  return positional;
}

class LiteralReader {
  private at = 0;

  constructor(private readonly text: string) {}

  done(): boolean {
    return this.at >= this.text.length;
  }

  skipSpace(): void {
    while (!this.done() && /\s/.test(this.text[this.at])) this.at++;
  }

  expect(char: string): void {
    if (this.text[this.at] !== char) this.fail(`expected \`${char}\``);
    this.at++;
  }

  /** `name =` ahead (not `==`): consumes it and returns the name, else null. */
  peekName(): string | null {
    const match = /^([A-Za-z_]\w*)\s*=(?!=)/.exec(this.text.slice(this.at));
    if (!match || ['True', 'False', 'None'].includes(match[1])) return null;
    this.at += match[0].length;
    return match[1];
  }

  value(depth = 0): unknown {
    if (depth > MAX_DEPTH) this.fail('lists nested too deeply');
    this.skipSpace();
    const char = this.text[this.at];
    if (char === undefined) this.fail('a value is missing');
    if (char === '[' || char === '(') return this.sequence(char === '[' ? ']' : ')', depth);
    if (char === '"' || char === "'") return this.string(char);
    const word = /^(True|False|None)\b/.exec(this.text.slice(this.at));
    if (word) {
      this.at += word[0].length;
      return word[1] === 'True' ? true : word[1] === 'False' ? false : null;
    }
    const number = /^-?(\d[\d_]*)?(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at));
    if (number && /\d/.test(number[0])) {
      this.at += number[0].length;
      const value = Number(number[0].replaceAll('_', ''));
      if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) this.fail(`${number[0]} is too large`);
      return value;
    }
    return this.fail('expected a number, a string, True, False, None or a list');
  }

  private sequence(close: string, depth: number): unknown[] {
    this.at++;
    const items: unknown[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === close) {
        this.at++;
        return items;
      }
      items.push(this.value(depth + 1));
      this.skipSpace();
      if (this.text[this.at] === ',') this.at++;
      else if (this.text[this.at] !== close) this.fail(`expected \`,\` or \`${close}\``);
    }
  }

  private string(quote: string): string {
    this.at++;
    let out = '';
    while (this.text[this.at] !== quote) {
      if (this.done()) this.fail('a string is not closed');
      let char = this.text[this.at++];
      if (char === '\\') {
        const escaped = this.text[this.at++];
        char = ({ n: '\n', t: '\t', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[escaped] ?? this.fail(`unknown escape \\${escaped}`);
      }
      out += char;
    }
    this.at++;
    return out;
  }

  private fail(reason: string): never {
    throw new CustomInputError(`${reason} at character ${this.at + 1}`);
  }
}
