jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { createReviewers, fieldUpdate, PASSWORD, reportForm, tableCounts } from '@/__tests__/helpers/report-fixtures';
import { RedirectSignal, signInAs, signOutOfRequest } from '@/__tests__/helpers/request-context';
import { submitReport } from '@/lib/actions/reports';
import { addMissedFact, decideFacts, editFact, rerunExtraction, setReportSensitivity } from '@/lib/actions/review';
import { groupObservations, type CountableFact, type Measure } from '@/lib/facts/counting';
import type { Metric } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';

let people: Awaited<ReturnType<typeof createReviewers>>;
beforeAll(async () => {
  people = await createReviewers('review');
});

/** Submits a fresh report as editor A and returns its id and candidates. */
async function freshReport(tag: string, text = fieldUpdate(tag)) {
  await signInAs(people.emails.editorA, PASSWORD);
  try {
    await submitReport({}, reportForm({ text, title: `Update ${tag}` }));
  } catch (error) {
    if (!(error instanceof RedirectSignal)) throw error;
    const reportId = error.url.split('/').pop()!;
    const facts = await prisma.fact.findMany({ where: { reportId }, orderBy: { excerptStart: 'asc' } });
    return { reportId, facts, byMetric: (metric: string) => facts.find((fact) => fact.metric === metric)! };
  }
  throw new Error('no redirect');
}

describe('confirm and reject', () => {
  it('confirms all at once and records "unchanged" feedback for each', async () => {
    const { reportId, facts } = await freshReport('all');
    const result = await decideFacts({ reportId, decision: 'confirmed', facts: facts.map((f) => ({ id: f.id, version: f.version })) });
    expect(result).toMatchObject({ ok: true, message: 'Confirmed 3 figures.' });
    const stored = await prisma.fact.findMany({ where: { reportId } });
    expect(stored.every((fact) => fact.status === 'confirmed' && fact.version === 2 && fact.reviewedById !== null)).toBe(true);
    const feedback = await prisma.reviewFeedback.findMany({ where: { reportId } });
    expect(feedback.map((row) => row.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('keeps a rejected fact with who rejected it, and re-running extraction does not bring it back', async () => {
    const { reportId, byMetric } = await freshReport('reject');
    const trucks = byMetric('trucks');
    expect(await decideFacts({ reportId, decision: 'rejected', facts: [{ id: trucks.id, version: trucks.version }] })).toMatchObject({
      ok: true,
    });
    const rejected = await prisma.fact.findUniqueOrThrow({ where: { id: trucks.id }, include: { reviewedBy: true } });
    expect(rejected.status).toBe('rejected');
    expect(rejected.reviewedBy?.email).toBe(people.emails.editorA);
    expect(await prisma.reviewFeedback.count({ where: { factId: trucks.id, outcome: 'rejected' } })).toBe(1);
    const before = await prisma.fact.count({ where: { reportId } });
    expect(await rerunExtraction({ reportId })).toMatchObject({ ok: true, message: expect.stringMatching(/no figure/) });
    expect(await prisma.fact.count({ where: { reportId } })).toBe(before);
  });

  it('refuses a stale version with a clear message, rolling back the whole batch', async () => {
    const { reportId, facts, byMetric } = await freshReport('stale');
    const trucks = byMetric('trucks');
    await signInAs(people.emails.secondEditorA, PASSWORD);
    expect(await editFact({ reportId, factId: trucks.id, version: trucks.version, edits: { low: 43, high: 43 } })).toMatchObject({
      ok: true,
    });
    await signInAs(people.emails.editorA, PASSWORD);
    const result = await decideFacts({ reportId, decision: 'confirmed', facts: facts.map((f) => ({ id: f.id, version: f.version })) });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Someone else changed this figure/),
      current: [expect.objectContaining({ id: trucks.id, low: 43, version: 2 })],
    });
    expect(await prisma.fact.count({ where: { reportId, status: 'confirmed' } })).toBe(0);
    const staleEdit = await editFact({ reportId, factId: trucks.id, version: 1, edits: { unit: 'lorries' } });
    expect(staleEdit).toMatchObject({ ok: false, message: expect.stringMatching(/Someone else/) });
    expect((await prisma.fact.findUniqueOrThrow({ where: { id: trucks.id } })).unit).toBe('vehicles');
  });

  it('asks for a check before publishing a text with personal data, or a restriction', async () => {
    const text = `${fieldUpdate('pii')}\n\nContact: Mariam Okonjo on +999 912 345 678.`;
    const { reportId, facts } = await freshReport('pii', text);
    const refs = facts.map((f) => ({ id: f.id, version: f.version }));
    expect(await decideFacts({ reportId, decision: 'confirmed', facts: refs })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/personal data/),
    });
    expect(await prisma.fact.count({ where: { reportId, status: 'confirmed' } })).toBe(0);
    expect(await setReportSensitivity({ reportId, sensitivity: 'restricted' })).toMatchObject({ ok: true });
    const restricted = await prisma.fact.findMany({ where: { reportId } });
    expect(restricted.every((fact) => fact.sensitivity === 'restricted')).toBe(true);
    expect(await prisma.auditEntry.count({ where: { entityId: reportId, action: 'sensitivity' } })).toBe(1);
    const confirmed = await decideFacts({
      reportId,
      decision: 'confirmed',
      facts: restricted.map((f) => ({ id: f.id, version: f.version })),
    });
    expect(confirmed).toMatchObject({ ok: true });
  });
});

describe('edit and add', () => {
  it('saves a corrected field, resolving the location, and records from → to', async () => {
    const { reportId, byMetric } = await freshReport('edit');
    const trapped = byMetric('people_trapped');
    const result = await editFact({
      reportId,
      factId: trapped.id,
      version: 1,
      edits: { location: 'Eastport district', unit: 'households' },
    });
    expect(result).toMatchObject({
      ok: true,
      facts: [expect.objectContaining({ location: 'Eastport district', unit: 'households', version: 2 })],
    });
    const feedback = await prisma.reviewFeedback.findMany({ where: { factId: trapped.id }, orderBy: { field: 'asc' } });
    expect(feedback.map((row) => [row.outcome, row.field, row.fromValue, row.toValue])).toEqual([
      ['corrected', 'location', 'Eastport', 'Eastport district'],
      ['corrected', 'unit', 'families', 'households'],
    ]);
    await decideFacts({ reportId, decision: 'confirmed', facts: [{ id: trapped.id, version: 2 }] });
    expect(await prisma.reviewFeedback.count({ where: { factId: trapped.id, outcome: 'unchanged' } })).toBe(0);
  });

  it('refuses an invalid edit with the field’s message and changes nothing', async () => {
    const { reportId, byMetric } = await freshReport('bad edit');
    const trucks = byMetric('trucks');
    const before = await tableCounts();
    const result = await editFact({ reportId, factId: trucks.id, version: 1, edits: { high: 10 } });
    expect(result).toMatchObject({ ok: false, errors: { high: [expect.stringMatching(/upper bound/)] } });
    expect(await editFact({ reportId, factId: trucks.id, version: 1, edits: { date: '2999-01-01' } })).toMatchObject({
      ok: false,
      errors: { date: [expect.stringMatching(/future/)] },
    });
    expect(await tableCounts()).toEqual(before);
  });

  it('adds a missed figure from a selected passage and records it as missed', async () => {
    const { reportId } = await freshReport('missed');
    const report = await prisma.report.findUniqueOrThrow({ where: { id: reportId } });
    const excerpt = 'On Wednesday, 42 trucks carrying food left Eastport for the Lakeside camp.';
    const fact = {
      metric: 'convoys',
      low: 1,
      high: 1,
      qualifier: 'exact',
      unit: 'convoys',
      location: 'Eastport',
      date: '2024-05-08',
      datePrecision: 'day',
      sourceOrg: 'Northwind Relief',
      excerpt,
    };
    const result = await addMissedFact({ reportId, start: report.text.indexOf(excerpt), fact });
    expect(result).toMatchObject({ ok: true, facts: [expect.objectContaining({ metric: 'convoys', status: 'candidate', cue: null })] });
    const added = result.ok ? result.facts[0] : null;
    expect(report.text.slice(added!.excerptStart!, added!.excerptEnd!)).toBe(excerpt);
    expect(await prisma.reviewFeedback.count({ where: { factId: added!.id, outcome: 'missed' } })).toBe(1);
    const before = await tableCounts();
    expect(await addMissedFact({ reportId, fact: { ...fact, excerpt: 'Not in this report.' } })).toMatchObject({
      ok: false,
      errors: { excerpt: [expect.any(String)] },
    });
    expect(await addMissedFact({ reportId, fact: { ...fact, low: -1 } })).toMatchObject({
      ok: false,
      errors: { low: [expect.any(String)] },
    });
    expect(await tableCounts()).toEqual(before);
  });
});

describe('corroboration', () => {
  it('a confirmed figure of the same metric, place and day from another report adds a source to one observation', async () => {
    const first = await freshReport('source one');
    await decideFacts({
      reportId: first.reportId,
      decision: 'confirmed',
      facts: first.facts.map((f) => ({ id: f.id, version: f.version })),
    });
    const second = await freshReport('source two');
    await decideFacts({ reportId: second.reportId, decision: 'confirmed', facts: [{ id: second.byMetric('trucks').id, version: 1 }] });
    const trucks = await prisma.fact.findMany({
      where: { metric: 'trucks', status: 'confirmed', reportId: { in: [first.reportId, second.reportId] } },
      include: { report: true },
    });
    const countable: CountableFact[] = trucks.map((f) => ({
      id: f.id,
      metric: f.metric as Metric,
      unit: f.unit,
      measure: f.measure as Measure,
      periodStart: f.periodStart,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      locationId: f.locationId,
      date: f.date,
      sourceOrgId: f.sourceOrgId,
      publishedDate: f.report!.publishedDate,
      confirmedAt: f.reviewedAt!.toISOString(),
    }));
    const observations = groupObservations(countable);
    expect(observations).toHaveLength(1);
    expect(observations[0].facts).toHaveLength(2);
    expect(observations[0].low).toBe(42);
  });
});

describe('permissions', () => {
  it.each([
    ['no session', async () => signOutOfRequest(), /Sign in/],
    ['a viewer of the organization', async () => signInAs(people.emails.viewerA, PASSWORD), /editor role/],
    ['an editor of another organization', async () => signInAs(people.emails.editorB, PASSWORD), /editor role/],
    ['a missing Origin', async () => signInAs(people.emails.editorA, PASSWORD, null), /did not come from/],
    ['Origin null', async () => signInAs(people.emails.editorA, PASSWORD, 'null'), /did not come from/],
    ['a foreign Origin', async () => signInAs(people.emails.editorA, PASSWORD, 'https://evil.example'), /did not come from/],
  ])('rejects every review action for %s and changes nothing', async (_label, arrange, message) => {
    const { reportId, facts } = await freshReport(`denied ${_label}`);
    const fact = facts[0];
    await arrange();
    const before = { counts: await tableCounts(), facts: await prisma.fact.findMany({ where: { reportId } }) };
    const results = [
      await decideFacts({ reportId, decision: 'confirmed', facts: [{ id: fact.id, version: 1 }] }),
      await decideFacts({ reportId, decision: 'rejected', facts: [{ id: fact.id, version: 1 }] }),
      await editFact({ reportId, factId: fact.id, version: 1, edits: { unit: 'lorries' } }),
      await addMissedFact({
        reportId,
        fact: {
          metric: 'trucks',
          low: 1,
          high: 1,
          qualifier: 'exact',
          unit: 'vehicles',
          location: 'Eastport',
          date: '2024-05-08',
          datePrecision: 'day',
          sourceOrg: 'Northwind Relief',
          excerpt: 'Eastport',
        },
      }),
      await setReportSensitivity({ reportId, sensitivity: 'restricted' }),
      await rerunExtraction({ reportId }),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, message: expect.stringMatching(message) });
    expect(await tableCounts()).toEqual(before.counts);
    expect(await prisma.fact.findMany({ where: { reportId } })).toEqual(before.facts);
  });
});
