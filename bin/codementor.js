#!/usr/bin/env node
// Runs the compiled command line (dist/, built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist/scripts/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  process.stderr.write('codementor: not built yet; run `npm run build` (or `npm install`) in the project root\n');
  process.exit(1);
}
await import(compiled.href);
