// `codementor judge` and the web app read the same rule-based feedback for the same submission
// at the same depth: the CLI builds it from its own judging, the server from the stored row.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseHandle } from '../../api/src/db/client.js';
import { EXPLANATION_DEPTHS } from '../../api/src/modules/feedback/feedback-types.js';
import { buildTestApp, type Session, signUp } from '../helpers/app.js';
import { runCli } from '../helpers/cli.js';
import { testDatabases } from '../helpers/databases.js';
import { seedTestProblems, testProblemRegistry } from '../helpers/problems.js';

// Two pointers on input the statement never promises sorted: a finding with a quoted test.
const UNSORTED_TWO_POINTERS = `def two_sum(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        total = nums[lo] + nums[hi]
        if total == target:
            return [lo, hi]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
`;

const finalText = (body: string): string => {
  const frame = body.split('\n\n').find((f) => f.startsWith('event: final'))!;
  return JSON.parse(
    frame
      .split('\n')
      .find((l) => l.startsWith('data: '))!
      .slice(6),
  ).text as string;
};

describe('the same feedback on the command line and in the web app', () => {
  const [target] = testDatabases();
  let database: DatabaseHandle & { dispose(): Promise<void> };
  let app: FastifyInstance;
  let learner: Session;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'same-text-')), 'two_sum.py');

  beforeAll(async () => {
    writeFileSync(file, UNSORTED_TWO_POINTERS);
    database = await target.open();
    app = await buildTestApp(database, { problems: testProblemRegistry(), env: { SUBMISSIONS_PER_HOUR: '1000' } });
    await seedTestProblems(database.db);
    learner = await signUp(app);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it.each(EXPLANATION_DEPTHS)(
    'at depth %s',
    async (depth) => {
      await app.inject({ method: 'PATCH', url: '/api/me/preferences', headers: learner.auth, payload: { explanationDepth: depth } });
      const submitted = await app.inject({
        method: 'POST',
        url: '/api/submissions',
        headers: learner.auth,
        payload: { problem: 'two-sum', code: UNSORTED_TWO_POINTERS, language: 'python' },
      });
      expect(submitted.statusCode).toBe(201);
      const stream = await app.inject({ url: `/api/submissions/${submitted.json().id}/feedback`, headers: learner.auth });
      const web = finalText(stream.body);

      const cli = runCli(['judge', '--problem', 'two-sum', file, '--json', '--depth', depth]);
      expect(cli.status, cli.stderr).toBe(0);
      expect(JSON.parse(cli.stdout).feedback.text).toBe(web);
      expect(web).toContain('### Line 7: ');
    },
    120_000,
  );
});
