// Progress of a long command on stderr: a redrawn bar when stderr is a terminal, otherwise
// (CI logs, pipes) one plain line per finished item so logs stay readable.
export interface ProgressReporter {
  started(item: string): void;
  finished(item: string, summary: string): void;
  /** Clears the bar and prints how long the whole run took. */
  end(message: string): void;
}

const BAR_WIDTH = 24;

export function createProgressReporter(stream: NodeJS.WriteStream, total: number): ProgressReporter {
  const startedAt = Date.now();
  const running = new Set<string>();
  let done = 0;
  const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

  const redraw = () => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
    const now = [...running].join(', ');
    const line = `[${bar}] ${done}/${total} ${elapsed()}${now ? `  ${now}` : ''}`;
    const width = stream.columns || 80;
    stream.write(`\r\x1b[K${line.length >= width ? `${line.slice(0, width - 4)}...` : line}`);
  };

  // Redrawn on a timer too, so the elapsed time moves while a slow problem is judged.
  const ticker = stream.isTTY ? setInterval(redraw, 250) : null;
  ticker?.unref();

  return {
    started(item) {
      running.add(item);
      if (stream.isTTY) redraw();
    },
    finished(item, summary) {
      running.delete(item);
      done++;
      if (stream.isTTY) redraw();
      else stream.write(`[${done}/${total}] ${item}: ${summary}\n`);
    },
    end(message) {
      if (ticker) clearInterval(ticker);
      if (stream.isTTY) stream.write('\r\x1b[K');
      stream.write(`${message} in ${elapsed()}\n`);
    },
  };
}
