// The CPU priority a run's sandbox processes get, which can drop while the run goes on: a run
// that outlasts its turn in the concurrency limiter is lowered, so the runs started after it
// (usually quick ones) get the cores first. Levels only go down.
export type PriorityLevel = 'interactive' | 'yielded' | 'background';

const ORDER: Record<PriorityLevel, number> = { interactive: 0, yielded: 1, background: 2 };

export class RunPriority {
  private readonly listeners = new Set<() => void>();

  constructor(private current: PriorityLevel = 'interactive') {}

  get level(): PriorityLevel {
    return this.current;
  }

  lower(level: PriorityLevel): void {
    if (ORDER[level] <= ORDER[this.current]) return;
    this.current = level;
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` on every change until the returned function is called. */
  watch(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
