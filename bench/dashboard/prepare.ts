import { migrateSqliteFile } from '@/__tests__/helpers/migrate';
import { fillSyntheticDatabase } from '@/bench/dashboard/synthetic-data';
import { rebuildDashboardRollups } from '@/lib/dashboard/write/rebuild';
import { prisma } from '@/lib/prisma';

/** Migrates a fresh file, fills it with synthetic facts, then builds the rollups in bulk. */
export async function prepareDatabase(file: string): Promise<void> {
  migrateSqliteFile(file);
  let started = Date.now();
  const filled = fillSyntheticDatabase(file);
  console.log(`filled ${filled.facts} facts and ${filled.reports} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  await prisma.$transaction(async (tx) => rebuildDashboardRollups(tx), { timeout: 600_000 });
  await prisma.$executeRawUnsafe('ANALYZE');
  const [observations, organizations] = await Promise.all([prisma.observationRollup.count(), prisma.organizationMetricRollup.count()]);
  console.log(
    `rollups: ${observations} observations, ${organizations} organization rows, built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
