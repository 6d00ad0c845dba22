import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMember } from '@/lib/accounts/create-user';
import { fetchKeyFigures, resolveDashboardScope } from '@/lib/dashboard/read';
import { importFacts } from '@/lib/import/run';
import { prisma } from '@/lib/prisma';
import { EMPTY_FILTERS } from '@/lib/validation/filters';

// Fictional places and figures. The expected counts are worked out by hand from the rules of
// ../shared/docs/facts.md ("Measure and period", "Units", "Places"), not read from the code.
const CSV = [
  'date,metric,measure,period_start,value,unit,location,parent,source_org,excerpt',
  '2020-03-01,people_arrived,cumulative,2020-02-01,100,people,Fictional Camp North,Fictional Province,Example Relief Agency,Running total',
  '2020-03-05,people_arrived,cumulative,2020-02-01,150,people,Fictional Camp North,Fictional Province,Example Relief Agency,Running total',
  '2020-03-09,people_arrived,cumulative,2020-02-01,230,people,Fictional Camp North,Fictional Province,Example Relief Agency,Running total',
  '2020-03-02,people_arrived,flow,,40,people,Fictional Camp South,Fictional Province,Example Relief Agency,Daily arrivals',
  '2020-03-03,people_arrived,flow,,60,people,Fictional Camp South,Fictional Province,Example Relief Agency,Daily arrivals',
  '2020-03-03,people_arrived,flow,,30,families,Fictional Camp South,Fictional Province,Example Relief Agency,Families arrived',
  '2020-03-03,people_arrived,flow,,500,people,Fictional Province,,Example Relief Agency,Province total for the day',
].join('\n');

const VIEW = { ...EMPTY_FILTERS, from: '2020-03-01', to: '2020-03-10' };

describe('a CSV of running totals, daily flows, two units and a parent/child pair of places', () => {
  beforeAll(async () => {
    const { userId } = await createMember(prisma, {
      email: 'counting@import.example',
      password: 'importer-password',
      organization: 'Counting Import Org',
      role: 'editor',
    });
    const org = await prisma.organization.findUniqueOrThrow({ where: { name: 'Counting Import Org' } });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sitrep-import-counting-')), 'figures.csv');
    writeFileSync(file, CSV);
    expect(await importFacts(file, { userId, ownerOrgId: org.id, fileName: 'figures.csv' })).toEqual({ created: 7, skipped: 0 });
  });

  it('imports the measure, the period start and the parent place', async () => {
    const province = await prisma.location.findUniqueOrThrow({ where: { name: 'Fictional Province' } });
    const north = await prisma.location.findUniqueOrThrow({ where: { name: 'Fictional Camp North' } });
    expect(north.parentId).toBe(province.id);
    const totals = await prisma.fact.findMany({ where: { locationId: north.id }, orderBy: { date: 'asc' } });
    expect(totals.map((fact) => [fact.measure, fact.periodStart])).toEqual([
      ['cumulative', '2020-02-01'],
      ['cumulative', '2020-02-01'],
      ['cumulative', '2020-02-01'],
    ]);
  });

  it('shows the totals the rules give: no running total added, families beside, the province never added to its camps', async () => {
    const card = (await fetchKeyFigures(await resolveDashboardScope(VIEW, null, '2020-03-20'))).cards.find(
      (c) => c.metric === 'people_arrived',
    )!;
    // Flows per day: 2 Mar 40 (South); 3 Mar the larger of the province's 500 and its camps' 60 → 500;
    // North has only running totals, so its flows are the changes between them: 5 Mar +50, 9 Mar +80.
    // The 100 as of 1 Mar has no earlier total in the view, so it adds nothing.
    expect(card.unit).toBe('people');
    expect(card.current).toMatchObject({ low: 670, high: 670 });
    expect(card.alsoReported).toEqual([expect.objectContaining({ unit: 'families', low: 30, high: 30 })]);
    expect(card.runningTotals.map((total) => total.high)).toContain(230);
  });
});
