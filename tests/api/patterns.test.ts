// GET /api/patterns: the six error patterns, public and cacheable, with the title and "why" their
// detectors give them (the one source the feedback and the web app read too).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATTERN_IDS, patternDocs } from '../../analyzer/src/index.js';
import { openDatabase, type DatabaseHandle } from '../../api/src/db/client.js';
import { buildTestApp } from '../helpers/app.js';

describe('the error-pattern catalogue', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite' });
    app = await buildTestApp(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('lists every pattern in PATTERN_IDS order with its detector title and why, without signing in', async () => {
    const response = await app.inject({ url: '/api/patterns' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    const items = response.json().items as { id: string; title: string; why: string; docs: Record<string, string> }[];
    expect(items.map((i) => i.id)).toEqual([
      'inefficient-loop',
      'missing-edge-case',
      'missing-validation',
      'off-by-one',
      'suboptimal-complexity',
      'wrong-data-structure',
    ]);
    for (const item of items) {
      const source = patternDocs(item.id as (typeof PATTERN_IDS)[number]);
      expect(item).toEqual({ id: source.id, title: source.title, why: source.docs.why, docs: source.docs });
      expect(Object.keys(item.docs).sort()).toEqual(['better', 'example', 'expertWhy', 'knownMisses', 'plainWhy', 'what', 'why']);
    }
  });

  it('describes its answer in the OpenAPI document', async () => {
    const spec = (await app.inject({ url: '/docs/json' })).json();
    const answer = spec.paths['/api/patterns'].get.responses['200'].content['application/json'].schema;
    expect(answer.required).toEqual(['items']);
    expect(answer.properties.items.items.required).toEqual(['id', 'title', 'why', 'docs']);
    expect(answer.properties.items.items.properties.id.enum).toEqual([...PATTERN_IDS]);
  });
});
