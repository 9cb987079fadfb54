// Every learner-facing message the detector fixtures produce, kept as a file snapshot so that
// wording changes show up in review (update with `npx vitest run -u tests/analyzer`).
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyze, PATTERN_IDS } from '../../analyzer/src/index.js';
import { FIXTURES, listPython, readMarkedFixture } from './support/fixtures.js';

it('renders the same messages as last reviewed', async () => {
  const lines: string[] = [];
  for (const id of PATTERN_IDS) {
    for (const path of listPython(join(FIXTURES, 'detectors', id))) {
      const fixture = readMarkedFixture(path);
      for (const f of analyze(fixture.input).patterns) {
        lines.push(`${id}/${path.split('/').pop()}:${f.line} ${f.id} [${f.severity} ${f.confidence}] {${f.evidence.join(', ')}}`, `  ${f.message}`);
      }
    }
  }
  await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/messages.txt');
});
