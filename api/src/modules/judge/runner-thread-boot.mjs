// Entry of the runner thread. Compiled, it loads runner-thread.js; from the TypeScript sources
// (tests, `tsx` scripts) a worker thread does not inherit the TypeScript loader, so it
// registers tsx first. Plain JavaScript, so it runs either way.
import { workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- workerData is `any` in Node's types; threaded-runner.ts passes { entry: string }
const { entry } = /** @type {{ entry: string }} */ (workerData);
if (entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(pathToFileURL(entry).href);
