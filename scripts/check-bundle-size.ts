// Prints the gzipped JavaScript the first page loads (the entry chunk, its static imports, and
// the chunks of the first route, /problems, with theirs) from the Vite manifest of web/dist,
// and fails when it is above the budget. Usage: tsx scripts/check-bundle-size.ts [--budget KB]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'web', 'dist');
const FIRST_ROUTE = 'src/app/routes/problems.tsx';

/** Every JS file a page needs before it renders: the chunks and, recursively, their static imports. */
export function firstPageChunks(manifest: Record<string, ManifestChunk>, routes: string[] = [FIRST_ROUTE]): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const child of chunk.imports ?? []) visit(child);
  };
  visit(entry);
  for (const route of routes) visit(route);
  return [...files].filter((file) => file.endsWith('.js'));
}

function main(): number {
  const budgetFlag = process.argv.indexOf('--budget');
  const budgetKb = budgetFlag > 0 ? Number(process.argv[budgetFlag + 1]) : 200;
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    process.stderr.write('check-bundle-size: web/dist has no manifest; run `npm run build` first\n');
    return 2;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const rows = firstPageChunks(manifest).map((file) => {
    const data = readFileSync(path.join(dist, file));
    return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const row of rows) process.stdout.write(`${kb(row.gzip).padStart(10)} gzip  ${kb(row.raw).padStart(10)} raw  ${row.file}\n`);
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  process.stdout.write(`first page JavaScript: ${kb(total)} gzipped (budget ${budgetKb} KB)\n`);
  if (total > budgetKb * 1024) {
    process.stderr.write(`check-bundle-size: over budget by ${kb(total - budgetKb * 1024)}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main());
