// `npm start`: rebuilds the compiled server and the web app only when a source file is newer
// than the last build (so a plain restart costs nothing), then runs `codementor serve` here.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.tsbuildinfo');

/**
 * @param {string} dir
 * @returns {number}
 */
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
  // TypeScript 7's native compiler is installed as @typescript/native; `typescript` itself is the
  // 6.x package, kept for the JavaScript API that typescript-eslint needs.
  execFileSync(process.execPath, [path.join(root, 'node_modules/@typescript/native/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], {
    stdio: 'inherit',
    cwd: root,
  });
}
// The web app too: rebuilt when anything under web/ (but its build) is newer than the build.
/**
 * @param {string} target
 * @returns {number}
 */
function newestFile(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestFile(path.join(target, name))));
}
const web = path.join(root, 'web');
const webStamp = path.join(web, 'dist', '.vite', 'manifest.json');
const webSources = ['src', 'public', 'index.html', 'vite.config.ts'].map((name) => newestFile(path.join(web, name)));
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
if (existsSync(vite) && existsSync(path.join(web, 'index.html')) && Math.max(...webSources) > (existsSync(webStamp) ? statSync(webStamp).mtimeMs : 0)) {
  process.stderr.write('codementor: building the web app...\n');
  execFileSync(process.execPath, [vite, 'build', 'web', '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
}
process.argv = [process.argv[0], 'codementor', 'serve'];
await import(new URL('../dist/scripts/cli.js', import.meta.url).href);
