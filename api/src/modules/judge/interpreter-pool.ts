// Confined interpreters started ahead of need, so a submission does not wait for Python to
// start and confine itself. Each is handed out once and never reused (one submission's state
// never meets another's). Lazy: nothing starts before the first acquire(), and close() ends
// every idle process, so tests and the CLI leave nothing behind.
import { SandboxProcess, type SandboxSpec } from './sandbox-process.js';

export class InterpreterPool {
  private readonly idle: SandboxProcess[] = [];
  /** Handed out and still running: close() ends these too. */
  private readonly busy = new Set<SandboxProcess>();
  private closed = false;

  /** `size` = how many ready processes to keep; 0 starts each one on demand. */
  constructor(
    private readonly spec: SandboxSpec,
    private readonly size: number,
  ) {}

  acquire(): SandboxProcess {
    if (this.closed) throw new Error('the interpreter pool is closed');
    let proc: SandboxProcess | undefined;
    while ((proc = this.idle.shift()) && !proc.alive) void proc.dispose();
    proc ??= new SandboxProcess(this.spec);
    const handedOut = proc;
    this.busy.add(handedOut);
    void handedOut.whenExited().then(() => this.busy.delete(handedOut));
    this.refill();
    return handedOut;
  }

  private refill(): void {
    if (this.size === 0) return;
    // Started on the next tick, so the process handed out now gets a head start.
    setImmediate(() => {
      while (!this.closed && this.idle.length < this.size) this.idle.push(new SandboxProcess(this.spec));
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle.splice(0), ...this.busy];
    await Promise.all(all.map((p) => p.dispose()));
  }
}
