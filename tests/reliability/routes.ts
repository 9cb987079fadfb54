// Every route the app serves, read from `app.printRoutes()` (the router's own tree), so a route
// added later is fuzzed without anyone listing it here.
import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  url: string;
}

/** Parses printRoutes({ commonPrefix: false }): one node per line, four columns per level. */
export function listRoutes(app: FastifyInstance): RouteEntry[] {
  const tree = app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes: RouteEntry[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([\s│]*)[├└]── (.+?) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = [...match[1]].length / 4;
    stack.length = depth;
    const url = (stack[depth - 1] ?? '') + match[2];
    stack[depth] = url;
    for (const method of match[3].split(',').map((m) => m.trim())) routes.push({ method, url });
  }
  return routes;
}
