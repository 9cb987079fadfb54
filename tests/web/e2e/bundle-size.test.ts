import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../api/src/paths.js';
import { firstPageChunks } from '../../../scripts/check-bundle-size.js';
import { ensureWebBuild } from './web-server.js';

const dist = path.join(PROJECT_ROOT, 'web', 'dist');

describe('the production build', () => {
  beforeAll(() => ensureWebBuild(), 300_000);

  it("keeps the first page's JavaScript under 200 KB gzipped, with Monaco and the charts left out", () => {
    const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
    const files = firstPageChunks(manifest);
    const total = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length, 0);
    expect(total).toBeLessThan(200 * 1024);
    const lazy = [manifest['src/components/code-editor/code-editor.tsx'].file, manifest['src/components/charts/trend-chart.tsx'].file];
    for (const file of lazy) expect(files).not.toContain(file);
  });
});
