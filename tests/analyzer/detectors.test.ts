// Table tests for every detector: each fixture under fixtures/detectors/<id>/ marks the lines
// that must be flagged (`# expect: <id>`) and the near misses that must not (`# ok: <id>`);
// a detector may not flag any other line of its own fixtures either.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, PATTERN_IDS } from '../../analyzer/src/index.js';
import { FIXTURES, listPython, readMarkedFixture } from './support/fixtures.js';

for (const id of PATTERN_IDS) {
  describe(id, () => {
    for (const path of listPython(join(FIXTURES, 'detectors', id))) {
      const fixture = readMarkedFixture(path, path.split('/').pop());
      it(`${fixture.name}`, () => {
        const result = analyze(fixture.input);
        expect(result.internalError).toBeUndefined();
        const flagged = (pattern: string) => new Set(result.patterns.filter((p) => p.id === pattern).map((p) => p.line));
        for (const [pattern, lines] of fixture.expected) {
          for (const line of lines) expect(flagged(pattern), `${pattern} expected on line ${line}`).toContain(line);
        }
        for (const [pattern, lines] of fixture.allowed) {
          for (const line of lines) expect(flagged(pattern), `${pattern} not expected on line ${line}`).not.toContain(line);
        }
        const own = [...flagged(id)].filter((line) => !fixture.expected.get(id)?.has(line));
        expect(own, `unexpected ${id} findings`).toEqual([]);
      });
    }
  });
}
