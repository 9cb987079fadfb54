// A generation in progress, shareable: every event is kept, and each subscriber gets all of them
// from the start and then the live ones, so a stream that attaches late misses nothing and no
// second model call is needed.

export interface EventReplay<T> {
  push(event: T): void;
  end(): void;
  subscribe(): AsyncIterable<T>;
}

export function createEventReplay<T>(): EventReplay<T> {
  const events: T[] = [];
  let ended = false;
  let wake: Array<() => void> = [];
  const notify = () => {
    const waiting = wake;
    wake = [];
    for (const resolve of waiting) resolve();
  };

  return {
    push(event) {
      if (ended) return;
      events.push(event);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    async *subscribe() {
      let next = 0;
      for (;;) {
        while (next < events.length) yield events[next++];
        if (ended) return;
        await new Promise<void>((resolve) => wake.push(resolve));
      }
    },
  };
}
