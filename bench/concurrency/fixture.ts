/**
 * What the bench works on: one organization, N editors, one report with a handful of candidate
 * facts (all editors on the same report), and the checks run on it afterwards.
 */
import { createMember } from '@/lib/accounts/create-user';
import { createFact } from '@/lib/facts/write';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';

export const EDITOR_PASSWORD = 'bench-editor-password';
export const ORGANIZATION = 'Bench Coordination Team';

export type Fixture = { reportId: string; factIds: string[]; editors: string[] };

export async function createFixture(prisma: PrismaClient, editorCount: number, factCount: number): Promise<Fixture> {
  const editors = Array.from({ length: editorCount }, (_, index) => `editor${index}@bench.example`);
  for (const email of editors) await createMember(prisma, { email, password: EDITOR_PASSWORD, organization: ORGANIZATION, role: 'editor' });
  const org = await findOrCreateOrganization(prisma, { name: ORGANIZATION });
  const text = Array.from({ length: factCount }, (_, index) => `About ${100 * (index + 1)} people left Benchtown ${index} on Monday.`).join(
    ' ',
  );
  const report = await prisma.report.create({
    data: {
      title: 'Bench report',
      publisherId: org.id,
      publishedDate: '2026-11-20',
      text,
      textHash: `bench-${Date.now()}`,
      ownerOrgId: org.id,
      sensitivity: 'restricted',
    },
  });
  const factIds: string[] = [];
  for (let index = 0; index < factCount; index += 1) {
    const excerpt = `About ${100 * (index + 1)} people left Benchtown ${index}`;
    const start = text.indexOf(excerpt);
    const { id } = await createFact(
      prisma,
      {
        metric: 'people_departed',
        low: 100 * (index + 1),
        high: 100 * (index + 1),
        qualifier: 'approx',
        unit: 'people',
        location: `Benchtown ${index}`,
        date: '2026-11-16',
        datePrecision: 'day',
        sourceOrg: ORGANIZATION,
        excerpt,
        sensitivity: 'restricted',
      },
      {
        status: 'candidate',
        userId: null,
        ownerOrgId: org.id,
        reportId: report.id,
        excerptStart: start,
        excerptEnd: start + excerpt.length,
        cue: 'left -> people_departed',
      },
    );
    factIds.push(id);
  }
  return { reportId: report.id, factIds, editors };
}

export type FactTally = { edits: number; decisions: number };

/** Every invariant the run must keep; each entry says what broke. */
export async function verify(
  prisma: PrismaClient,
  fixture: Fixture,
  initial: Map<string, { low: number; version: number }>,
  tally: Map<string, FactTally>,
  since: Date,
): Promise<string[]> {
  const problems: string[] = [];
  const facts = await prisma.fact.findMany({ where: { reportId: fixture.reportId } });
  if (facts.length !== fixture.factIds.length)
    problems.push(`report has ${facts.length} facts, expected ${fixture.factIds.length} (duplicates?)`);
  for (const fact of facts) {
    const start = initial.get(fact.id)!;
    const { edits, decisions } = tally.get(fact.id) ?? { edits: 0, decisions: 0 };
    // Every successful edit adds 1 to low: a lost update would leave low short of the count.
    if (fact.low - start.low !== edits)
      problems.push(`fact ${fact.id}: low grew by ${fact.low - start.low}, ${edits} edits succeeded (lost update)`);
    if (fact.version - start.version !== edits + decisions)
      problems.push(`fact ${fact.id}: version grew by ${fact.version - start.version}, ${edits + decisions} writes succeeded`);
    const audits = await prisma.auditEntry.count({ where: { entityType: 'fact', entityId: fact.id, createdAt: { gte: since } } });
    if (audits !== edits + decisions) problems.push(`fact ${fact.id}: ${audits} audit entries for ${edits + decisions} writes`);
    const corrections = await prisma.reviewFeedback.count({ where: { factId: fact.id, outcome: 'corrected' } });
    if (corrections !== 2 * edits) problems.push(`fact ${fact.id}: ${corrections} correction records for ${edits} edits of two fields`);
  }
  return problems;
}
