// Serves the built web app (web/dist) at `/`: hashed assets cached for a year, precompressed
// (.br/.gz) when the browser accepts it, and index.html for a browser's navigation to any other
// path that is not an API route, so client-side routes survive a reload. Without a build the
// server stays API-only.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { WEB_DIST_DIR } from '../paths.js';

const SERVER_PATHS = /^\/(api|docs|metrics|health|ready)(\/|$)/;

// Errors by which the file system refuses a name a client chose: it names no file. statSync's
// throwIfNoEntry covers only ENOENT; a file used as a folder (/index.html/x) or a segment past
// NAME_MAX would otherwise be a 500. Anything else (EACCES, EIO) is ours and stays a 500.
const NO_SUCH_NAME = new Set(['ENOTDIR', 'ENAMETOOLONG', 'ERR_INVALID_ARG_VALUE']);

/** Whether `file` (relative to root) is a file of the build; a name the file system refuses is not. */
function isBuiltFile(root: string, file: string): boolean {
  try {
    return statSync(path.join(root, file), { throwIfNoEntry: false })?.isFile() ?? false;
  } catch (error) {
    if (NO_SUCH_NAME.has((error as NodeJS.ErrnoException).code ?? '')) return false;
    throw error;
  }
}

export async function webAppPlugin(app: FastifyInstance, opts: { root?: string } = {}) {
  const root = opts.root ?? WEB_DIST_DIR;
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built (npm run build): serving the API only');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    serve: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true }, config: { rateLimit: false } }, async (request, reply) => {
    const pathname = decodeURIComponent(request.url.split('?')[0]);
    // No file name holds a NUL byte (and the file system refuses one): not a page either.
    if (SERVER_PATHS.test(pathname) || pathname.includes('\0')) return reply.callNotFound();
    const file = path
      .normalize(pathname)
      .replace(/^(\.\.[/\\])+/, '')
      .replace(/^[/\\]+/, '');
    if (file && isBuiltFile(root, file)) return reply.sendFile(file);
    // A missing asset is a real 404, and so is any path asked for by a client that does not
    // want a page (an API client, curl); a browser's navigation gets the app.
    if (file.startsWith('assets/') || /\.[a-z0-9]{2,5}$/i.test(file)) return reply.callNotFound();
    if (!request.headers.accept?.includes('text/html')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
