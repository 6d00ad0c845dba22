import path from 'node:path';
import { loadEnvConfig } from '@next/env';

loadEnvConfig(process.cwd());

async function main(): Promise<void> {
  // Imported after the environment is loaded: the client reads DATABASE_URL when created.
  const { prisma } = await import('@/lib/prisma');
  const { seedExamples } = await import('./seed-examples');
  const { ensureExampleAdmin } = await import('./example-admin');
  try {
    const summary = await seedExamples(prisma, path.join(process.cwd(), 'data'));
    const admin = await ensureExampleAdmin(prisma);
    console.log(`Example data: ${summary.reports} new report(s), ${summary.facts} new fact(s).${admin ? ` ${admin}` : ''}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
