// An HTTP proxy on loopback in front of a stand-in service, with a switch: `pass` forwards,
// `unavailable` answers 503 with the given body (Judge0's "queue is full"), `hang` accepts the
// request and never answers. Switching away from `hang` destroys the held connections, as a
// restarted server would.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ProxyMode = 'pass' | 'unavailable' | 'hang';

export interface FaultProxy {
  url: string;
  mode: ProxyMode;
  setMode(mode: ProxyMode): void;
  /** Requests seen per mode. */
  counts: Record<ProxyMode, number>;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string, unavailableBody: unknown = { error: 'queue is full' }): Promise<FaultProxy> {
  const upstream = new URL(target);
  const held = new Set<http.ServerResponse>();
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = {
    url: '',
    mode: 'pass',
    counts: { pass: 0, unavailable: 0, hang: 0 },
    setMode(mode) {
      if (proxy.mode === 'hang' && mode !== 'hang') {
        for (const res of held) res.socket?.destroy();
        held.clear();
      }
      proxy.mode = mode;
    },
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    const mode = proxy.mode;
    proxy.counts[mode]++;
    if (mode === 'hang') {
      held.add(res);
      res.on('close', () => held.delete(res));
      req.resume();
      return;
    }
    if (mode === 'unavailable') {
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(unavailableBody));
      return;
    }
    const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(forward);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return proxy;
}
