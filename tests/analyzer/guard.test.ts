// Guards on the detector set itself: every detector has positive and negative fixtures and
// complete documentation, every query compiles and is read by some detector, and the embedded
// query module matches the .scm files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../analyzer/src/detectors/index.js';
import { QUERY_SOURCES } from '../../analyzer/src/detectors/queries.generated.js';
import { PATTERN_IDS } from '../../analyzer/src/index.js';
import { compileQuery } from '../../analyzer/src/queries.js';
import { MODULE_PATH, readQueryFiles, renderQueryModule } from '../../analyzer/tools/embed-queries.js';
import { FIXTURES, listPython, readMarkedFixture } from './support/fixtures.js';

describe('detector set', () => {
  it('has exactly one detector per pattern id, listed in id order', () => {
    expect(DETECTORS.map((d) => d.id)).toEqual([...PATTERN_IDS]);
  });

  for (const detector of DETECTORS) {
    it(`${detector.id} has documentation and fixtures that flag and that stay silent`, () => {
      for (const field of ['what', 'why', 'example', 'better', 'knownMisses'] as const) expect(detector.docs[field].length).toBeGreaterThan(10);
      const dir = join(FIXTURES, 'detectors', detector.id);
      expect(existsSync(dir)).toBe(true);
      const fixtures = listPython(dir).map((p) => readMarkedFixture(p));
      expect(fixtures.some((f) => (f.expected.get(detector.id)?.size ?? 0) > 0)).toBe(true);
      expect(fixtures.some((f) => (f.allowed.get(detector.id)?.size ?? 0) > 0)).toBe(true);
    });
  }
});

describe('queries', () => {
  for (const [name, source] of Object.entries(QUERY_SOURCES)) {
    it(`${name}.scm compiles, comments each pattern and marks what a finding points at`, () => {
      expect(() => compileQuery(source)).not.toThrow();
      expect(source).toMatch(/^;/m);
      expect(source).toMatch(/@(finding|guard|table)\b/);
    });
  }

  it('every query is read by a detector or the feature summary', () => {
    const used = new Set<string>(DETECTORS.flatMap((d) => d.queries));
    used.add('emptiness-guard');
    expect(Object.keys(QUERY_SOURCES).filter((q) => !used.has(q))).toEqual([]);
  });

  it('the embedded module is up to date with the .scm files (npm run analyzer:queries)', () => {
    expect(readFileSync(MODULE_PATH, 'utf8')).toBe(renderQueryModule(readQueryFiles()));
  });
});
