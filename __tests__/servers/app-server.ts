/**
 * Real `next start` processes for multi-server tests: a production build (reused when present),
 * each server in its own process group so that it and its children end together.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type AppServer = { origin: string; process: ChildProcess; log: string[] };

export const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next-e2e';

/** Builds into DIST_DIR unless a build is already there (scripts/test-all.sh builds just before). */
export function ensureBuild(): void {
  if (existsSync(path.join(DIST_DIR, 'BUILD_ID'))) return;
  const result = spawnSync('node_modules/.bin/next', ['build'], {
    encoding: 'utf8',
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Runs a node script (setup, seed) with this environment; throws with its output when it fails. */
export function runScript(args: string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startServer(port: number, env: Record<string, string>): Promise<AppServer> {
  const origin = `http://localhost:${port}`;
  // Sitrep's own server (scripts/server.mjs), as `npm start` runs it: it stamps the socket address.
  const child = spawn(process.execPath, ['scripts/server.mjs', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR, PORT: String(port), BETTER_AUTH_URL: origin },
  });
  const server: AppServer = { origin, process: child, log: [] };
  child.stdout?.on('data', (chunk: Buffer) => server.log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => server.log.push(chunk.toString()));
  await waitUntilUp(server);
  return server;
}

async function waitUntilUp(server: AppServer): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) break;
    try {
      const response = await fetch(`${server.origin}/api/auth/ok`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${server.origin} did not start:\n${server.log.join('')}`);
}

/** Ends the server's whole process group (next start forks workers). */
export function stopServer(server: AppServer | undefined): void {
  if (!server?.process.pid || server.process.exitCode !== null) return;
  try {
    process.kill(-server.process.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** The id Next gave a server action in this build, found by its file and exported name. */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} from ${file} in ${DIST_DIR}.`);
  return found[0];
}

/**
 * Calls a form action `(previousState, formData)` over HTTP the way React's client does: a
 * multipart body whose part "0" holds the arguments and whose "_1_"-prefixed parts are the form.
 */
export async function callFormAction(
  server: AppServer,
  page: string,
  actionId: string,
  fields: Record<string, string>,
  cookie: string,
): Promise<string> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append('0', JSON.stringify([{}, '$K1']));
  const response = await fetch(`${server.origin}${page}`, {
    method: 'POST',
    headers: { 'next-action': actionId, origin: server.origin, cookie, accept: 'text/x-component' },
    body,
  });
  if (!response.ok) throw new Error(`Action ${actionId} answered ${response.status}: ${await response.text()}`);
  return response.text();
}
