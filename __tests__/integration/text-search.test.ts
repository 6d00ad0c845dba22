/** Report search ignores case on SQLite and on PostgreSQL alike (their LIKE differs). */
import { prisma } from '@/lib/prisma';
import { fetchReportList } from '@/lib/data/reports';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';

const NO_FILTERS = { publisher: '', from: '', to: '', q: '' };

describe('report search', () => {
  beforeAll(async () => {
    const org = await findOrCreateOrganization(prisma, { name: 'Search Test Relief' });
    const location = await prisma.location.create({ data: { name: 'Riverbend', slug: 'riverbend' } });
    const report = await prisma.report.create({
      data: {
        title: 'Flash Update: Riverbend Floods',
        publisherId: org.id,
        publishedDate: '2026-11-10',
        text: 'Flooding in RIVERBEND displaced families.',
        textHash: 'search-test-1',
      },
    });
    // Public reports are listed for everyone once one of their figures is confirmed.
    await prisma.fact.create({
      data: {
        metric: 'people_displaced',
        low: 10,
        high: 10,
        qualifier: 'exact',
        unit: 'people',
        locationText: 'Riverbend',
        date: '2026-11-09',
        status: 'confirmed',
        reportId: report.id,
        locationId: location.id,
        sourceOrgId: org.id,
      },
    });
  });

  it.each(['riverbend floods', 'FLASH UPDATE', 'flooding in riverbend'])('finds the report for "%s"', async (q) => {
    const rows = await fetchReportList({ ...NO_FILTERS, q }, null);
    expect(rows.map((row) => row.title)).toEqual(['Flash Update: Riverbend Floods']);
  });
});
