import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Largest CSV accepted: 100,000 rows of an export are about 20 MB. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;
/** A staged file older than this is not imported: its preview may no longer be what the user saw. */
const STAGED_LIFETIME_MS = 60 * 60_000;

export type StagedImport = { token: string; userId: string; ownerOrgId: string; fileName: string; stagedAt: number };

export class ImportTooLargeError extends Error {}

/**
 * Uploaded files wait on disk between preview and import, never in memory. They live in the
 * server's temp folder, so preview and import must reach the same app server (see notes).
 */
function stagingFolder(): string {
  return process.env.SITREP_IMPORT_DIR ?? path.join(tmpdir(), 'sitrep-imports');
}

export function stagedFilePath(token: string): string {
  if (!/^[0-9a-f-]{36}$/.test(token)) throw new Error('Not an import token.');
  return path.join(stagingFolder(), `${token}.csv`);
}

/** Streams an upload to disk, stopping at MAX_IMPORT_BYTES, and remembers who uploaded it for which organization. */
export async function stageUpload(
  body: ReadableStream<Uint8Array>,
  owner: Omit<StagedImport, 'token' | 'stagedAt'>,
): Promise<StagedImport> {
  await mkdir(stagingFolder(), { recursive: true });
  const staged: StagedImport = { ...owner, token: randomUUID(), stagedAt: Date.now() };
  const file = stagedFilePath(staged.token);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > MAX_IMPORT_BYTES ? new ImportTooLargeError() : null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body as import('node:stream/web').ReadableStream), limit, createWriteStream(file));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  await writeFile(`${file}.json`, JSON.stringify(staged));
  return staged;
}

/** The staged upload for a token, or null when it is unknown or too old. */
export async function readStagedImport(token: string): Promise<StagedImport | null> {
  try {
    const staged = JSON.parse(await readFile(`${stagedFilePath(token)}.json`, 'utf8')) as StagedImport;
    return Date.now() - staged.stagedAt < STAGED_LIFETIME_MS ? staged : null;
  } catch {
    return null;
  }
}

export async function removeStagedImport(token: string): Promise<void> {
  const file = stagedFilePath(token);
  await Promise.all([rm(file, { force: true }), rm(`${file}.json`, { force: true })]);
}
