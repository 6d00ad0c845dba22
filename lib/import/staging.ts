import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/database';
import { prisma } from '@/lib/prisma';

/** Largest CSV accepted: 100,000 rows of an export are about 20 MB. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;
/** A staged file older than this is not imported: its preview may no longer be what the user saw. */
export const STAGED_LIFETIME_MS = 60 * 60_000;

export const EXPIRED_UPLOAD_MESSAGE = 'This upload expired. Upload the file again.';

export type StagedImport = { token: string; userId: string; ownerOrgId: string; fileName: string; stagedAt: number };

export type StagedFile = StagedImport & { content: Uint8Array };

/** What a token leads to: the file, an upload past its lifetime (now deleted), or nothing. */
export type StagedLookup = { status: 'ready'; staged: StagedFile } | { status: 'expired' } | { status: 'unknown' };

export class ImportTooLargeError extends Error {}

const TOKEN = /^[0-9a-f-]{36}$/;

/**
 * Reads an upload, stopping at MAX_IMPORT_BYTES, and keeps it in the StagedUpload table until it
 * is imported or expires. In the database rather than a server's temp folder, so that the preview
 * and the import may reach different app servers. Expired uploads of anyone are swept first.
 */
export async function stageUpload(
  body: ReadableStream<Uint8Array>,
  owner: Omit<StagedImport, 'token' | 'stagedAt'>,
  db: Db = prisma,
): Promise<StagedFile> {
  const content = await readLimited(body);
  await sweepExpiredUploads(db);
  const stagedAt = new Date();
  const row = await db.stagedUpload.create({
    data: {
      id: randomUUID(),
      organizationId: owner.ownerOrgId,
      userId: owner.userId,
      fileName: owner.fileName,
      content,
      size: content.length,
      createdAt: stagedAt,
      expiresAt: new Date(stagedAt.getTime() + STAGED_LIFETIME_MS),
    },
    select: { id: true },
  });
  return { ...owner, token: row.id, stagedAt: stagedAt.getTime(), content };
}

async function readLimited(body: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.length;
    if (bytes > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw new ImportTooLargeError();
    }
    chunks.push(next.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The staged upload for a token. One past its lifetime is deleted here and reported as expired. */
export async function findStagedUpload(token: string, db: Db = prisma, now = new Date()): Promise<StagedLookup> {
  if (!TOKEN.test(token)) return { status: 'unknown' };
  const row = await db.stagedUpload.findUnique({ where: { id: token } });
  if (!row) return { status: 'unknown' };
  if (row.expiresAt <= now) {
    await db.stagedUpload.deleteMany({ where: { id: token } });
    return { status: 'expired' };
  }
  return {
    status: 'ready',
    staged: {
      token: row.id,
      userId: row.userId,
      ownerOrgId: row.organizationId,
      fileName: row.fileName,
      stagedAt: row.createdAt.getTime(),
      content: row.content,
    },
  };
}

/** Deletes every upload past its lifetime; returns how many. */
export async function sweepExpiredUploads(db: Db = prisma, now = new Date()): Promise<number> {
  const { count } = await db.stagedUpload.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

export async function removeStagedImport(token: string, db: Db = prisma): Promise<void> {
  if (TOKEN.test(token)) await db.stagedUpload.deleteMany({ where: { id: token } });
}
