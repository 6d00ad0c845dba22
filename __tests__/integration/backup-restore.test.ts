/**
 * A backup brings back every fact, on whichever database this run uses (the suite runs on SQLite
 * and, through scripts/test-postgres.sh, on PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { prisma, createPrisma } from '@/lib/prisma';
import { backupDatabase, restoreDatabase } from '@/lib/backup';
import { databaseKind } from '@/lib/database-url';
import { createFact } from '@/lib/facts/write';
import { seedExamples } from '@/prisma/seed/seed-examples';

const url = process.env.DATABASE_URL!;
const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-backup-'));
const backupFile = path.join(folder, databaseKind(url) === 'sqlite' ? 'backup.db' : 'backup.dump');

/** Every fact with every column, in a stable order: what "finds every fact" compares. */
async function allFacts(client = prisma) {
  return client.fact.findMany({ orderBy: { id: 'asc' }, include: { location: true, sourceOrg: true } });
}

async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (databaseKind(url) === 'sqlite') return { url: `file:${path.join(folder, 'restored.db')}`, drop: async () => undefined };
  const target = new URL(url);
  target.pathname = `/sitrep_restore_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${target.pathname.slice(1)}"`);
  return {
    url: target.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${target.pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

beforeAll(async () => {
  await seedExamples(prisma, path.join(process.cwd(), 'data'));
  await createFact(
    prisma,
    {
      metric: 'people_displaced',
      low: 1200,
      high: 1500,
      qualifier: 'range',
      unit: 'people',
      location: 'Backupville',
      date: '2026-11-20',
      datePrecision: 'day',
      sourceOrg: 'Backup Test Relief',
      excerpt: 'between 1,200 and 1,500 people',
      sensitivity: 'restricted',
    },
    { status: 'confirmed', userId: null, ownerOrgId: null },
  );
  await backupDatabase(url, backupFile);
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('backup and restore', () => {
  it('restores into an empty database with every fact, field for field', async () => {
    const expected = await allFacts();
    expect(expected.length).toBeGreaterThan(100);
    const target = await emptyDatabase();
    const restored = createPrisma(target.url);
    try {
      await restoreDatabase(target.url, backupFile);
      expect(await allFacts(restored)).toEqual(expected);
      expect(await restored.auditEntry.count()).toBe(await prisma.auditEntry.count());
    } finally {
      await restored.$disconnect();
      await target.drop();
    }
  }, 60_000);

  it('restores over the live database, undoing later changes', async () => {
    const expected = await allFacts();
    const victim = expected.find((fact) => fact.locationText === 'Backupville')!;
    await prisma.fact.update({ where: { id: victim.id }, data: { low: 1, high: 1, version: { increment: 1 } } });
    await prisma.fact.deleteMany({ where: { id: expected[0].id } });
    await restoreDatabase(url, backupFile);
    expect(await allFacts()).toEqual(expected);
  }, 60_000);
});
