import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../api/src/db/client.js';
import { answerFrameworkError, errorHandlerPlugin } from '../../api/src/plugins/error-handler.js';
import { webAppPlugin } from '../../api/src/plugins/web-app.js';
import { buildTestApp } from '../helpers/app.js';
import { testProblemRegistry } from '../helpers/problems.js';

describe('serving the built web app', () => {
  let app: FastifyInstance;
  const root = mkdtempSync(path.join(os.tmpdir(), 'cm-web-'));

  beforeAll(async () => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    const script = 'console.log("app");'.repeat(50);
    writeFileSync(path.join(root, 'assets', 'index-abc123.js'), script);
    writeFileSync(path.join(root, 'assets', 'index-abc123.js.gz'), gzipSync(script));
    app = Fastify({ frameworkErrors: answerFrameworkError });
    await app.register(errorHandlerPlugin);
    app.get('/api/problems', async () => ({ items: [] }));
    await app.register(webAppPlugin, { root });
    await app.ready();
  });
  afterAll(() => app.close());

  it('answers client-side routes with index.html, never cached', async () => {
    for (const url of ['/', '/problems', '/problems/two-sum?tab=1', '/dashboard']) {
      const response = await app.inject({ url, headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('serves hashed assets for a year, precompressed when accepted', async () => {
    const plain = await app.inject({ url: '/assets/index-abc123.js' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toContain('immutable');
    const gzipped = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
  });

  it('leaves API routes alone and 404s unknown API paths and missing assets', async () => {
    expect((await app.inject({ url: '/api/problems' })).json()).toEqual({ items: [] });
    expect((await app.inject({ url: '/api/nothing-here' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/assets/missing-123.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/../package.json' })).statusCode).not.toBe(200);
  });

  it('answers 404 to a client that does not ask for a page', async () => {
    expect((await app.inject({ url: '/nowhere' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/nowhere', headers: { accept: 'application/json' } })).statusCode).toBe(404);
  });

  // A name the file system refuses (NUL byte, a file used as a folder, a segment past NAME_MAX)
  // names no file; a malformed escape never reaches the fallback.
  it.each([
    { what: 'a NUL byte', url: '/%00', api: 404, page: 404 },
    { what: 'a NUL byte after ..', url: '/%2e%2e/%00', api: 404, page: 404 },
    { what: 'a NUL byte among the assets', url: '/assets/%00', api: 404, page: 404 },
    { what: 'a NUL byte inside a name', url: '/foo%00bar', api: 404, page: 404 },
    { what: 'a file used as a folder', url: '/index.html/x', api: 404, page: 200 },
    { what: 'an asset used as a folder', url: '/assets/index-abc123.js/x', api: 404, page: 404 },
    { what: 'a name past NAME_MAX', url: `/${'a'.repeat(300)}`, api: 404, page: 200 },
    { what: 'an asset name past NAME_MAX', url: `/assets/${'a'.repeat(300)}.js`, api: 404, page: 404 },
    { what: 'a lone percent sign', url: '/%', api: 400, page: 400 },
    { what: 'a malformed percent-escape', url: '/%zz', api: 400, page: 400 },
  ])('answers a path with $what like a missing file ($api, or $page to a page navigation), never a 500', async ({ url, api, page }) => {
    for (const method of ['GET', 'HEAD'] as const) {
      for (const accept of [undefined, 'application/json', 'text/html']) {
        const response = await app.inject({ method, url, headers: accept ? { accept } : {} });
        const where = `${method} ${url.slice(0, 40)} (accept: ${accept ?? 'none'})`;
        expect(response.statusCode, where).toBe(accept === 'text/html' ? page : api);
        if (response.statusCode === 200) expect(response.headers['content-type'], where).toContain('text/html');
        if (response.statusCode >= 400 && method === 'GET') {
          expect(response.json(), where).toEqual({
            error: {
              code: expect.stringMatching(/^(NOT_FOUND|BAD_REQUEST)$/),
              message: expect.any(String),
              requestId: expect.any(String),
              timestamp: expect.any(String),
            },
          });
        }
      }
    }
  });
});

describe('the content security policy', () => {
  it("allows Monaco's blob: workers and inline styles, and nothing from other origins", async () => {
    const database = await openDatabase({ kind: 'pglite' });
    const app = await buildTestApp(database, { problems: testProblemRegistry() });
    try {
      const csp = (await app.inject({ url: '/health' })).headers['content-security-policy'] as string;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toContain('upgrade-insecure-requests');
    } finally {
      await app.close();
      await database.close();
    }
  }, 120_000);
});
