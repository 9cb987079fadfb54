// A Python file's bytes as the text CPython would run (PEP 3120, PEP 263): UTF-8 unless a
// coding declaration on line 1 or 2 names another encoding; bytes that do not decode are the
// SyntaxError CPython gives, with its line. Limits: a file with a UTF-8 byte-order mark is
// read as UTF-8 and the BOM kept (the harness compiles it as bytes, so CPython itself checks
// the BOM against a declaration); under a declared `utf-8` CPython lets invalid bytes in a
// comment pass, here they are an error like those elsewhere.
import path from 'node:path';
import type { SyntaxErrorDetail } from '../../api/src/modules/judge/types.js';

export type DecodedSource = { code: string; syntaxError: null } | { code: string; syntaxError: SyntaxErrorDetail };

/** CPython's pattern for a declaration, on a comment line (PEP 263). */
const DECLARATION = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const LATIN_1 = new Set(['latin-1', 'iso-8859-1', 'iso-latin-1', 'latin1', 'l1', 'iso8859-1', 'latin', 'cp819', '8859']);

const hasUtf8Bom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** The encoding a declaration on line 1, or on line 2 after a comment or blank line 1, names. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const [first = '', second = ''] = Buffer.from(bytes.subarray(0, 1024))
    .toString('latin1')
    .split(/\r\n?|\n/);
  const declared = DECLARATION.exec(first)?.[1] ?? (/^[ \t\f]*(#.*)?$/.test(first) ? DECLARATION.exec(second)?.[1] : undefined);
  if (!declared) return null;
  // CPython's own normalization: case, `_` as `-`, and the utf-8 and latin-1 spellings.
  const name = declared.toLowerCase().replace(/_/g, '-');
  if (name === 'utf-8' || name.startsWith('utf-8-')) return 'utf-8';
  if (LATIN_1.has(name) || [...LATIN_1].some((l) => name.startsWith(`${l}-`))) return 'iso-8859-1';
  return name;
}

/** Offset of the first byte that is not UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let offset = 0;
  for (const char of new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)) {
    const cp = char.codePointAt(0)!;
    const genuine = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (cp === 0xfffd && !genuine) return offset;
    offset += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return -1;
}

const lineAt = (bytes: Uint8Array, offset: number) =>
  Buffer.from(bytes.subarray(0, offset))
    .toString('latin1')
    .split(/\r\n?|\n/).length;
const hexByte = (byte: number) => byte.toString(16).padStart(2, '0');

export function decodePythonSource(bytes: Uint8Array, file: string): DecodedSource {
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const error = (line: number | null, message: string): DecodedSource => ({ code: lossy, syntaxError: { line, column: null, message } });
  const encoding = hasUtf8Bom(bytes) ? 'utf-8' : declaredEncoding(bytes);
  if (encoding === null || encoding === 'utf-8') {
    const bad = firstInvalidUtf8(bytes);
    if (bad < 0) return { code: lossy, syntaxError: null };
    const line = lineAt(bytes, bad);
    return encoding === null
      ? error(
          line,
          `Non-UTF-8 code starting with '\\x${hexByte(bytes[bad])}' in file ${path.resolve(file)} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
        )
      : error(line, `(unicode error) 'utf-8' codec can't decode byte 0x${hexByte(bytes[bad])} on line ${line}`);
  }
  if (encoding === 'iso-8859-1') return { code: Buffer.from(bytes).toString('latin1'), syntaxError: null };
  // WHATWG calls windows-1252 "ascii": ASCII is checked here; other names go to the decoder.
  if (encoding === 'ascii' || encoding === 'us-ascii') {
    return bytes.every((b) => b < 0x80) ? { code: lossy, syntaxError: null } : error(null, `encoding problem: ${encoding}`);
  }
  try {
    return { code: new TextDecoder(encoding, { fatal: true }).decode(bytes), syntaxError: null };
  } catch {
    return error(null, `encoding problem: ${encoding}`);
  }
}
