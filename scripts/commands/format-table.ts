// Plain-text tables for the command line: columns padded to their widest cell. Cells may hold
// learners' text: control characters are dropped before measuring, so none reaches the terminal.
import { terminalText } from './terminal-text.js';

export function formatTable(headers: string[], cells: string[][]): string {
  const rows = cells.map((row) => row.map(terminalText));
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n') + '\n';
}
