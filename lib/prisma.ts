import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/prisma-pg/client';
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from '@/lib/database-url';

/**
 * A Prisma client for a database URL. The app uses the one `prisma` below; tests and
 * scripts call this with their own throwaway database.
 */
export function createPrisma(url: string = resolveDatabaseUrl()): PrismaClient {
  if (databaseKind(url) === 'postgresql') {
    // A generated client is bound to one provider and refuses another's adapter, so PostgreSQL
    // needs the client generated from prisma/pg/schema.prisma. That schema is a mechanical copy of
    // prisma/schema.prisma (scripts/pg-schema.ts, drift-tested), so both clients have the same
    // models, fields and query API; only provider-specific extras differ (e.g. `mode:
    // 'insensitive'`, which the code must not use since SQLite lacks it). One type for the rest of
    // the code is therefore sound, and the cast is the only place that knows there are two.
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: 5_000 }) });
}

// Next's dev server re-evaluates modules on every change; keep one client per process.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrisma();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
