import { mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMember } from '@/lib/accounts/create-user';
import { ImportRejectedError, importFacts, previewImport } from '@/lib/import/run';
import { prisma } from '@/lib/prisma';
import { METRICS } from '@/lib/facts/vocabulary';
import Papa from 'papaparse';
import { importTemplateCsv } from '@/lib/import/template';
import { hxlProblems } from '@/__tests__/helpers/hxl-check';

const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-import-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeCsv(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

let owner: { userId: string; ownerOrgId: string; fileName: string };
beforeAll(async () => {
  const { userId } = await createMember(prisma, {
    email: 'importer@entry.example',
    password: 'importer-password',
    organization: 'Import Org',
    role: 'editor',
  });
  const org = await prisma.organization.findUniqueOrThrow({ where: { name: 'Import Org' } });
  owner = { userId, ownerOrgId: org.id, fileName: 'test.csv' };
});

const PLAIN = [
  'date,metric,value,unit,location,source_org,excerpt',
  '2019-03-01,people_arrived,"about 2,000",people,Fictional Camp East,Example Relief Agency,Counted at the gate',
  '2019-03-02,Trucks,15,,Fictional Crossing,Example Relief Agency,"=HYPERLINK(""http://evil.example"",""x"")"',
  '2019-03-02,people_departed,"2,000-3,000",people,Fictional Crossing,Example Relief Agency,<script>alert(1)</script>',
].join('\n');

describe('CSV import', () => {
  it('previews a plain CSV with a header row, then imports it; a second import adds nothing', async () => {
    const file = writeCsv('plain.csv', PLAIN);
    const preview = await previewImport(file, owner.ownerOrgId);
    expect(preview).toMatchObject({ rowCount: 3, newCount: 3, errorCount: 0, missing: [], hasHxlTags: false });
    expect(await prisma.fact.count({ where: { ownerOrgId: owner.ownerOrgId } })).toBe(0);
    expect(await importFacts(file, owner)).toEqual({ created: 3, skipped: 0 });
    const trucks = await prisma.fact.findFirstOrThrow({ where: { metric: 'trucks', ownerOrgId: owner.ownerOrgId } });
    expect(trucks).toMatchObject({ low: 15, unit: 'vehicles', status: 'confirmed', excerpt: '=HYPERLINK("http://evil.example","x")' });
    expect(await prisma.auditEntry.count({ where: { entityId: trucks.id, action: 'import', userId: owner.userId } })).toBe(1);
    // Imported figures reach the dashboard: its rollup holds the trucks observation.
    const rollup = await prisma.observationRollup.findMany({
      where: { metric: 'trucks', locationId: trucks.locationId, date: '2019-03-02' },
    });
    expect(rollup).toHaveLength(1);
    expect(rollup[0]).toMatchObject({ low: 15, high: 15 });
    expect(await importFacts(file, owner)).toEqual({ created: 0, skipped: 3 });
    expect((await previewImport(file, owner.ownerOrgId)).alreadyImportedCount).toBe(3);
    expect(await prisma.fact.count({ where: { ownerOrgId: owner.ownerOrgId } })).toBe(3);
  });

  it('understands the HXL-tagged CSV of the export, skipping the tag row and unknown columns', async () => {
    const file = writeCsv(
      'hxl.csv',
      [
        'Fact ID,Date,Metric,Low,High,Qualifier,Unit,Location,Source organization,Status',
        '#meta+id,#date,#indicator+name,#affected+min,#affected+max,#meta+qualifier,#meta+unit,#loc+name,#org+source,#status',
        'abc,2019-03-04,People arrived,500,500,min,people,Fictional Camp West,Example Relief Agency,confirmed',
        "def,2019-03-04,camp_population,'-3,'-3,exact,people,Fictional Camp West,Example Relief Agency,confirmed",
      ].join('\r\n'),
    );
    const preview = await previewImport(file, owner.ownerOrgId);
    expect(preview.hasHxlTags).toBe(true);
    expect(preview.rowCount).toBe(2);
    expect(preview.errors).toEqual([
      { row: 4, problems: ["Low: '-3': a count cannot be negative.", "High: '-3': a count cannot be negative."] },
    ]);
  });

  it('maps columns by their HXL tags when the header names are unknown', async () => {
    const file = writeCsv(
      'hxl-only.csv',
      [
        'Jour,Indicateur,Nombre,Lieu,Organisation',
        '#date,#indicator+code,#affected+num,#loc,#org',
        '2019-03-05,people_displaced,about 700,Fictional Valley,Example Relief Agency',
      ].join('\n'),
    );
    expect(await importFacts(file, owner)).toEqual({ created: 1, skipped: 0 });
    expect(await prisma.fact.findFirstOrThrow({ where: { locationText: 'Fictional Valley' } })).toMatchObject({
      low: 700,
      qualifier: 'approx',
      metric: 'people_displaced',
    });
  });

  it('reports each bad row with what to fix and writes nothing, even when the bad row is last', async () => {
    const rows = ['date,metric,value,location,source_org'];
    for (let i = 0; i < 1_200; i++) rows.push(`2019-03-01,people_arrived,${i + 1},Fictional Row Town,Example Relief Agency`);
    rows.push('2019-02-30,goats,-5,,Example Relief Agency', '2999-01-01,trucks,"3,000-2,000",Fictional Row Town,');
    const file = writeCsv('bad.csv', rows.join('\n'));
    const before = { facts: await prisma.fact.count(), audit: await prisma.auditEntry.count(), locations: await prisma.location.count() };
    const preview = await previewImport(file, owner.ownerOrgId);
    expect(preview.errorCount).toBe(2);
    expect(preview.errors[0].row).toBe(1_202);
    // Every problem of the row at once, one per column, each quoting the cell.
    expect(preview.errors[0].problems).toEqual([
      `Metric: 'goats' is not a metric: choose one of ${METRICS.join(', ')}.`,
      "Value: '-5': A count cannot be negative.",
      "Date: '2019-02-30' does not exist in the calendar.",
      'Location: Enter the location.',
    ]);
    expect(preview.errors[1].problems).toEqual([
      'Value: \'3,000-2,000\': The first number of a range must be the smaller one, as in "2,000-3,000".',
      "Date: '2999-01-01' is in the future: a fact reports what happened.",
      'Organization: Enter the source organization.',
    ]);
    await expect(importFacts(file, owner)).rejects.toBeInstanceOf(ImportRejectedError);
    expect({ facts: await prisma.fact.count(), audit: await prisma.auditEntry.count(), locations: await prisma.location.count() }).toEqual(
      before,
    );
  });

  it("imports its own template: measure, period start, origin, destination and a new place's parent", async () => {
    const [header, hashtags, ...rows] = Papa.parse<string[]>(importTemplateCsv(), { skipEmptyLines: true }).data;
    expect(hxlProblems(hashtags, rows)).toEqual([]);
    expect(header.length).toBe(hashtags.length);
    const file = writeCsv('template.csv', importTemplateCsv());
    const preview = await previewImport(file, owner.ownerOrgId);
    expect(preview).toMatchObject({ rowCount: 1, errorCount: 0, newCount: 1, hasHxlTags: true });
    expect(await importFacts(file, owner)).toEqual({ created: 1, skipped: 0 });
    const fact = await prisma.fact.findFirstOrThrow({
      where: { locationText: 'Fictional Camp North' },
      include: { location: { include: { parent: true } }, origin: true, destination: true },
    });
    expect(fact).toMatchObject({
      low: 1200,
      high: 1500,
      qualifier: 'range',
      measure: 'cumulative',
      periodStart: '2019-03-01',
      sourceTitle: 'Example situation update 3',
    });
    expect([fact.location.kind, fact.location.parent?.name, fact.origin?.name, fact.destination?.name]).toEqual([
      'site',
      'Fictional Province',
      'Fictional Town',
      'Fictional Camp North',
    ]);
  });

  it('says which cells are wrong and why, every problem of a row at once', async () => {
    const file = writeCsv(
      'cells.csv',
      [
        'date,period_start,metric,measure,value,location,source_org,origin,latitude',
        '14/03/2019,2019-03-20,tents,weekly,12,Fictional Hill,Example Relief Agency,,95',
        '2019-03-10,2019-03-20,people_killed,,3,Fictional Hill,Example Relief Agency,Fictional Town,',
      ].join('\n'),
    );
    const preview = await previewImport(file, owner.ownerOrgId);
    expect(preview.errors).toEqual([
      {
        row: 2,
        problems: [
          `Metric: 'tents' is not a metric: choose one of ${METRICS.join(', ')}.`,
          "Date: '14/03/2019': use YYYY-MM-DD, for example 2019-03-14.",
          "Latitude: '95' is not a coordinate: write decimal degrees between -90 and 90, for example 36.37.",
          "Measure: 'weekly' is not a measure: choose one of flow, stock, cumulative.",
        ],
      },
      {
        row: 3,
        problems: [
          "Period start: '2019-03-20' is after the date 2019-03-10: a period starts on or before its last day.",
          `Origin: only movements (people_departed, people_arrived, people_displaced, trucks, convoys) have an origin and a destination, not people_killed.`,
        ],
      },
    ]);
  });

  it('names missing columns instead of guessing', async () => {
    const file = writeCsv('columns.csv', 'when,what\n2019-03-01,15\n');
    const preview = await previewImport(file, owner.ownerOrgId);
    expect(preview.missing).toEqual(['metric', 'value (or low and high)', 'location', 'date', 'source organization']);
    await expect(importFacts(file, owner)).rejects.toThrow(/Missing columns/);
  });

  it('imports 100,000 rows in one transaction, and importing the file again adds none', async () => {
    const file = path.join(folder, 'large.csv');
    const out = createWriteStream(file);
    out.write('date,metric,low,high,qualifier,unit,location,source_org\n');
    for (let i = 0; i < 100_000; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      if (!out.write(`2019-02-${day},people_arrived,${i},${i},exact,people,Fictional Site ${i % 50},Example Agency ${i % 7}\n`))
        await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const large = { ...owner, fileName: 'large.csv' };
    expect(await importFacts(file, large)).toEqual({ created: 100_000, skipped: 0 });
    expect(await prisma.fact.count({ where: { locationText: { startsWith: 'Fictional Site ' } } })).toBe(100_000);
    expect(await importFacts(file, large)).toEqual({ created: 0, skipped: 100_000 });
    expect(await prisma.fact.count({ where: { locationText: { startsWith: 'Fictional Site ' } } })).toBe(100_000);
  }, 900_000);
});
