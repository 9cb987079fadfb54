// Passes a model's tokens on as they arrive, except fenced code blocks: a block is held until its
// closing fence and checked, so a solution is caught before the learner sees a line of it. Once a
// solution is seen the guard goes quiet; the caller then replaces the answer.

const FENCE = /```|~~~/;

export interface StreamGuard {
  /** Feeds the next piece of the answer; pieces are processed in order. */
  push(text: string): void;
  /** Flushes what is held (an unclosed block is checked like a closed one); resolves when done. */
  finish(): Promise<void>;
  /** Stops passing anything on (the answer failed midway); resolves once pending checks are done. */
  cancel(): Promise<void>;
  /** True once a held block turned out to be a solution. */
  readonly tripped: boolean;
}

export function createStreamGuard(isSolution: (block: string) => Promise<boolean>, emit: (text: string) => void): StreamGuard {
  let held = '';
  let inBlock = false;
  let tripped = false;
  let cancelled = false;
  let queue = Promise.resolve();

  const release = (text: string) => {
    if (!tripped && !cancelled && text) emit(text);
  };

  async function drain(final: boolean): Promise<void> {
    while (!tripped && !cancelled && held) {
      if (!inBlock) {
        const start = held.search(FENCE);
        if (start === -1) {
          // A fence may be split across tokens: keep a trailing run of backticks or tildes back.
          const keep = final ? 0 : (/[`~]{1,2}$/.exec(held)?.[0].length ?? 0);
          release(held.slice(0, held.length - keep));
          held = held.slice(held.length - keep);
          return;
        }
        release(held.slice(0, start));
        held = held.slice(start);
        inBlock = true;
      }
      const fence = held.slice(0, 3);
      const bodyStart = held.indexOf('\n');
      const end = bodyStart === -1 ? -1 : held.indexOf(fence, bodyStart + 1);
      if (end === -1 && !final) return;
      const blockEnd = end === -1 ? held.length : end + 3;
      const block = held.slice(0, blockEnd);
      const body = bodyStart === -1 ? '' : held.slice(bodyStart + 1, end === -1 ? held.length : end);
      if (await isSolution(body)) {
        tripped = true;
        return;
      }
      release(block);
      held = held.slice(blockEnd);
      inBlock = false;
    }
  }

  return {
    push(text) {
      held += text;
      queue = queue.then(() => drain(false));
    },
    finish() {
      queue = queue.then(() => drain(true));
      return queue;
    },
    cancel() {
      cancelled = true;
      return queue;
    },
    get tripped() {
      return tripped;
    },
  };
}
