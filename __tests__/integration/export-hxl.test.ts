jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { prisma } from '@/lib/prisma';
import { FACT_COLUMNS } from '@/lib/export/columns';
import { importFacts } from '@/lib/import/run';
import { createExportFixtures, OWNER } from '@/__tests__/helpers/export-fixtures';
import { exportResponse, exportText } from '@/__tests__/helpers/export-request';
import { hxlProblems } from '@/__tests__/helpers/hxl-check';
import { signOutOfRequest } from '@/__tests__/helpers/request-context';

// Fictional places and codes (never a real P-code): a site in an admin 1 area in a country.
const FICTIONAL = {
  country: 'Fictional Republic',
  iso3: 'XFR',
  governorate: 'Fictional Governorate',
  adm1Code: 'XF01',
  siteCode: 'XF01-S1',
};

jest.setTimeout(60_000);
let folder: string;
beforeAll(async () => {
  await createExportFixtures(prisma);
  const country = await prisma.location.create({
    data: { name: FICTIONAL.country, slug: 'fictional-republic', kind: 'country', countryIso3: FICTIONAL.iso3 },
  });
  const governorate = await prisma.location.create({
    data: { name: FICTIONAL.governorate, slug: 'fictional-governorate', kind: 'admin1', pcode: FICTIONAL.adm1Code, parentId: country.id },
  });
  await prisma.location.update({
    where: { name: 'Testville' },
    data: { kind: 'site', pcode: FICTIONAL.siteCode, parentId: governorate.id, latitude: 12.5, longitude: 40.25 },
  });
  const sample = await prisma.fact.findFirstOrThrow({
    where: { location: { name: 'Testville' }, sensitivity: 'public', status: 'confirmed', deletedAt: null },
  });
  // One fact per level of the hierarchy, so an import into an empty database can rebuild it.
  const copy = { ...sample, id: undefined, idempotencyKey: null, reportId: null, version: 1 };
  for (const [name, low] of [
    ['Testville', 20],
    [FICTIONAL.governorate, 30],
    [FICTIONAL.country, 40],
  ] as const) {
    const place = await prisma.location.findUniqueOrThrow({ where: { name } });
    await prisma.fact.create({ data: { ...copy, locationId: place.id, locationText: name, low, high: low } });
  }
  await prisma.fact.create({
    data: { ...copy, low: 900, high: 1_100, qualifier: 'range', measure: 'cumulative', periodStart: '2019-02-20' },
  });
  folder = mkdtempSync(path.join(tmpdir(), 'sitrep-hxl-'));
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeEach(() => signOutOfRequest());

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const column = (key: string) => FACT_COLUMNS.findIndex((candidate) => candidate.key === key);

describe('HXL CSV export', () => {
  it('passes the HXL check on every row: core tags, ISO dates, numbers where HXL wants numbers', async () => {
    const [, hashtags, ...rows] = parseCsv(await exportText('format=csv'));
    expect(rows.length).toBeGreaterThan(100);
    expect(hxlProblems(hashtags, rows)).toEqual([]);
  });

  it('never writes a midpoint: a range leaves the value empty and states its bounds', async () => {
    const [, , ...rows] = parseCsv(await exportText('format=csv'));
    const ranges = rows.filter((row) => row[column('low')] !== row[column('high')]);
    expect(ranges.length).toBeGreaterThan(0);
    for (const row of ranges) expect(row[column('value')]).toBe('');
    const exact = rows.filter((row) => row[column('low')] === row[column('high')]);
    for (const row of exact) expect(row[column('value')]).toBe(row[column('low')]);
    const range = rows.find((row) => row[column('low')] === '900')!;
    expect([range[column('high')], range[column('measure')], range[column('periodStart')]]).toEqual(['1100', 'cumulative', '2019-02-20']);
  });

  it('fills P-codes, admin 1 and country from the place hierarchy for every place that has them', async () => {
    const [, , ...rows] = parseCsv(await exportText('format=csv'));
    const coded = await prisma.location.findMany({ where: { pcode: { not: null } }, select: { name: true, pcode: true } });
    for (const place of coded)
      for (const row of rows.filter((cells) => cells[column('location')] === place.name))
        expect(row[column('locationCode')]).toBe(place.pcode);
    const testville = rows.find((row) => row[column('location')] === 'Testville')!;
    const cells = ['countryCode', 'adm1', 'adm1Code', 'locationCode', 'locationKind', 'parent', 'latitude', 'longitude'].map(
      (key) => testville[column(key)],
    );
    expect(cells).toEqual([
      FICTIONAL.iso3,
      FICTIONAL.governorate,
      FICTIONAL.adm1Code,
      FICTIONAL.siteCode,
      'site',
      FICTIONAL.governorate,
      '12.5',
      '40.25',
    ]);
  });

  it('sorts rows by date, then place; starts with a byte-order mark unless bom=0; names plain and HXL files apart', async () => {
    const response = await exportResponse('format=csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes)).slice(2);
    const keys = rows.map((row) => [row[column('date')], row[column('location')]]);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1].localeCompare(b[1], 'en')));
    expect(keys).toEqual(sorted);
    const plain = await exportResponse('format=csv&hxl=0&bom=0');
    expect([...new Uint8Array(await plain.arrayBuffer()).slice(0, 4)]).toEqual([...new TextEncoder().encode('Date')]);
    expect(plain.headers.get('content-disposition')).not.toBe(response.headers.get('content-disposition'));
  });
});

describe('round trip', () => {
  it('export, import into an empty database, export again: the same rows', async () => {
    const first = await exportText('format=csv');
    const file = path.join(folder, 'export.csv');
    writeFileSync(file, first);
    const owner = await prisma.organization.findUniqueOrThrow({ where: { name: OWNER.organization }, include: { memberships: true } });
    await emptyDatabaseExcept(owner.id);
    const created = await importFacts(file, { userId: owner.memberships[0].userId, ownerOrgId: owner.id, fileName: 'export.csv' });
    const before = comparable(first);
    expect(created).toEqual({ created: before.length - 2, skipped: 0 });
    expect(comparable(await exportText('format=csv'))).toEqual(before);
  });
});

/**
 * Rows without what an import cannot carry: the fact's id (new in the new database), and the
 * report's publisher and date (the import has no report text, so it keeps the report's title and
 * address on the fact). Sorted, since facts of one day and place are ordered by their new ids.
 */
function comparable(csv: string): string[] {
  const dropped = new Set([column('factId'), column('reportPublisher'), column('reportDate')]);
  return parseCsv(csv)
    .map((row) => JSON.stringify(row.filter((_, index) => !dropped.has(index))))
    .sort();
}

async function emptyDatabaseExcept(ownerOrgId: string): Promise<void> {
  await prisma.reviewFeedback.deleteMany();
  await prisma.fact.deleteMany();
  await prisma.report.deleteMany();
  await prisma.observationRollup.deleteMany();
  await prisma.organizationMetricRollup.deleteMany();
  await prisma.organizationObservationRollup.deleteMany();
  await prisma.locationAlias.deleteMany();
  await prisma.location.updateMany({ data: { parentId: null } });
  await prisma.location.deleteMany();
  await prisma.organization.deleteMany({ where: { id: { not: ownerOrgId }, memberships: { none: {} } } });
  expect(await prisma.fact.count()).toBe(0);
}
