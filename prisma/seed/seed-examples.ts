import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/database';
import { createFact, factFingerprint } from '@/lib/facts/write';
import { formatDay } from '@/lib/format';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import { reportTextHash } from '@/lib/reports/fingerprint';
import { FactInputSchema, type FactInput } from '@/lib/validation/fact';
import { readExampleReports, readFigureCollections, type ExampleReport, type FigureCollection, type LabelledFact } from './example-files';
import { seedMovementEnds } from './seed-movements';
import { readPlaceGeo, seedPlaceGeo } from './seed-geo';

export type SeedSummary = { reports: number; facts: number };

/**
 * Loads the example reports and public figures under data/. Idempotent: reports are found by
 * their text, facts by their fingerprint, so a second run adds nothing.
 */
export async function seedExamples(prisma: PrismaClient, dataDir: string): Promise<SeedSummary> {
  const summary: SeedSummary = { reports: 0, facts: 0 };
  const reports = readExampleReports(dataDir);
  const collections = readFigureCollections(dataDir);
  const geo = readPlaceGeo(dataDir);
  await prisma.$transaction(
    async (tx) => {
      for (const collection of collections) await seedDirectory(tx, collection);
      await seedPlaceGeo(tx, geo);
      for (const report of reports) await seedReport(tx, report, summary);
      for (const collection of collections) {
        for (const fact of collection.facts) {
          summary.facts += await seedFact(tx, fact, {
            sourceTitle: fact.source_title ?? null,
            sourceUrl: fact.source_url ?? null,
            excerptIsSummary: fact.excerpt_is_summary ?? true,
          });
        }
      }
    },
    { timeout: 60_000 },
  );
  return summary;
}

async function seedDirectory(tx: Db, collection: FigureCollection): Promise<void> {
  for (const org of collection.organizations) {
    await findOrCreateOrganization(tx, { name: org.name, shortName: org.short_name });
  }
  const ids = new Map<string, string>();
  for (const place of collection.locations) {
    const location = await findOrCreateLocation(tx, {
      name: place.name,
      aliases: place.aliases,
      countryIso3: place.country,
      pcode: place.pcode,
      latitude: place.latitude,
      longitude: place.longitude,
    });
    ids.set(place.name, location.id);
  }
  // Parents once every place exists: a file may list a place before the one it lies in.
  for (const place of collection.locations) {
    const parentId = place.parent ? ids.get(place.parent) : undefined;
    if (place.parent && !parentId) throw new Error(`${place.name}: its parent ${place.parent} is not among the file's locations.`);
    await tx.location.update({ where: { id: ids.get(place.name)! }, data: { kind: place.kind ?? null, parentId: parentId ?? null } });
  }
}

/** The seed files mark a report whose headline was not kept; such a report is named by its source and day, nothing made up. */
const NO_HEADLINE = '[no headline in seed]';

function seedReportTitle(report: Pick<ExampleReport, 'title' | 'publisher' | 'published'>): string {
  return report.title.startsWith(NO_HEADLINE) ? `${report.publisher} report of ${formatDay(report.published)}` : report.title;
}

async function seedReport(tx: Db, report: ExampleReport, summary: SeedSummary): Promise<void> {
  const textHash = reportTextHash(report.text);
  let stored = await tx.report.findFirst({ where: { textHash }, select: { id: true, title: true } });
  // Databases seeded before the titles were derived still show the seed file's note.
  if (stored?.title.startsWith(NO_HEADLINE)) await tx.report.update({ where: { id: stored.id }, data: { title: seedReportTitle(report) } });
  if (!stored) {
    const publisher = await findOrCreateOrganization(tx, { name: report.publisher });
    stored = await tx.report.create({
      data: {
        title: seedReportTitle(report),
        publisherId: publisher.id,
        publishedDate: report.published,
        url: report.url ?? null,
        text: report.text,
        textHash,
      },
      select: { id: true, title: true },
    });
    summary.reports += 1;
  }
  for (const fact of report.facts) {
    const start = report.text.indexOf(fact.excerpt);
    summary.facts += await seedFact(tx, fact, {
      reportId: stored.id,
      excerptStart: start >= 0 ? start : null,
      excerptEnd: start >= 0 ? start + fact.excerpt.length : null,
    });
  }
}

/** Returns 1 when the fact was new, 0 when an earlier run had stored it already. */
async function seedFact(tx: Db, fact: LabelledFact, provenance: Partial<Parameters<typeof createFact>[2]>): Promise<number> {
  const input: FactInput = FactInputSchema.parse({
    metric: fact.metric,
    low: fact.low,
    high: fact.high,
    qualifier: fact.qualifier,
    unit: fact.unit,
    location: fact.location,
    date: fact.date,
    datePrecision: fact.date_precision,
    measure: fact.measure,
    periodStart: fact.period_start,
    sourceOrg: fact.source_org,
    excerpt: fact.excerpt,
  });
  const idempotencyKey = `seed:${factFingerprint(input, 'seed')}`;
  const found = await tx.fact.findUnique({ where: { idempotencyKey }, select: { id: true } });
  const stored =
    found ?? (await createFact(tx, input, { status: 'confirmed', userId: null, ownerOrgId: null, idempotencyKey, ...provenance }));
  await seedMovementEnds(tx, stored.id, fact);
  return found ? 0 : 1;
}
