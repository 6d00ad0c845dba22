import { MAX_CANDIDATES_PER_REPORT } from '@/lib/reports/limits';
jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { createReviewers, fieldUpdate, PASSWORD, reportForm } from '@/__tests__/helpers/report-fixtures';
import { RedirectSignal, signInAs } from '@/__tests__/helpers/request-context';
import { submitReport } from '@/lib/actions/reports';
import { extractReport } from '@/lib/jobs/extract-report';
import { prisma } from '@/lib/prisma';

jest.setTimeout(240_000);

async function submit(form: FormData): Promise<string> {
  try {
    const state = await submitReport({}, form);
    throw new Error(`expected a redirect, got ${JSON.stringify(state)}`);
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url;
    throw error;
  }
}

const idOf = (url: string) => url.replace('/reports/', '').split('?')[0];

describe('versions and reprints', () => {
  let people: Awaited<ReturnType<typeof createReviewers>>;
  beforeAll(async () => {
    people = await createReviewers('versions');
    await signInAs(people.emails.editorA, PASSWORD);
  });

  it('stores an updated story as a new version linked to the earlier one, proposing only the new figure', async () => {
    const first = idOf(await submit(reportForm({ text: fieldUpdate('v') })));
    const added = 'In a later statement, Northwind Relief said that 25 trucks carrying water reached the Lakeside camp on Friday.';
    const second = await submit(reportForm({ text: `${fieldUpdate('v')}\n\n${added}` }));
    expect(second).not.toContain('existing');
    const later = await prisma.report.findUniqueOrThrow({ where: { id: idOf(second) }, include: { facts: true } });
    expect(later.previousVersionId).toBe(first);
    expect(later.facts.map((fact) => [fact.metric, fact.low])).toEqual([['trucks', 25]]);
    expect(await prisma.fact.count({ where: { reportId: first } })).toBe(3);
  });

  it('stores the same text under another outlet as a reprint of the first report', async () => {
    const original = idOf(await submit(reportForm({ text: fieldUpdate('wire') })));
    const reprint = idOf(await submit(reportForm({ text: fieldUpdate('wire'), publisher: 'Harbor Daily' })));
    const again = idOf(await submit(reportForm({ text: fieldUpdate('wire'), publisher: 'Coast Post' })));
    expect(reprint).not.toBe(original);
    expect((await prisma.report.findUniqueOrThrow({ where: { id: reprint } })).reprintOfId).toBe(original);
    expect((await prisma.report.findUniqueOrThrow({ where: { id: again } })).reprintOfId).toBe(original);
  });
});

describe('a dense report', () => {
  it('is stored at once and extracted by the job in chunks; another request answers meanwhile; a second run adds nothing', async () => {
    const people = await createReviewers('dense');
    await signInAs(people.emails.editorA, PASSWORD);
    const sentence = (n: number) => `On 8 March 2019, ${1000 + n} people arrived at the Lakeside camp.`;
    const text = Array.from({ length: 2000 }, (_, n) => sentence(n)).join('\n');
    const started = Date.now();
    const id = idOf(await submit(reportForm({ title: 'Dense report', text })));
    const submitMs = Date.now() - started;
    expect(await prisma.fact.count({ where: { reportId: id } })).toBe(0);
    expect(await prisma.reportExtraction.findUniqueOrThrow({ where: { reportId: id } })).toMatchObject({ state: 'pending' });

    // While the job runs, other queries keep being answered: the slowest wait is measured.
    let running = true;
    let slowest = 0;
    const probe = (async () => {
      while (running) {
        const at = Date.now();
        await prisma.organization.count();
        slowest = Math.max(slowest, Date.now() - at);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await extractReport(prisma, id);
    running = false;
    await probe;
    const stored = await prisma.fact.count({ where: { reportId: id } });
    // 2,000 figures: the per-report cap is stored, the rest counted as left out.
    expect(stored).toBe(MAX_CANDIDATES_PER_REPORT);
    expect(await prisma.reportExtraction.findUniqueOrThrow({ where: { reportId: id } })).toMatchObject({
      state: 'done',
      candidates: MAX_CANDIDATES_PER_REPORT,
      leftOut: 2000 - MAX_CANDIDATES_PER_REPORT,
    });
    // A generous bound: the point is that nothing holds the database for the whole extraction.
    expect(slowest).toBeLessThan(5_000);
    console.log(`dense report: submit ${submitMs} ms, slowest other query during extraction ${slowest} ms`);

    await prisma.reportExtraction.update({ where: { reportId: id }, data: { state: 'pending' } });
    await extractReport(prisma, id);
    expect(await prisma.fact.count({ where: { reportId: id } })).toBe(MAX_CANDIDATES_PER_REPORT);
  });
});
