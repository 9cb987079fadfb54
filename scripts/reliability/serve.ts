// The server under test, as a child process of the load and fault scripts (so their own work
// never runs on the server's event loop): buildApp from the environment it is given, problems
// seeded as at a normal start, listening on 127.0.0.1 on a free port that it reports over IPC.
// SIGTERM closes the app (in-flight work, pools) and exits. The Judge0 client's timings come
// from the configuration like everything else (JUDGE0_TIMEOUT_MS, JUDGE0_RETRIES, ...).
import { buildApp, startWarmUp } from '../../api/src/app.js';
import { loadConfig } from '../../api/src/config.js';
import { seedProblems } from '../../api/src/modules/problems/seed-problems.js';
import { invalidateProblemCache } from '../../api/src/modules/problems/service.js';

const send = (message: unknown) => process.send?.(message);

async function main() {
  // The parent passes a complete environment: no .env file is read here.
  const config = loadConfig(process.env);
  const app = await buildApp(config);
  const report = await seedProblems(app.db, await app.problems.all());
  if (report.inserted.length + report.updated.length > 0) await invalidateProblemCache(app.cache);
  await app.listen({ host: '127.0.0.1', port: 0 });
  startWarmUp(app);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  let closing = false;
  process.on('SIGTERM', () => {
    if (closing) return;
    closing = true;
    setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  // The parent going away must not leave a server behind.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  send({ type: 'listening', port, problems: report.inserted.length + report.updated.length + report.unchanged.length });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  process.exitCode = 1;
  setTimeout(() => process.exit(1), 100);
});
