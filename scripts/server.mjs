/**
 * Sitrep's production server: Next.js behind a plain Node HTTP server, so that every request
 * carries the socket's address in x-sitrep-peer (lib/auth/client-address.ts). Whatever a client
 * sent under that name is overwritten. Port from PORT or -p, host from -H (default: every interface).
 */
import { createServer } from 'node:http';
import next from 'next';

const args = process.argv.slice(2);
const flag = (names, fallback) => {
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 ? args[index + 1] : fallback;
};
const port = Number(flag(['-p', '--port'], process.env.PORT ?? 3000));
const hostname = flag(['-H', '--hostname'], undefined);

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  request.headers['x-sitrep-peer'] = request.socket.remoteAddress ?? '';
  handle(request, response);
}).listen(port, hostname, () => {
  console.log(`Sitrep ready on http://${hostname ?? 'localhost'}:${port}`);
});
