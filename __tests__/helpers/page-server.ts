import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;
export type PageServer = { origin: string; host: string; close(): Promise<void> };

/**
 * A real HTTP server on 127.0.0.1 serving the given routes (path → handler); 404 for the rest.
 * `port` 0 takes a free one; browser tests pass the port the app is allowed to fetch from.
 */
export async function startPageServer(routes: Record<string, Route>, port = 0): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${bound}`,
    host: `127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function send(type: string, body: string | Buffer): Route {
  return (_req, res) => res.writeHead(200, { 'content-type': type }).end(body);
}

export function redirect(location: string, status = 302): Route {
  return (_req, res) => res.writeHead(status, { location }).end();
}
