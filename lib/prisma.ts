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
  // Prisma waits only 2 s for a free connection before failing a transaction (P2028); under a
  // burst of editors (bench/concurrency) queueing a little longer beats a "try again" error.
  const transactionOptions = { maxWait: 10_000 };
  if (databaseKind(url) === 'postgresql') {
    // A generated client is bound to one provider and refuses another's adapter, so PostgreSQL
    // needs the client generated from prisma/pg/schema.prisma. That schema is a mechanical copy of
    // prisma/schema.prisma (scripts/pg-schema.ts, drift-tested), so both clients have the same
    // models, fields and query API; only provider-specific extras differ (e.g. `mode:
    // 'insensitive'`, which the code must not use since SQLite lacks it). One type for the rest of
    // the code is therefore sound, and the cast is the only place that knows there are two.
    const pool = { connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) };
    const client = new PostgresPrismaClient({ adapter: new PrismaPg(pool), transactionOptions });
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: 5_000 }), transactionOptions });
}

// Next's dev server re-evaluates modules on every change; keep one client per process.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrisma();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
