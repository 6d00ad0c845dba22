import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/database';
import { factFingerprint } from '@/lib/facts/write';
import { defaultMeasure } from '@/lib/facts/vocabulary';
import { lookalikeErrors, lookalikeFinder, type LookalikeFinder } from '@/lib/names/lookalikes';
import { prisma } from '@/lib/prisma';
import { readFactRows, type CsvLayout, type CsvSource } from '@/lib/import/read-csv';
import type { ImportedFact, RowReading } from '@/lib/import/rows';
import { rebuildDashboardRollups } from '@/lib/dashboard/write/rebuild';
import { newKnownNames, writeFactBatch, type KnownNames } from '@/lib/import/write-batch';

export type ImportPreview = {
  header: string[];
  recognized: { column: string; field: string }[];
  missing: string[];
  hasHxlTags: boolean;
  rowCount: number;
  newCount: number;
  alreadyImportedCount: number;
  errorCount: number;
  /** The first problems only: a broken 100,000-row file must not make a 100,000-line page. */
  errors: { row: number; problems: string[] }[];
  sample: ImportedFact[];
};

export type ImportOwner = { userId: string; ownerOrgId: string; fileName: string };

const BATCH = 500;
const SHOWN_ERRORS = 50;

/** Thrown inside the import transaction so that nothing of a file with a bad row is kept. */
export class ImportRejectedError extends Error {}

/** Reads the whole file once without writing: what would be imported, what is already there, what is wrong. */
export async function previewImport(source: CsvSource, ownerOrgId: string): Promise<ImportPreview> {
  const preview: ImportPreview = {
    header: [],
    recognized: [],
    missing: [],
    hasHxlTags: false,
    rowCount: 0,
    newCount: 0,
    alreadyImportedCount: 0,
    errorCount: 0,
    errors: [],
    sample: [],
  };
  let batch: string[] = [];
  const countExisting = async () => {
    const existing = await prisma.fact.count({ where: { idempotencyKey: { in: batch } } });
    preview.alreadyImportedCount += existing;
    preview.newCount += new Set(batch).size - existing;
    batch = [];
  };
  const findLookalike = lookalikeFinder(prisma);
  for await (const { row, reading: read } of readFactRows(source, (layout) => describeLayout(preview, layout))) {
    preview.rowCount += 1;
    const reading = await withLookalikes(read, findLookalike);
    if (!reading.ok) {
      preview.errorCount += 1;
      if (preview.errors.length < SHOWN_ERRORS) preview.errors.push({ row, problems: reading.problems });
      continue;
    }
    if (preview.sample.length < 5) preview.sample.push(reading.fact);
    batch.push(importKey(reading.fact, ownerOrgId));
    if (batch.length >= BATCH) await countExisting();
  }
  if (batch.length) await countExisting();
  return preview;
}

/**
 * Imports every row in one transaction, or none: any invalid row (the file may have changed
 * since its preview) rolls everything back. Rows already imported, by an earlier import of the
 * same file or twice in this one, are skipped through their idempotency key.
 */
export async function importFacts(source: CsvSource, owner: ImportOwner): Promise<{ created: number; skipped: number }> {
  return prisma.$transaction(
    async (tx) => {
      const totals: ImportTotals = { created: 0, skipped: 0, years: null };
      const known = newKnownNames();
      let batch: { fact: ImportedFact; key: string }[] = [];
      let layoutProblem: string | null = null;
      const findLookalike = lookalikeFinder(tx);
      for await (const { row, reading: read } of readFactRows(
        source,
        (layout) => (layoutProblem = layout.missing.length ? `Missing columns: ${layout.missing.join(', ')}.` : null),
      )) {
        const reading = await withLookalikes(read, findLookalike);
        if (!reading.ok) throw new ImportRejectedError(`Row ${row}: ${reading.problems.join(' ')}`);
        batch.push({ fact: reading.fact, key: importKey(reading.fact, owner.ownerOrgId) });
        if (batch.length >= BATCH) await flush(tx, batch, owner, totals, known).then(() => (batch = []));
      }
      if (layoutProblem) throw new ImportRejectedError(layoutProblem);
      await flush(tx, batch, owner, totals, known);
      // Rows are written with createMany, past createFact's per-fact rollup upkeep: one set-based
      // rebuild of the imported years keeps the dashboard right (per fact it took minutes).
      if (totals.created > 0 && totals.years) await rebuildDashboardRollups(tx, totals.years);
      await recordAudit(tx, {
        entityType: 'organization',
        entityId: owner.ownerOrgId,
        action: 'import',
        userId: owner.userId,
        after: { file: owner.fileName, ...totals },
      });
      return { created: totals.created, skipped: totals.skipped };
    },
    // One transaction for the whole file; 100,000 rows take about a minute on a busy 2-core machine.
    { timeout: 15 * 60_000, maxWait: 30_000 },
  );
}

/** A row naming an organization or place that only looks like an existing one is a problem of that row. */
async function withLookalikes(reading: RowReading, find: LookalikeFinder): Promise<RowReading> {
  if (!reading.ok) return reading;
  const problems = Object.values(await lookalikeErrors(find, reading.fact)).flat();
  return problems.length ? { ok: false, problems } : reading;
}

type ImportTotals = { created: number; skipped: number; years: { from: string; to: string } | null };

async function flush(tx: Db, batch: { fact: ImportedFact; key: string }[], owner: ImportOwner, totals: ImportTotals, known: KnownNames) {
  const { created, skipped } = await writeFactBatch(tx, batch, owner, known);
  totals.created += created;
  totals.skipped += skipped;
  for (const { fact } of batch) {
    const year = fact.date.slice(0, 4);
    if (!totals.years) totals.years = { from: year, to: year };
    else if (year < totals.years.from) totals.years.from = year;
    else if (year > totals.years.to) totals.years.to = year;
  }
}

/**
 * What makes a row the same row on a second import. Measure, period start, origin and
 * destination join the key only when a row states them, so files imported before they existed
 * still land once.
 */
function importKey(fact: ImportedFact, ownerOrgId: string): string {
  const extras = [
    fact.measure === defaultMeasure(fact.metric) ? '' : fact.measure,
    fact.periodStart ?? '',
    fact.origin ?? '',
    fact.destination ?? '',
  ];
  return factFingerprint(fact, extras.some(Boolean) ? `import:${ownerOrgId}:${extras.join('|')}` : `import:${ownerOrgId}`);
}

function describeLayout(preview: ImportPreview, layout: CsvLayout): void {
  preview.header = layout.header;
  preview.missing = layout.missing;
  preview.hasHxlTags = layout.hasHxlTags;
  preview.recognized = [...layout.columns].map(([index, field]) => ({ column: layout.header[index] || `column ${index + 1}`, field }));
}
