import { extractReport } from '@/lib/jobs/extract-report';
jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { RedirectSignal, signInAs } from '@/__tests__/helpers/request-context';
import { createReviewers, PASSWORD as REVIEW_PASSWORD, reportForm } from '@/__tests__/helpers/report-fixtures';
import { createBulkFacts } from '@/lib/actions/bulk-facts';
import { createFactFromForm } from '@/lib/actions/facts';
import { submitReport } from '@/lib/actions/reports';
import { decideFacts, editFact } from '@/lib/actions/review';
import { fetchReportReview, REVIEW_PAGE_SIZE } from '@/lib/data/reports';
import { emptyBulkRow } from '@/lib/entry/bulk-rows';
import { MAX_CANDIDATES_PER_REPORT } from '@/lib/reports/limits';
import { getSessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/prisma';
import { FORM_VALUES, PASSWORD, formDataOf, makeMember, newToken } from './fixtures';

jest.setTimeout(120_000);

async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    const state = await run();
    throw new Error(`no redirect: ${JSON.stringify(state)}`);
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url;
    throw error;
  }
}

const stored = (where: object) =>
  prisma.fact.findFirstOrThrow({
    where,
    select: {
      measure: true,
      periodStart: true,
      origin: { select: { name: true } },
      destination: { select: { name: true } },
      location: { select: { name: true, parent: { select: { name: true } } } },
    },
  });

describe('measure, period start, origin and destination through every entry door', () => {
  let editor: Awaited<ReturnType<typeof makeMember>>;
  beforeAll(async () => {
    editor = await makeMember('editor', 'New Fields Org');
    await signInAs(editor.email, PASSWORD);
  });

  it('the fact form stores them, and a new place gets the parent picked for it', async () => {
    const fields = {
      ...FORM_VALUES,
      location: 'Fictional Camp Sud',
      locationParent: 'Fictional Province',
      measure: 'cumulative',
      periodStart: '2019-02-01',
      origin: 'Fictional Town',
      destination: 'Fictional Camp Sud',
    };
    const url = await redirectOf(() =>
      createFactFromForm({}, formDataOf({ ...fields, ownerOrgId: editor.orgId, idempotencyToken: newToken() })),
    );
    const fact = await stored({ id: url.split('/')[2].split('?')[0] });
    expect(fact).toEqual({
      measure: 'cumulative',
      periodStart: '2019-02-01',
      origin: { name: 'Fictional Town' },
      destination: { name: 'Fictional Camp Sud' },
      location: { name: 'Fictional Camp Sud', parent: { name: 'Fictional Province' } },
    });
  });

  it('the fact form gives a stock metric its default measure and refuses a period that ends before it starts', async () => {
    const base = { ...FORM_VALUES, metric: 'camp_population', value: '5,000', location: 'Fictional Camp West', ownerOrgId: editor.orgId };
    const url = await redirectOf(() => createFactFromForm({}, formDataOf({ ...base, idempotencyToken: newToken() })));
    expect(await stored({ id: url.split('/')[2].split('?')[0] })).toMatchObject({ measure: 'stock', periodStart: null, origin: null });
    const refused = await createFactFromForm(
      {},
      formDataOf({ ...base, metric: 'people_arrived', periodStart: '2019-03-05', idempotencyToken: newToken() }),
    );
    expect(refused.errors?.periodStart?.[0]).toMatch(/cannot start \(2019-03-05\) after its last day \(2019-03-01\)/);
    expect(await prisma.fact.count({ where: { locationText: 'Fictional Camp West' } })).toBe(1);
  });

  it('the daily log stores them on each figure of the row', async () => {
    const rows = [
      {
        ...emptyBulkRow(),
        date: '2019-03-04',
        location: 'Fictional Log Gate',
        trucks: '12',
        people_departed: '900',
        measure: 'flow',
        periodStart: '2019-03-03',
        origin: 'Fictional Log Gate',
        destination: 'Fictional Camp Sud',
      },
    ];
    await redirectOf(() =>
      createBulkFacts(
        {},
        formDataOf({
          ownerOrgId: editor.orgId,
          sourceOrg: 'Example Field Office',
          idempotencyToken: newToken(),
          rows: JSON.stringify(rows),
        }),
      ),
    );
    const facts = await prisma.fact.findMany({
      where: { locationText: 'Fictional Log Gate' },
      select: { metric: true, measure: true, periodStart: true, originId: true, destination: { select: { name: true } } },
      orderBy: { metric: 'asc' },
    });
    expect(facts).toEqual([
      expect.objectContaining({
        metric: 'people_departed',
        measure: 'flow',
        periodStart: '2019-03-03',
        destination: { name: 'Fictional Camp Sud' },
      }),
      expect.objectContaining({
        metric: 'trucks',
        measure: 'flow',
        periodStart: '2019-03-03',
        destination: { name: 'Fictional Camp Sud' },
      }),
    ]);
    expect(facts.every((fact) => fact.originId !== null)).toBe(true);
  });
});

describe('the review screen edits them and keeps a rejection reason', () => {
  let people: Awaited<ReturnType<typeof createReviewers>>;
  let reportId: string;
  beforeAll(async () => {
    people = await createReviewers('newfields');
    await signInAs(people.emails.editorA, REVIEW_PASSWORD);
    const text =
      'On 3 March 2019, 40 trucks left Fictional Harbour for Fictional Camp Sud. On 3 March 2019, 200 people arrived at Fictional Camp Sud.';
    reportId = (await redirectOf(() => submitReport({}, reportForm({ text, title: 'New fields report' })))).split('/').pop()!;
  });

  it('stores an edited measure, period and route, and shows them back', async () => {
    const trucks = await prisma.fact.findFirstOrThrow({ where: { reportId, metric: 'trucks' } });
    expect(trucks.measure).toBe('flow');
    const result = await editFact({
      reportId,
      factId: trucks.id,
      version: trucks.version,
      edits: { measure: 'cumulative', periodStart: '2019-03-01', origin: 'Fictional Harbour', destination: 'Fictional Camp Sud' },
    });
    expect(result).toMatchObject({
      ok: true,
      facts: [{ measure: 'cumulative', periodStart: '2019-03-01', origin: 'Fictional Harbour', destination: 'Fictional Camp Sud' }],
    });
    expect(await stored({ id: trucks.id })).toMatchObject({
      measure: 'cumulative',
      periodStart: '2019-03-01',
      origin: { name: 'Fictional Harbour' },
    });
    const refused = await editFact({ reportId, factId: trucks.id, version: trucks.version + 1, edits: { periodStart: '2019-04-01' } });
    expect(refused).toMatchObject({ ok: false, errors: { periodStart: [expect.stringMatching(/cannot start/)] } });
  });

  it('keeps the reason a figure was rejected, and clears it when the figure is confirmed after all', async () => {
    const arrived = await prisma.fact.findFirstOrThrow({ where: { reportId, metric: 'people_arrived' } });
    expect(
      await decideFacts({
        reportId,
        decision: 'rejected',
        facts: [{ id: arrived.id, version: arrived.version }],
        rejectReason: 'duplicate',
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma.fact.findUniqueOrThrow({ where: { id: arrived.id } })).toMatchObject({
      status: 'rejected',
      rejectReason: 'duplicate',
    });
    expect(
      await decideFacts({ reportId, decision: 'rejected', facts: [{ id: arrived.id, version: 2 }], rejectReason: 'because' as never }),
    ).toMatchObject({ ok: false });
    expect(await decideFacts({ reportId, decision: 'confirmed', facts: [{ id: arrived.id, version: 2 }] })).toMatchObject({ ok: true });
    expect(await prisma.fact.findUniqueOrThrow({ where: { id: arrived.id } })).toMatchObject({ status: 'confirmed', rejectReason: null });
  });
});

describe('a dense report', () => {
  it(`stores at most ${MAX_CANDIDATES_PER_REPORT} candidates in batches, records how many were left out, and pages the review`, async () => {
    const people = await createReviewers('dense');
    await signInAs(people.emails.editorA, REVIEW_PASSWORD);
    const total = MAX_CANDIDATES_PER_REPORT + 150;
    const text = Array.from({ length: total }, (_, index) => `On 8 March 2019, ${index + 1} people arrived at Fictional Camp Sud.`).join(
      '\n\n',
    );
    const rollupsBefore = await prisma.observationRollup.count();
    const reportId = (await redirectOf(() => submitReport({}, reportForm({ text, title: 'Dense report' })))).split('/').pop()!;
    // A text this long is extracted by the job worker, not in the request.
    await extractReport(prisma, reportId);
    expect(await prisma.fact.count({ where: { reportId, status: 'candidate' } })).toBe(MAX_CANDIDATES_PER_REPORT);
    expect(await prisma.reportExtraction.findUnique({ where: { reportId } })).toMatchObject({ leftOut: 150 });
    // Candidates are never counted: storing them touched no rollup.
    expect(await prisma.observationRollup.count()).toBe(rollupsBefore);
    const review = await fetchReportReview(reportId, await getSessionUser(), 5);
    expect(review?.page).toEqual({
      number: 5,
      count: Math.ceil(MAX_CANDIDATES_PER_REPORT / REVIEW_PAGE_SIZE),
      size: REVIEW_PAGE_SIZE,
      totalFacts: MAX_CANDIDATES_PER_REPORT,
      candidates: MAX_CANDIDATES_PER_REPORT,
    });
    expect(review?.facts).toHaveLength(Math.min(REVIEW_PAGE_SIZE, MAX_CANDIDATES_PER_REPORT - 4 * REVIEW_PAGE_SIZE));
    expect(review?.leftOut).toBe(150);
  });
});
