import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseKind, resolveDatabaseUrl, sqliteFilePath } from '@/lib/database-url';

/**
 * A Prisma client for a database URL. The app uses the one `prisma` below; tests and
 * scripts call this with their own throwaway database.
 */
export function createPrisma(url: string = resolveDatabaseUrl()): PrismaClient {
  if (databaseKind(url) === 'postgresql') {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: 5_000 }) });
}

// Next's dev server re-evaluates modules on every change; keep one client per process.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrisma();

if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;
