jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { RedirectSignal, signInAs, signOutOfRequest } from '@/__tests__/helpers/request-context';
import { createBulkFacts } from '@/lib/actions/bulk-facts';
import { emptyBulkRow } from '@/lib/entry/bulk-rows';
import { prisma } from '@/lib/prisma';
import { PASSWORD, formDataOf, makeMember, newToken, snapshotCounts } from './fixtures';

const ROWS = [
  { ...emptyBulkRow(), date: '2019-03-01', location: 'Fictional Bulk Gate', trucks: '15', people_departed: 'about 2,000' },
  { ...emptyBulkRow(), date: '2019-03-02', location: 'Fictional Bulk Gate', convoys: '2', people_arrived: '300-400' },
];

async function submit(fields: Record<string, string>) {
  try {
    return { state: await createBulkFacts({}, formDataOf(fields)) };
  } catch (error) {
    if (error instanceof RedirectSignal) return { redirect: error.url };
    throw error;
  }
}

describe('createBulkFacts', () => {
  let editor: Awaited<ReturnType<typeof makeMember>>;
  beforeAll(async () => {
    editor = await makeMember('editor', 'Bulk Org A');
  });

  it('stores every figure of the log once, even when the table is sent twice', async () => {
    await signInAs(editor.email, PASSWORD);
    const fields = {
      ownerOrgId: editor.orgId,
      sourceOrg: 'Example Field Office',
      idempotencyToken: newToken(),
      rows: JSON.stringify(ROWS),
    };
    expect((await submit(fields)).redirect).toBe('/facts/bulk?saved=4');
    expect((await submit(fields)).redirect).toBe('/facts/bulk?saved=4');
    const facts = await prisma.fact.findMany({
      where: { locationText: 'Fictional Bulk Gate' },
      orderBy: [{ date: 'asc' }, { metric: 'asc' }],
    });
    expect(facts.map((fact) => [fact.date, fact.metric, fact.low, fact.high, fact.status])).toEqual([
      ['2019-03-01', 'people_departed', 2000, 2000, 'confirmed'],
      ['2019-03-01', 'trucks', 15, 15, 'confirmed'],
      ['2019-03-02', 'convoys', 2, 2, 'confirmed'],
      ['2019-03-02', 'people_arrived', 300, 400, 'confirmed'],
    ]);
  });

  it('stores nothing when one row is bad, and says which row and cell', async () => {
    await signInAs(editor.email, PASSWORD);
    const before = await snapshotCounts();
    const rows = [...ROWS, { ...emptyBulkRow(), date: '2999-01-01', location: 'Fictional Bulk Gate', trucks: 'lots' }];
    const { state } = await submit({
      ownerOrgId: editor.orgId,
      sourceOrg: 'Example Field Office',
      idempotencyToken: newToken(),
      rows: JSON.stringify(rows),
    });
    // Every error of the row at once, each quoting what was typed.
    expect(state?.rowErrors?.[2]).toEqual({
      trucks: expect.stringMatching(/^'lots': Write a number/),
      date: "'2999-01-01': A fact reports what happened: the date cannot be in the future.",
    });
    expect(await snapshotCounts()).toEqual(before);
  });

  it.each([
    ['not JSON', '<script>'],
    ['too many rows', JSON.stringify(Array.from({ length: 501 }, () => ROWS[0]))],
    ['a 10 MB cell', JSON.stringify([{ ...ROWS[0], note: 'x'.repeat(10 * 1024 * 1024) }])],
  ])('answers a table that is %s with a message and stores nothing', async (_name, rows) => {
    await signInAs(editor.email, PASSWORD);
    const before = await snapshotCounts();
    const { state } = await submit({ ownerOrgId: editor.orgId, sourceOrg: 'Example Field Office', idempotencyToken: newToken(), rows });
    expect(state?.message).toMatch(/could not be read/);
    expect(await snapshotCounts()).toEqual(before);
  });

  it.each([
    ['no session', async () => signOutOfRequest(), /Sign in/],
    ['a viewer', async () => signInAs((await makeMember('viewer', 'Bulk Org A')).email, PASSWORD), /editor role/],
    ['an editor of another organization', async () => signInAs((await makeMember('editor', 'Bulk Org B')).email, PASSWORD), /editor role/],
    ['a foreign Origin', async () => signInAs(editor.email, PASSWORD, 'https://evil.example'), /Sitrep page/],
    ['a "null" Origin', async () => signInAs(editor.email, PASSWORD, 'null'), /Sitrep page/],
  ])('rejects %s and changes nothing', async (_name, arrange, message) => {
    await arrange();
    const before = await snapshotCounts();
    const { state } = await submit({
      ownerOrgId: editor.orgId,
      sourceOrg: 'Example Field Office',
      idempotencyToken: newToken(),
      rows: JSON.stringify(ROWS),
    });
    expect(state?.message).toMatch(message);
    expect(await snapshotCounts()).toEqual(before);
  });
});
