jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);

import Papa from 'papaparse';
import { prisma } from '@/lib/prisma';
import { buildFactWhere } from '@/lib/data/fact-filters';
import { factWhereSql } from '@/lib/data/export-where';
import { getSessionUser } from '@/lib/auth/session';
import { Prisma } from '@/lib/generated/prisma/client';
import { databaseKind } from '@/lib/database-url';
import { parseFilters } from '@/lib/validation/filters';
import { createExportFixtures, OUTSIDER, OWNER, type ExportFixtures } from '@/__tests__/helpers/export-fixtures';
import { exportResponse, exportText } from '@/__tests__/helpers/export-request';
import { signInAs, signOutOfRequest } from '@/__tests__/helpers/request-context';

let fixtures: ExportFixtures;
jest.setTimeout(30_000);
beforeAll(async () => {
  fixtures = await createExportFixtures(prisma);
}, 120_000);
beforeEach(() => signOutOfRequest());
afterEach(() => {
  delete process.env.SITREP_PUBLIC_READ;
});

function csvIds(text: string): string[] {
  const [header, , ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => row[header.indexOf('Fact ID')]);
}

describe('who sees what in exports', () => {
  it('gives anonymous readers public confirmed facts only, never restricted, candidate, rejected or deleted ones', async () => {
    const never = [fixtures.restrictedId, fixtures.restrictedReportFactId, fixtures.candidateId, fixtures.rejectedId, fixtures.deletedId];
    const ids = csvIds(await exportText('format=csv'));
    expect(ids).toContain(fixtures.formulaId);
    for (const id of never) expect(ids).not.toContain(id);
    const json = await exportText('format=json');
    for (const figure of ['4242', '5151', '6161', '7171']) expect(json).not.toContain(`Restricted: ${figure}`);
    expect(json).not.toContain('Internal: 8383');
    for (const id of never) expect(json).not.toContain(id);
    const markdown = await exportText('format=md&metric=trucks');
    expect(markdown).not.toMatch(/4,?242|8,?383|Fictional internal note/);
  });

  it("adds the reader's own organization's restricted facts, still never candidates or deleted ones", async () => {
    await signInAs(OWNER.email, OWNER.password);
    const ids = csvIds(await exportText('format=csv'));
    expect(ids).toContain(fixtures.restrictedId);
    expect(ids).toContain(fixtures.restrictedReportFactId);
    for (const id of [fixtures.candidateId, fixtures.rejectedId, fixtures.deletedId]) expect(ids).not.toContain(id);
    const body = JSON.parse(await exportText('format=json'));
    expect(body.includesRestricted).toBe(true);
    expect(body.facts.find((fact: { id: string }) => fact.id === fixtures.restrictedId).sensitivity).toBe('restricted');
  });

  it("keeps another organization's restricted facts out", async () => {
    await signInAs(OUTSIDER.email, OUTSIDER.password);
    const ids = csvIds(await exportText('format=csv'));
    expect(ids).not.toContain(fixtures.restrictedId);
    expect(ids).not.toContain(fixtures.restrictedReportFactId);
  });

  it('answers 401 to anonymous readers when public reading is off, and serves members', async () => {
    process.env.SITREP_PUBLIC_READ = 'false';
    const anonymous = await exportResponse('format=csv');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toMatch(/sign in/i);
    await signInAs(OWNER.email, OWNER.password);
    expect((await exportResponse('format=csv')).status).toBe(200);
  });

  it('rejects an unknown format with a clear 400', async () => {
    const response = await exportResponse('format=docx');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Unknown export format "docx". Use one of: csv, json, xlsx, pdf, md/);
  });

  it('ignores filter values that do not parse instead of failing', async () => {
    const response = await exportResponse('format=json&from=yesterday&metric=unicorns');
    expect(response.status).toBe(200);
    const body = JSON.parse(await response.text());
    expect(body.ignoredFilters).toHaveLength(2);
    expect(body.facts.length).toBeGreaterThan(0);
  });
});

describe('factWhereSql', () => {
  const cases = [
    '',
    'from=2019-03-01&to=2019-03-10',
    'metric=trucks&metric=people_departed',
    'org=afp',
    'location=al-hol-camp&from=2019-02-01',
    'location=testville',
  ];

  it.each(cases)('selects the same facts as buildFactWhere for "%s", anonymous and signed in', async (query) => {
    const { filters } = parseFilters(new URLSearchParams(query));
    await signInAs(OWNER.email, OWNER.password);
    const member = await getSessionUser();
    for (const reader of [null, member]) {
      // Both spellings on SQLite (which accepts both); only PostgreSQL's on PostgreSQL (no unary + on text).
      for (const isSqlite of databaseKind(process.env.DATABASE_URL!) === 'sqlite' ? [true, false] : [false]) {
        const viaPrisma = (await prisma.fact.findMany({ where: buildFactWhere(filters, reader), select: { id: true } }))
          .map((fact) => fact.id)
          .sort();
        // inlineLimit 0: hidden reports asked of the Report table instead of named.
        for (const inlineLimit of [1_000, 0]) {
          const rows = await prisma.$queryRaw<{ id: string }[]>(
            Prisma.sql`SELECT "id" FROM "Fact" WHERE ${await factWhereSql(filters, reader, isSqlite, inlineLimit)}`,
          );
          expect(rows.map((row) => row.id).sort()).toEqual(viaPrisma);
        }
        if (reader) expect(viaPrisma.length).toBeGreaterThan(0);
        if (query === 'location=testville') expect(viaPrisma.includes(fixtures.restrictedReportFactId)).toBe(reader !== null);
      }
    }
  });
});
