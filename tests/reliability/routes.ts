// Every route the app serves, read from `app.printRoutes()` (the router's own tree), so a route
// added later is fuzzed without anyone listing it here. One tree per method: the tree of all
// methods keeps one node per label, and there the web app's `GET /*` hid behind CORS's `OPTIONS *`.
import type { FastifyInstance, HTTPMethods } from 'fastify';

const METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export interface RouteEntry {
  method: string;
  url: string;
}

export function listRoutes(app: FastifyInstance): RouteEntry[] {
  return METHODS.flatMap((method) => parseRouteTree(app.printRoutes({ commonPrefix: false, method })));
}

/** Parses printRoutes({ commonPrefix: false }): one node per line, four columns per level. */
function parseRouteTree(tree: string): RouteEntry[] {
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
