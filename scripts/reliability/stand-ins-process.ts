// Parent side of stand-ins.ts: starts it, and switches Judge0's and the model's behaviour.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProxyMode } from './fault-proxy.js';
import type { ModelBehavior, StandInCommand } from './stand-ins.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StandIns {
  pid: number;
  judge0Url: string;
  openaiUrl: string;
  /** Returns the proxy's request counts per mode after the switch. */
  judge0(mode: ProxyMode): Promise<Record<ProxyMode, number>>;
  model(behavior: ModelBehavior): Promise<void>;
  stop(): Promise<void>;
}

export async function startStandIns(): Promise<StandIns> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/reliability/stand-ins.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', PYTHON_BIN: process.env.PYTHON_BIN ?? 'python3' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextMessage<{ type: string; judge0Url: string; openaiUrl: string; message?: string }>(child, 120_000);
  if (ready.type !== 'ready') throw new Error(`the stand-ins did not start: ${ready.message ?? ready.type}`);
  const command = async (message: StandInCommand) => {
    const answer = nextMessage<{ counts: Record<ProxyMode, number> }>(child, 60_000);
    child.send(message);
    return answer;
  };
  return {
    pid: child.pid ?? 0,
    judge0Url: ready.judge0Url,
    openaiUrl: ready.openaiUrl,
    judge0: async (mode) => (await command({ type: 'judge0', mode })).counts,
    model: async (behavior) => void (await command({ type: 'model', behavior })),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function nextMessage<T>(child: ChildProcess, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: unknown) => {
      done();
      resolve(message as T);
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`the stand-ins exited with ${code}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error('the stand-ins did not answer'));
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
