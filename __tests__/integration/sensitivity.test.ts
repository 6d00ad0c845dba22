jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { prisma } from '@/lib/prisma';
import { setReportSensitivity } from '@/lib/actions/review';
import { visibleConfirmedFactsWhere } from '@/lib/data/fact-filters';
import { rebuildDashboardRollups } from '@/lib/dashboard/write/rebuild';
import { getSessionUser } from '@/lib/auth/session';
import { createPeople, databaseSnapshot, PASSWORD, refusals, type People } from '@/__tests__/helpers/auth-fixtures';
import { signInAs } from '@/__tests__/helpers/request-context';

jest.setTimeout(30_000);
let people: People;
let reportId: string;
let factId: string;

beforeAll(async () => {
  people = await createPeople('sensitivity');
  const location = await prisma.location.create({ data: { name: 'Fictional Camp North', slug: 'fictional-camp-north' } });
  const report = await prisma.report.create({
    data: {
      title: 'Fictional update',
      publisherId: people.orgA,
      publishedDate: '2026-11-01',
      text: 'About 2,000 people arrived.',
      textHash: 'h1',
      ownerOrgId: people.orgA,
    },
  });
  const fact = await prisma.fact.create({
    data: {
      metric: 'arrivals',
      low: 2000,
      high: 2000,
      qualifier: 'about',
      unit: 'people',
      locationId: location.id,
      locationText: 'Camp North',
      date: '2026-11-01',
      sourceOrgId: people.orgA,
      status: 'confirmed',
      reportId: report.id,
      ownerOrgId: people.orgA,
    },
  });
  reportId = report.id;
  factId = fact.id;
  await rebuildDashboardRollups(prisma);
});

/** The public dashboard's rollups as stored, to compare with a rebuild from the facts. */
async function rollupSnapshot() {
  const order = [{ metric: 'asc' as const }, { date: 'asc' as const }];
  return {
    observations: await prisma.observationRollup.findMany({ orderBy: [...order, { locationId: 'asc' }] }),
    byOrganization: await prisma.organizationObservationRollup.findMany({
      orderBy: [...order, { locationId: 'asc' }, { sourceOrgId: 'asc' }],
    }),
  };
}

const cases = () => refusals(() => people, { allowed: 'editorA', tooWeak: ['viewerA', 'editorB'] });

describe('sensitivity: refused requests change nothing', () => {
  it.each(cases().map((c) => [c.name, c] as const))('setReportSensitivity refuses %s', async (_name, refusal) => {
    await refusal.arrange();
    const before = await databaseSnapshot();
    const state = await setReportSensitivity({ reportId, sensitivity: 'restricted' });
    expect(state.ok).toBeFalsy();
    expect(await databaseSnapshot()).toEqual(before);
  });
});

describe('sensitivity: an editor of the owning organization', () => {
  beforeEach(async () => {
    await signInAs(people.editorA, PASSWORD);
  });

  it('refuses a level that does not exist, changing nothing', async () => {
    const before = await databaseSnapshot();
    expect(await setReportSensitivity({ reportId, sensitivity: 'secret' as never })).toMatchObject({
      ok: false,
      message: 'Choose public or restricted.',
    });
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("restricting the report restricts its facts too (audited), for everyone outside the report's organization", async () => {
    expect(await setReportSensitivity({ reportId, sensitivity: 'restricted' })).toMatchObject({ ok: true });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: reportId, action: 'sensitivity' } });
    expect([JSON.parse(audit.before!), JSON.parse(audit.after!)]).toEqual([{ sensitivity: 'public' }, { sensitivity: 'restricted' }]);
    expect(await prisma.fact.count({ where: { id: factId, sensitivity: 'restricted' } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { entityId: factId, action: 'sensitivity' } })).toBe(1);
    expect(await prisma.fact.count({ where: { id: factId, ...visibleConfirmedFactsWhere(null) } })).toBe(0);
    await signInAs(people.editorB, PASSWORD);
    expect(await prisma.fact.count({ where: { id: factId, ...visibleConfirmedFactsWhere(await getSessionUser()) } })).toBe(0);
    await signInAs(people.viewerA, PASSWORD);
    expect(await prisma.fact.count({ where: { id: factId, ...visibleConfirmedFactsWhere(await getSessionUser()) } })).toBe(1);
  });

  it("takes the report's facts out of the public dashboard's rollups and puts them back", async () => {
    const counted = () => prisma.observationRollup.count({ where: { metric: 'arrivals', date: '2026-11-01' } });
    for (const sensitivity of ['restricted', 'public']) {
      await signInAs(people.editorA, PASSWORD);
      expect(await setReportSensitivity({ reportId, sensitivity: sensitivity as 'public' | 'restricted' })).toMatchObject({ ok: true });
      expect(await counted()).toBe(sensitivity === 'public' ? 1 : 0);
      const stored = await rollupSnapshot();
      await rebuildDashboardRollups(prisma);
      expect(stored).toEqual(await rollupSnapshot());
    }
  });

  it('recounts the facts when the review screen makes the report public again', async () => {
    await signInAs(people.editorA, PASSWORD);
    expect(await setReportSensitivity({ reportId, sensitivity: 'restricted' })).toMatchObject({ ok: true });
    expect(await prisma.fact.count({ where: { id: factId, sensitivity: 'restricted' } })).toBe(1);
    expect(await setReportSensitivity({ reportId, sensitivity: 'public' })).toMatchObject({ ok: true });
    expect(await prisma.fact.count({ where: { id: factId, sensitivity: 'public' } })).toBe(1);
    expect(await prisma.observationRollup.count({ where: { metric: 'arrivals', date: '2026-11-01' } })).toBe(1);
    const stored = await rollupSnapshot();
    await rebuildDashboardRollups(prisma);
    expect(stored).toEqual(await rollupSnapshot());
  });
});
