/**
 * Issue 19, point 3: staged CSV uploads live in the database, so a second app server (here a
 * second Prisma client on the same database) can import what the first one staged; they expire,
 * are refused and deleted once expired, and only their uploader may import them.
 */
jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { signInAs } from '@/__tests__/helpers/request-context';
import { POST } from '@/app/facts/import/preview/route';
import { importStagedFile } from '@/lib/actions/import';
import { EXPIRED_UPLOAD_MESSAGE, STAGED_LIFETIME_MS, findStagedUpload, stageUpload } from '@/lib/import/staging';
import { createPrisma, prisma } from '@/lib/prisma';
import { PASSWORD, formDataOf, makeMember, snapshotCounts } from '../entry/fixtures';

jest.setTimeout(30_000);

const csv = (place: string) =>
  `date,metric,value,location,source_org\n2019-03-06,people_arrived,about 300,${place},Example Relief Agency\n2019-03-06,trucks,12,${place},Example Relief Agency\n`;

const bodyOf = (text: string) => new Response(text).body!;

/** The other app server: its own client and connections, the same database. */
const otherServer = createPrisma(process.env.DATABASE_URL);
afterAll(() => otherServer.$disconnect());

async function previewThroughRoute(ownerOrgId: string, text: string): Promise<string> {
  const response = await POST(
    new Request(`http://localhost:3000/facts/import/preview?owner=${ownerOrgId}&name=log.csv`, { method: 'POST', body: text }),
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

const pastLifetime = () => new Date(Date.now() - 1000);

describe('staged uploads in the database', () => {
  let editor: Awaited<ReturnType<typeof makeMember>>;
  beforeAll(async () => {
    editor = await makeMember('editor', 'Staging Org');
  });

  it('a file staged by one app server is imported through another, once, and nothing stays behind', async () => {
    await signInAs(editor.email, PASSWORD);
    const staged = await stageUpload(
      bodyOf(csv('Fictional Staging Camp')),
      { userId: editor.userId, ownerOrgId: editor.orgId, fileName: 'a.csv' },
      otherServer,
    );
    const row = await prisma.stagedUpload.findUniqueOrThrow({ where: { id: staged.token } });
    expect(row).toMatchObject({
      organizationId: editor.orgId,
      userId: editor.userId,
      fileName: 'a.csv',
      size: Buffer.byteLength(csv('Fictional Staging Camp')),
    });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(STAGED_LIFETIME_MS);
    expect(await importStagedFile({}, formDataOf({ token: staged.token }))).toMatchObject({ created: 2, isDone: true });
    expect(await prisma.fact.count({ where: { location: { name: 'Fictional Staging Camp' } } })).toBe(2);
    expect(await otherServer.stagedUpload.count({ where: { id: staged.token } })).toBe(0);
  });

  it('keeps a character split between two 64 KB reading chunks intact', async () => {
    await signInAs(editor.email, PASSWORD);
    const place = `Fictional ${'é'.repeat(150)} Camp`;
    const rowsOf = (pad: string) =>
      `date,metric,value,location,source_org\n2019-04-01,trucks,1,${place},Example ${pad}Agency\n` +
      Array.from({ length: 299 }, (_, index) => `2019-04-01,trucks,${index + 2},${place},Example Agency\n`).join('');
    let pad = '';
    // Byte 65,536 (the first of the second chunk) must be the second byte of an é.
    while ((Buffer.from(rowsOf(pad))[64 * 1024] & 0xc0) !== 0x80 && pad.length < 100) pad += 'x';
    expect(Buffer.from(rowsOf(pad))[64 * 1024] & 0xc0).toBe(0x80);
    const token = await previewThroughRoute(editor.orgId, rowsOf(pad));
    expect(await importStagedFile({}, formDataOf({ token }))).toMatchObject({ created: 300 });
    expect(await prisma.fact.count({ where: { location: { name: place } } })).toBe(300);
  });

  it('refuses an expired upload with a clear message, deletes it, and imports nothing', async () => {
    await signInAs(editor.email, PASSWORD);
    const token = await previewThroughRoute(editor.orgId, csv('Fictional Expired Camp'));
    await otherServer.stagedUpload.update({ where: { id: token }, data: { expiresAt: pastLifetime() } });
    const before = await snapshotCounts();
    expect(await importStagedFile({}, formDataOf({ token }))).toEqual({ message: EXPIRED_UPLOAD_MESSAGE });
    expect(EXPIRED_UPLOAD_MESSAGE).toMatch(/expired.*upload the file again/i);
    expect(await snapshotCounts()).toEqual(before);
    expect(await prisma.stagedUpload.count({ where: { id: token } })).toBe(0);
    expect(await findStagedUpload(token)).toEqual({ status: 'unknown' });
  });

  it('sweeps every expired upload when a new one is staged, and keeps the ones still valid', async () => {
    const other = await makeMember('editor', 'Staging Other Org');
    const owners = [
      { userId: editor.userId, ownerOrgId: editor.orgId, fileName: 'old-1.csv' },
      { userId: other.userId, ownerOrgId: other.orgId, fileName: 'old-2.csv' },
    ];
    const expired = await Promise.all(owners.map((owner) => stageUpload(bodyOf(csv('Fictional Sweep Camp')), owner, otherServer)));
    await otherServer.stagedUpload.updateMany({ where: { id: { in: expired.map((s) => s.token) } }, data: { expiresAt: pastLifetime() } });
    const valid = await stageUpload(bodyOf(csv('Fictional Sweep Camp')), { ...owners[1], fileName: 'valid.csv' }, otherServer);
    await signInAs(editor.email, PASSWORD);
    const fresh = await previewThroughRoute(editor.orgId, csv('Fictional Sweep Camp'));
    const left = await prisma.stagedUpload.findMany({
      where: { id: { in: [...expired.map((s) => s.token), valid.token, fresh] } },
      select: { id: true },
    });
    expect(left.map((row) => row.id).sort()).toEqual([valid.token, fresh].sort());
  });

  it("an editor cannot import another editor's upload, nor one staged for another organization", async () => {
    const colleague = await makeMember('editor', 'Staging Org');
    const stranger = await makeMember('editor', 'Staging Stranger Org');
    await signInAs(editor.email, PASSWORD);
    const token = await previewThroughRoute(editor.orgId, csv('Fictional Private Camp'));
    const before = await snapshotCounts();
    await signInAs(colleague.email, PASSWORD);
    expect((await importStagedFile({}, formDataOf({ token }))).message).toMatch(/not yours/);
    await signInAs(stranger.email, PASSWORD);
    expect((await importStagedFile({}, formDataOf({ token }))).message).toMatch(/role/);
    expect(await snapshotCounts()).toEqual(before);
    expect(await prisma.stagedUpload.count({ where: { id: token } })).toBe(1);
    await signInAs(editor.email, PASSWORD);
    expect(await importStagedFile({}, formDataOf({ token }))).toMatchObject({ created: 2 });
  });
});
