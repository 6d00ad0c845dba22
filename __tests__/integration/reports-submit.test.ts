jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { buildPdf } from '@/__tests__/helpers/minimal-pdf';
import { createReviewers, fieldUpdate, PASSWORD, reportForm, tableCounts } from '@/__tests__/helpers/report-fixtures';
import { RedirectSignal, signInAs, signOutOfRequest } from '@/__tests__/helpers/request-context';
import { submitReport } from '@/lib/actions/reports';
import { prisma } from '@/lib/prisma';

async function submit(form: FormData): Promise<string> {
  try {
    const state = await submitReport({}, form);
    throw new Error(`expected a redirect, got ${JSON.stringify(state)}`);
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url;
    throw error;
  }
}

describe('submitReport', () => {
  let people: Awaited<ReturnType<typeof createReviewers>>;
  beforeAll(async () => {
    people = await createReviewers('submit');
  });

  it('stores the report for the editor’s organization with its candidates, then opens the review', async () => {
    await signInAs(people.emails.editorA, PASSWORD);
    const url = await submit(reportForm({ text: fieldUpdate('one'), url: 'https://reports.example/one' }));
    const report = await prisma.report.findFirstOrThrow({
      where: { url: 'https://reports.example/one' },
      include: { facts: true, publisher: true },
    });
    expect(url).toBe(`/reports/${report.id}`);
    expect(report.ownerOrgId).toBe(people.orgA.id);
    expect(report.createdById).not.toBeNull();
    expect(report.publisher.name).toBe('Northwind Relief');
    expect(report.facts.map((fact) => [fact.metric, fact.low, fact.status])).toEqual(
      expect.arrayContaining([
        ['trucks', 42, 'candidate'],
        ['people_arrived', 1500, 'candidate'],
        ['people_trapped', 300, 'candidate'],
      ]),
    );
    for (const fact of report.facts) {
      expect(report.text.slice(fact.excerptStart!, fact.excerptEnd!)).toBe(fact.excerpt);
      expect(fact.cue).toBeTruthy();
      expect(fact.ownerOrgId).toBe(people.orgA.id);
    }
  });

  it('reads an uploaded PDF on the server', async () => {
    await signInAs(people.emails.editorA, PASSWORD);
    const pdf = buildPdf([['Northwind Relief said 17 trucks left Westhaven on Tuesday.']]);
    await submit(reportForm({ title: 'PDF update', file: new File([new Uint8Array(pdf)], 'update.pdf', { type: 'application/pdf' }) }));
    const report = await prisma.report.findFirstOrThrow({ where: { title: 'PDF update' }, include: { facts: true } });
    expect(report.text).toContain('17 trucks left Westhaven');
    expect(report.facts.some((fact) => fact.metric === 'trucks' && fact.low === 17)).toBe(true);
  });

  it('leads a re-submission (same text with other spacing, or same URL) to the existing report', async () => {
    await signInAs(people.emails.editorA, PASSWORD);
    const first = await submit(reportForm({ text: fieldUpdate('two') }));
    const before = await tableCounts();
    const again = await submit(reportForm({ text: `  ${fieldUpdate('two').replace(/\n\n/g, '\n \n')}  ` }));
    expect(again).toBe(`${first}?existing=text`);
    const byUrl = await submit(reportForm({ text: fieldUpdate('two, revised'), url: 'https://reports.example/one' }));
    expect(byUrl).toMatch(/\?existing=url$/);
    expect(await tableCounts()).toEqual(before);
  });

  it('recognises the same text with a dateline added, from the same publisher on the same day', async () => {
    await signInAs(people.emails.editorA, PASSWORD);
    const first = await submit(reportForm({ text: fieldUpdate('four') }));
    const before = await tableCounts();
    const withDateline = await submit(reportForm({ text: `EASTPORT, 10 May 2024\n\n${fieldUpdate('four')}` }));
    expect(withDateline).toBe(`${first}?existing=text`);
    expect(await tableCounts()).toEqual(before);
    const otherPublisher = await submit(
      reportForm({ text: `EASTPORT, 10 May 2024\n\n${fieldUpdate('four')}`, publisher: 'Harbor Aid Network' }),
    );
    expect(otherPublisher).not.toContain('existing');
  });

  it('does not reveal another organization’s unpublished report: that editor gets their own copy', async () => {
    await signInAs(people.emails.editorA, PASSWORD);
    const ofA = await submit(reportForm({ text: fieldUpdate('three') }));
    await signInAs(people.emails.editorB, PASSWORD);
    const ofB = await submit(reportForm({ text: fieldUpdate('three') }));
    expect(ofB).not.toContain('existing');
    expect(ofB).not.toBe(ofA);
  });

  it.each([
    ['an empty text', { text: '   ' }, 'text', /Paste the report text/],
    ['a text over 5 MB', { text: 'x'.repeat(5 * 1024 * 1024 + 1) }, 'text', /longer than 5 MB/],
    ['a date in the future', { text: fieldUpdate('f'), publishedDate: '2999-01-01' }, 'publishedDate', /future/],
    ['an impossible date', { text: fieldUpdate('f'), publishedDate: '2024-02-30' }, 'publishedDate', /does not exist/],
    ['no title', { text: fieldUpdate('f'), title: ' ' }, 'title', /title/],
    ['no publisher', { text: fieldUpdate('f'), publisher: '' }, 'publisher', /publisher/],
    ['a URL that is not one', { text: fieldUpdate('f'), url: 'javascript:alert(1)' }, 'url', /http/],
    ['an unreadable file', { file: new File([new Uint8Array([0, 1, 2, 3])], 'r.txt') }, 'file', /could not be read/],
    ['a scanned PDF', { file: new File([new Uint8Array(buildPdf([[]]))], 'scan.pdf') }, 'file', /no text layer/],
    ['a file over 5 MB', { file: new File([new Uint8Array(5 * 1024 * 1024 + 1).fill(65)], 'big.txt') }, 'file', /larger than 5 MB/],
    ['both a file and a text', { text: 'x', file: new File(['12 trucks'], 'r.txt') }, 'file', /not both/],
  ])('refuses %s with a message next to the field, storing nothing', async (_label, fields, field, message) => {
    await signInAs(people.emails.editorA, PASSWORD);
    const before = await tableCounts();
    const state = await submitReport({}, reportForm(fields as Record<string, string | File>));
    expect(state.errors?.[field as 'text']?.[0]).toMatch(message);
    expect(state.values?.title).toBeDefined();
    expect(await tableCounts()).toEqual(before);
  });

  it.each([
    ['no session', async () => signOutOfRequest(), /Sign in/],
    ['a viewer', async () => signInAs(people.emails.viewerA, PASSWORD), /editor role/],
    ['a missing Origin', async () => signInAs(people.emails.editorA, PASSWORD, null), /did not come from a Sitrep page/],
    ['Origin null', async () => signInAs(people.emails.editorA, PASSWORD, 'null'), /did not come from a Sitrep page/],
    ['a foreign Origin', async () => signInAs(people.emails.editorA, PASSWORD, 'https://evil.example'), /did not come from a Sitrep page/],
  ])('rejects %s and stores nothing', async (_label, arrange, message) => {
    await arrange();
    const before = await tableCounts();
    const state = await submitReport({}, reportForm({ text: fieldUpdate('denied') }));
    expect(state.message).toMatch(message);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses to file a report for an organization where the user is not an editor', async () => {
    await signInAs(people.emails.editorB, PASSWORD);
    const before = await tableCounts();
    const state = await submitReport({}, reportForm({ text: fieldUpdate('foreign org'), ownerOrgId: people.orgA.id }));
    expect(state.errors?.ownerOrgId?.[0]).toMatch(/Choose the organization/);
    expect(await tableCounts()).toEqual(before);
  });
});
