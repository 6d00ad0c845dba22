import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from '@/lib/api/errors';
import type { SessionUser } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit/record';
import type { Role } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

/**
 * Personal API tokens: 32 random bytes, shown once; only their sha256 is stored, so a copy of
 * the database gives no usable token. A token reads as its user, with their memberships now
 * (a membership removed later stops showing that organization's restricted figures).
 */
const PREFIX = 'sitrep_';
const TOKEN_SHAPE = /^sitrep_[A-Za-z0-9_-]{43}$/;
/** lastUsedAt is written at most once a minute per token: reads should not each take the write lock. */
const LAST_USED_PRECISION_MS = 60_000;

export type ApiTokenSummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createApiToken(
  user: { id: string },
  name: string,
  clientAddress: string | null,
): Promise<{ id: string; token: string }> {
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const created = await prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId: user.id, name, tokenHash: hashToken(token) }, select: { id: true } });
    await recordAudit(tx, {
      entityType: 'user',
      entityId: user.id,
      action: 'api-token-create',
      userId: user.id,
      organizationId: null,
      clientAddress,
      after: { tokenId: row.id, name },
    });
    return row;
  });
  return { id: created.id, token };
}

/** Revokes one of the user's own tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(user: { id: string }, tokenId: string, clientAddress: string | null): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return false;
    const { name } = await tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: { name: true } });
    await recordAudit(tx, {
      entityType: 'user',
      entityId: user.id,
      action: 'api-token-revoke',
      userId: user.id,
      organizationId: null,
      clientAddress,
      before: { tokenId, name },
    });
    return true;
  });
}

/** The user's tokens that still work, newest first. */
export async function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
  return prisma.apiToken.findMany({
    where: { userId, revokedAt: null },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

/**
 * The reader of an API request: null without an Authorization header (public figures only),
 * the token's user with a valid Bearer token, and a 401 for any other header.
 */
export async function readerOfRequest(request: Request): Promise<SessionUser | null> {
  const header = request.headers.get('authorization');
  if (header === null) return null;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
  const refused = new ApiError(
    401,
    'Authorization',
    'This API token is not valid or was revoked. Create one on your account page (Account → API tokens) and send it as "Authorization: Bearer <token>".',
  );
  if (!TOKEN_SHAPE.test(token)) throw refused;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, memberships: { select: { organizationId: true, role: true } } } },
    },
  });
  if (!row || row.revokedAt) throw refused;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { user } = row;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    memberships: user.memberships.map((m) => ({ organizationId: m.organizationId, role: m.role as Role })),
  };
}
