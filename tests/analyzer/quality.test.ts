// The quality bar, measured on this suite's own corpus: precision, recall and F1 per pattern
// over the detector fixtures (line by line), the false-alarm rate on correct solutions, and the
// share of correct solutions whose static class is right. (The flawed solutions of the problem
// set are measured by support/evaluate-flawed.ts, which needs the judge.)
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyze, PATTERN_IDS, type TimeClass } from '../../analyzer/src/index.js';
import { FIXTURES, listPython, readCorrectCorpus, readMarkedFixture } from './support/fixtures.js';

it('meets the quality bar on the corpus', () => {
  const counts = new Map(PATTERN_IDS.map((id) => [id as string, { tp: 0, fp: 0, fn: 0 }]));
  for (const dir of PATTERN_IDS) {
    for (const path of listPython(join(FIXTURES, 'detectors', dir))) {
      const fixture = readMarkedFixture(path);
      const found = analyze(fixture.input).patterns;
      for (const id of PATTERN_IDS) {
        const c = counts.get(id)!;
        const want = fixture.expected.get(id) ?? new Set<number>();
        const got = new Set(found.filter((f) => f.id === id).map((f) => f.line));
        for (const line of got) if (want.has(line)) c.tp++; else c.fp++;
        for (const line of want) if (!got.has(line)) c.fn++;
      }
    }
  }
  const corpus = readCorrectCorpus();
  let falseAlarms = 0;
  let rightClass = 0;
  for (const s of corpus) {
    const time = s.time as TimeClass;
    const result = analyze({ code: s.code, problem: { slug: s.problem, acceptable: time, optimal: time, targetPatterns: [] } });
    if (result.patterns.length > 0) falseAlarms++;
    for (const f of result.patterns) counts.get(f.id)!.fp++;
    if (result.complexity.time === time) rightClass++;
  }
  const rows = [...counts].map(([id, c]) => {
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { id, precision, recall, f1, ...c };
  });
  const table = rows.map((r) => `${r.id.padEnd(24)} P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} F1 ${r.f1.toFixed(2)} (${r.tp}/${r.fp}/${r.fn})`).join('\n');
  console.log(`${table}\nfalse alarms on correct solutions: ${falseAlarms}/${corpus.length}\nstatic class right: ${rightClass}/${corpus.length}`);
  for (const r of rows) expect(r.f1, r.id).toBeGreaterThanOrEqual(0.8);
  expect(falseAlarms / corpus.length).toBeLessThanOrEqual(0.05);
  expect(rightClass / corpus.length).toBeGreaterThanOrEqual(0.8);
});
