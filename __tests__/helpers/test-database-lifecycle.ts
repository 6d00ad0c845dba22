/**
 * Jest `setupFilesAfterEnv` for integration tests: migrates this file's database with the
 * real migrations before the tests and removes it afterwards.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { migrateSqliteFile } from './migrate';

const url = process.env.DATABASE_URL!;

beforeAll(async () => {
  if (url.startsWith('file:')) {
    migrateSqliteFile(url.slice('file:'.length));
  } else {
    const { createPostgresDatabase } = await import('./postgres');
    await createPostgresDatabase(url);
  }
});

afterAll(async () => {
  const { prisma } = await import('@/lib/prisma');
  await prisma.$disconnect();
  if (url.startsWith('file:')) {
    rmSync(path.dirname(url.slice('file:'.length)), { recursive: true, force: true });
  } else {
    const { dropPostgresDatabase } = await import('./postgres');
    await dropPostgresDatabase(url);
  }
});
