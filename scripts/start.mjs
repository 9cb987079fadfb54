// `npm start`: rebuilds the compiled server only when a source file is newer than the last
// build (so a plain restart costs nothing), then runs `codementor serve` in this process.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.tsbuildinfo');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const sourceDirs = ['api/src', 'analyzer/src', 'scripts'].map((dir) => path.join(root, dir)).filter(existsSync);
const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (Math.max(...sourceDirs.map(newestSource)) > builtAt) {
  process.stderr.write('codementor: compiling the server...\n');
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
    cwd: root,
  });
}
process.argv = [process.argv[0], 'codementor', 'serve'];
await import(new URL('../dist/scripts/cli.js', import.meta.url).href);
