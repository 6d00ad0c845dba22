import path from 'node:path';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { createMember } from '@/lib/accounts/create-user';
import { createFact, type FactProvenance } from '@/lib/facts/write';
import { FactInputSchema } from '@/lib/validation/fact';
import { seedExamples } from '@/prisma/seed/seed-examples';

/**
 * Data for the export tests: the example reports and figures, plus fictional facts that must
 * never leak (restricted, candidate, rejected, deleted) and one whose text a spreadsheet would
 * run as a formula. Members: a viewer of the owning organization and one of another.
 */
export const OWNER = { email: 'viewer@relief-alliance.example', password: 'owner-password-1', organization: 'Fictional Relief Alliance' };
export const OUTSIDER = {
  email: 'viewer@aid-collective.example',
  password: 'outsider-password-1',
  organization: 'Imaginary Aid Collective',
};

export type ExportFixtures = {
  restrictedId: string;
  /** A public fact of a restricted report: restricted by its report. */
  restrictedReportFactId: string;
  candidateId: string;
  rejectedId: string;
  deletedId: string;
  formulaId: string;
  ownerOrgId: string;
};

export async function createExportFixtures(prisma: PrismaClient): Promise<ExportFixtures> {
  await seedExamples(prisma, path.join(process.cwd(), 'data'));
  await createMember(prisma, { ...OWNER, role: 'viewer' });
  await createMember(prisma, { ...OUTSIDER, role: 'viewer' });
  const owner = await prisma.organization.findUniqueOrThrow({ where: { name: OWNER.organization } });
  const base = {
    metric: 'trucks',
    low: 7,
    high: 7,
    qualifier: 'exact',
    unit: 'vehicles',
    location: 'Testville',
    date: '2019-03-02',
    datePrecision: 'day',
    sourceOrg: 'Fictional Wire Service',
  };
  const add = async (overrides: Record<string, unknown>, provenance: Partial<FactProvenance>) =>
    (
      await createFact(prisma, FactInputSchema.parse({ ...base, excerpt: 'Seven trucks left Testville.', ...overrides }), {
        status: 'confirmed',
        userId: null,
        ownerOrgId: owner.id,
        ...provenance,
      })
    ).id;
  const restrictedId = await add({ low: 4242, high: 4242, sensitivity: 'restricted', excerpt: 'Restricted: 4242 trucks.' }, {});
  const candidateId = await add({ low: 5151, high: 5151, excerpt: 'Candidate: 5151 trucks.' }, { status: 'candidate' });
  const rejectedId = await add({ low: 6161, high: 6161, excerpt: 'Rejected: 6161 trucks.' }, { status: 'rejected' });
  const deletedId = await add({ low: 7171, high: 7171, excerpt: 'Deleted: 7171 trucks.' }, {});
  await prisma.fact.update({ where: { id: deletedId }, data: { deletedAt: new Date() } });
  const formulaId = await add(
    // The unit holds the separator the exports read a fact's kind with (export-lookups.ts), and a formula.
    {
      low: 12,
      high: 12,
      unit: '=kits | boxes',
      location: '@Formula Place',
      excerpt: '=HYPERLINK("https://attacker.example","12 trucks")',
      sourceOrg: '+Fictional Formula Org',
    },
    { sourceTitle: '-Fictional bulletin, "quoted", with, commas', sourceUrl: 'https://example.org/fictional-bulletin' },
  );
  const restrictedReport = await prisma.report.create({
    data: {
      title: 'Fictional internal note',
      publisherId: owner.id,
      publishedDate: '2019-03-02',
      text: 'Eight trucks left Testville.',
      textHash: 'fixture-internal-note',
      sensitivity: 'restricted',
      ownerOrgId: owner.id,
    },
  });
  const restrictedReportFactId = await add({ low: 8383, high: 8383, excerpt: 'Internal: 8383 trucks.' }, { reportId: restrictedReport.id });
  return { restrictedId, restrictedReportFactId, candidateId, rejectedId, deletedId, formulaId, ownerOrgId: owner.id };
}
