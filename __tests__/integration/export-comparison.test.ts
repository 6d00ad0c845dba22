jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);

import { fetchKeyFigures, resolveDashboardScope } from '@/lib/dashboard/read';
import { summarizeWithComparison } from '@/lib/export/respond';
import { createFact } from '@/lib/facts/write';
import { prisma } from '@/lib/prisma';
import { FactInputSchema } from '@/lib/validation/fact';
import { EMPTY_FILTERS, type DashboardFilters } from '@/lib/validation/filters';
import { exportText } from '@/__tests__/helpers/export-request';
import { signOutOfRequest } from '@/__tests__/helpers/request-context';

/**
 * The summaries compare each key figure with the period before, as the dashboard card does. Fictional
 * figures: trucks at two places in March 2025 and at the same two places in the 31 days before (comparable);
 * camp population at one place in March and only at the other place before (not comparable).
 */
const PERIOD = { from: '2025-03-01', to: '2025-03-31' };
const NORTH = 'Fictional North Camp';
const SOUTH = 'Fictional South Camp';
const TRUCKS: Record<'current' | 'previous', Record<string, number>> = {
  current: { [NORTH]: 50, [SOUTH]: 75 },
  previous: { [NORTH]: 40, [SOUTH]: 60 },
};

jest.setTimeout(60_000);
beforeAll(async () => {
  const add = (metric: string, unit: string, location: string, date: string, value: number) =>
    createFact(
      prisma,
      FactInputSchema.parse({
        metric,
        unit,
        location,
        date,
        low: value,
        high: value,
        qualifier: 'exact',
        datePrecision: 'day',
        sourceOrg: 'Fictional Wire Service',
        excerpt: `${value} ${unit} at ${location} on ${date}.`,
      }),
      { status: 'confirmed', userId: null, ownerOrgId: null },
    );
  for (const place of [NORTH, SOUTH]) {
    await add('trucks', 'vehicles', place, '2025-02-10', TRUCKS.previous[place]);
    await add('trucks', 'vehicles', place, '2025-03-10', TRUCKS.current[place]);
  }
  await add('camp_population', 'people', SOUTH, '2025-02-15', 300);
  await add('camp_population', 'people', NORTH, '2025-03-15', 500);
}, 120_000);
beforeEach(() => signOutOfRequest());

const sum = (values: Record<string, number>) => Object.values(values).reduce((total, value) => total + value, 0);

describe('the summary against the period before', () => {
  it('states the change where the previous period has figures for the same places, and says so where not', async () => {
    const markdown = await exportText(`format=md&from=${PERIOD.from}&to=${PERIOD.to}`);
    const before = sum(TRUCKS.previous);
    const percent = Math.round(((sum(TRUCKS.current) - before) / before) * 100);
    expect(percent).toBe(25);
    expect(markdown).toContain('Compared with the previous 31 days (29 Jan 2025 – 28 Feb 2025)');
    expect(markdown).toContain(`- Trucks: Previous 31 days: ${before} vehicles (up ${percent}%)`);
    // The place counted in March had no figure before: the card's "no comparable figures".
    expect(markdown).toContain('- Camp population: Previous 31 days: no comparable figures');
  });

  it('equals the dashboard card’s change for the same view', async () => {
    const filters: DashboardFilters = { ...EMPTY_FILTERS, ...PERIOD };
    const { comparison } = await summarizeWithComparison(filters, null);
    const { cards } = await fetchKeyFigures(await resolveDashboardScope(filters, null, '2025-04-01'));
    for (const metric of ['trucks', 'camp_population'] as const) {
      const card = cards.find((candidate) => candidate.metric === metric)!;
      expect(comparison!.lines[metric]).toEqual({ previous: card.previous, change: card.change, comparable: card.comparable });
    }
    expect(comparison!.lines.trucks!.change).toEqual({ direction: 'up', percent: 25 });
    expect(comparison!.lines.camp_population!.comparable).toBe(false);
  });

  it('without dates compares the dates of its facts with as many days before them', async () => {
    // The facts run from 10 Feb to 15 Mar 2025 (34 days); nothing is older, so nothing compares.
    const markdown = await exportText('format=md');
    expect(markdown).toContain('Compared with the previous 34 days (7 Jan 2025 – 9 Feb 2025)');
    expect(markdown).toContain('- Trucks: Previous 34 days: no comparable figures');
  });
});
