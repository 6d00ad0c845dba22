import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';

/** The client or an open transaction: write helpers take either, so callers choose the transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;
