// Locates the project's folders from any module, whether it runs from source (tsx, vitest)
// or compiled into dist/: the root is the nearest ancestor holding package.json.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (no package.json above this module)');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'migrations');
export const PROBLEMS_DIR = path.join(PROJECT_ROOT, 'problems');
export const WEB_DIST_DIR = path.join(PROJECT_ROOT, 'web', 'dist');
