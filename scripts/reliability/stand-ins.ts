// The outside services of the fault run, in a process of their own so their answers never wait
// on the load client's event loop: the fake Judge0 (tests/judge) behind a fault proxy, and the
// fake OpenAI server (tests/feedback). The parent switches their behaviour over IPC.
import { execFileSync } from 'node:child_process';
import { startFakeOpenAI } from '../../tests/feedback/fake-openai-server.js';
import { startFakeJudge0 } from '../../tests/judge/fake-judge0-server.js';
import { type ProxyMode, startFaultProxy } from './fault-proxy.js';

export type ModelBehavior = 'reply' | 'error' | 'hang';

export type StandInCommand = { type: 'judge0'; mode: ProxyMode } | { type: 'model'; behavior: ModelBehavior };

const MODEL_REPLY =
  'Start from the edge case the failing test shows (an empty list or a duplicate). Check the loop boundary and what the code assumes about the input; ' +
  'a set or dict lookup instead of a scan keeps the complexity linear, and avoid repeating the same work in each iteration.';

async function main() {
  const python = execFileSync(process.env.PYTHON_BIN ?? 'python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  const judge0 = await startFakeJudge0({ python, queueDelayMs: 30 });
  const proxy = await startFaultProxy(judge0.url);
  let behavior: ModelBehavior = 'reply';
  const openai = await startFakeOpenAI(() =>
    behavior === 'reply' ? { kind: 'reply', text: MODEL_REPLY } : behavior === 'error' ? { kind: 'status', status: 500 } : { kind: 'hang' },
  );
  process.on('message', (command: StandInCommand) => {
    if (command.type === 'judge0') proxy.setMode(command.mode);
    if (command.type === 'model') behavior = command.behavior;
    process.send?.({ type: 'ack', counts: proxy.counts, modelRequests: openai.requests.length });
  });
  process.on('disconnect', () => {
    void Promise.allSettled([proxy.close(), judge0.close(), openai.close()]).finally(() => process.exit(0));
  });
  process.send?.({ type: 'ready', judge0Url: proxy.url, openaiUrl: openai.baseURL });
}

main().catch((error: unknown) => {
  process.send?.({ type: 'failed', message: String(error) });
  process.exit(1);
});
