jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { signInAs, signOutOfRequest } from '@/__tests__/helpers/request-context';
import { POST } from '@/app/facts/import/preview/route';
import { importStagedFile } from '@/lib/actions/import';
import type { ImportPreview } from '@/lib/import/run';
import { MAX_IMPORT_BYTES } from '@/lib/import/staging';
import { prisma } from '@/lib/prisma';
import { PASSWORD, formDataOf, makeMember, snapshotCounts } from '../entry/fixtures';

const CSV =
  'date,metric,value,location,source_org\n2019-03-06,people_arrived,about 300,Fictional Import Camp,Example Relief Agency\n2019-03-06,trucks,12,Fictional Import Camp,Example Relief Agency\n';

async function upload(ownerOrgId: string, body: BodyInit = CSV) {
  const response = await POST(
    new Request(`http://localhost:3000/facts/import/preview?owner=${ownerOrgId}&name=log.csv`, { method: 'POST', body }),
  );
  return { status: response.status, body: (await response.json()) as { token?: string; preview?: ImportPreview; message?: string } };
}

describe('CSV import through the preview route and the import action', () => {
  let editor: Awaited<ReturnType<typeof makeMember>>;
  beforeAll(async () => {
    editor = await makeMember('editor', 'Import Action Org');
  });

  it('previews without writing, imports on confirmation, and a second upload of the file adds nothing', async () => {
    await signInAs(editor.email, PASSWORD);
    const before = await snapshotCounts();
    const first = await upload(editor.orgId);
    expect(first.status).toBe(200);
    expect(first.body.preview).toMatchObject({ rowCount: 2, newCount: 2, errorCount: 0 });
    expect(await snapshotCounts()).toEqual(before);
    const state = await importStagedFile({}, formDataOf({ token: first.body.token! }));
    expect(state).toMatchObject({ created: 2, skipped: 0, isDone: true });
    expect(await prisma.fact.count({ where: { ownerOrgId: editor.orgId, enteredById: editor.userId } })).toBe(2);
    const again = await upload(editor.orgId);
    expect(again.body.preview).toMatchObject({ newCount: 0, alreadyImportedCount: 2 });
    expect(await importStagedFile({}, formDataOf({ token: again.body.token! }))).toMatchObject({ created: 0, skipped: 2 });
    expect(await importStagedFile({}, formDataOf({ token: first.body.token! }))).toMatchObject({
      message: expect.stringMatching(/expired/),
    });
  });

  it('refuses a file with a bad row and writes nothing', async () => {
    await signInAs(editor.email, PASSWORD);
    const { body } = await upload(editor.orgId, CSV + '2019-13-01,people_arrived,-4,Fictional Import Camp,Example Relief Agency\n');
    expect(body.preview?.errors).toEqual([{ row: 4, problems: expect.arrayContaining([expect.stringMatching(/negative/)]) }]);
    const before = await snapshotCounts();
    expect((await importStagedFile({}, formDataOf({ token: body.token! }))).message).toMatch(/Nothing was imported. Row 4/);
    expect(await snapshotCounts()).toEqual(before);
  });

  it('refuses files above the size limit without keeping them', async () => {
    await signInAs(editor.email, PASSWORD);
    const huge = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new Uint8Array(1024 * 1024).fill(65);
        for (let sent = 0; sent <= MAX_IMPORT_BYTES; sent += chunk.length) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await POST(
      new Request(`http://localhost:3000/facts/import/preview?owner=${editor.orgId}`, {
        method: 'POST',
        body: huge,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
  });

  describe('permissions', () => {
    it.each([
      ['no session', async () => signOutOfRequest(), 401],
      ['a viewer', async () => signInAs((await makeMember('viewer', 'Import Action Org')).email, PASSWORD), 403],
      ['an editor of another organization', async () => signInAs((await makeMember('editor', 'Import Other Org')).email, PASSWORD), 403],
      ['a foreign Origin', async () => signInAs(editor.email, PASSWORD, 'https://evil.example'), 403],
      ['a missing Origin', async () => signInAs(editor.email, PASSWORD, null), 403],
    ])('rejects %s on preview and import, changing nothing', async (_name, arrange, status) => {
      await signInAs(editor.email, PASSWORD);
      const staged = await upload(editor.orgId, CSV.replace(/Fictional Import Camp/g, `Fictional Camp ${status}${_name.length}`));
      await arrange();
      const before = await snapshotCounts();
      expect((await upload(editor.orgId)).status).toBe(status);
      expect((await importStagedFile({}, formDataOf({ token: staged.body.token! }))).message).toMatch(/Sign in|role|Sitrep page|not yours/);
      expect(await snapshotCounts()).toEqual(before);
    });
  });
});
