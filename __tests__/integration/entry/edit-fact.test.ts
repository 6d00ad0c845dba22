jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { RedirectSignal, signInAs, signOutOfRequest } from '@/__tests__/helpers/request-context';
import { deleteFact, restoreFact, updateFactFromForm } from '@/lib/actions/facts';
import { createFact } from '@/lib/facts/write';
import { prisma } from '@/lib/prisma';
import { FactInputSchema } from '@/lib/validation/fact';
import { FORM_VALUES, PASSWORD, formDataOf, makeMember, snapshotCounts } from './fixtures';

async function run<T>(action: () => Promise<T>): Promise<{ state?: T; redirect?: string }> {
  try {
    return { state: await action() };
  } catch (error) {
    if (error instanceof RedirectSignal) return { redirect: error.url };
    throw error;
  }
}

const edit = (fields: Record<string, string>) => run(() => updateFactFromForm({}, formDataOf(fields)));
const remove = (fields: Record<string, string>) => run(() => deleteFact({}, formDataOf(fields)));
const restore = (fields: Record<string, string>) => run(() => restoreFact({}, formDataOf(fields)));

describe('editing, deleting and restoring a fact', () => {
  let admin: Awaited<ReturnType<typeof makeMember>>;
  let editor: Awaited<ReturnType<typeof makeMember>>;
  beforeAll(async () => {
    admin = await makeMember('admin', 'Edit Org A');
    editor = await makeMember('editor', 'Edit Org A');
  });

  async function newFact(low = 100): Promise<string> {
    const input = FactInputSchema.parse({ ...FORM_VALUES, low, high: low, qualifier: 'exact' });
    const { id } = await createFact(prisma, input, { status: 'confirmed', userId: editor.userId, ownerOrgId: editor.orgId });
    return id;
  }

  it('saves an edit, bumps the version and records before and after', async () => {
    const factId = await newFact();
    await signInAs(editor.email, PASSWORD);
    const result = await edit({ ...FORM_VALUES, value: '2,000-3,000', location: 'Fictional Camp South', factId, version: '1' });
    expect(result.redirect).toBe(`/facts/${factId}?saved=edited`);
    const fact = await prisma.fact.findUniqueOrThrow({ where: { id: factId }, include: { location: true } });
    expect(fact).toMatchObject({ low: 2000, high: 3000, qualifier: 'range', version: 2 });
    expect(fact.location.name).toBe('Fictional Camp South');
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: factId, action: 'edit' } });
    expect(JSON.parse(audit.before!)).toMatchObject({ low: 100, qualifier: 'exact' });
    expect(JSON.parse(audit.after!)).toMatchObject({ low: 2000, high: 3000, qualifier: 'range' });
  });

  it('lets exactly one of two edits from the same version win; the other sees the newer values', async () => {
    const factId = await newFact();
    await signInAs(editor.email, PASSWORD);
    const [first, second] = await Promise.all([
      edit({ ...FORM_VALUES, value: '111', factId, version: '1' }),
      edit({ ...FORM_VALUES, value: '222', factId, version: '1' }),
    ]);
    const results = [first, second];
    const winners = results.filter((result) => result.redirect);
    const losers = results.filter((result) => result.state?.conflict);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const fact = await prisma.fact.findUniqueOrThrow({ where: { id: factId } });
    expect(losers[0].state?.conflict).toEqual({ version: 2, values: expect.objectContaining({ value: String(fact.low) }) });
    expect(losers[0].state?.message).toMatch(/Nothing was overwritten/);
    expect(fact.version).toBe(2);
    expect(await prisma.auditEntry.count({ where: { entityId: factId, action: 'edit' } })).toBe(1);
  });

  it('gives a stale edit a conflict and saves it once the editor chooses to build on the newer version', async () => {
    const factId = await newFact();
    await signInAs(editor.email, PASSWORD);
    await edit({ ...FORM_VALUES, value: '150', factId, version: '1' });
    const stale = await edit({ ...FORM_VALUES, value: '175', factId, version: '1' });
    expect(stale.state?.conflict?.values.value).toBe('150');
    expect((await prisma.fact.findUniqueOrThrow({ where: { id: factId } })).low).toBe(150);
    const reapplied = await edit({
      ...FORM_VALUES,
      value: '175',
      factId,
      version: '1',
      overrideVersion: String(stale.state!.conflict!.version),
    });
    expect(reapplied.redirect).toBeDefined();
    expect((await prisma.fact.findUniqueOrThrow({ where: { id: factId } })).low).toBe(175);
  });

  it('rejects bad input on edit and leaves the fact as it was', async () => {
    const factId = await newFact();
    await signInAs(editor.email, PASSWORD);
    const before = await snapshotCounts();
    const { state } = await edit({ ...FORM_VALUES, value: '-1', date: '2999-12-31', factId, version: '1' });
    expect(state?.errors?.value?.[0]).toMatch(/negative/);
    expect(state?.errors?.date?.[0]).toMatch(/future/);
    expect(await snapshotCounts()).toEqual(before);
    expect((await prisma.fact.findUniqueOrThrow({ where: { id: factId } })).version).toBe(1);
  });

  describe('who may edit', () => {
    it.each([
      ['no session', async () => signOutOfRequest(), /Sign in/],
      ['a viewer', async () => signInAs((await makeMember('viewer', 'Edit Org A')).email, PASSWORD), /(editor|admin) role/],
      [
        'an editor of another organization',
        async () => signInAs((await makeMember('editor', 'Edit Org B')).email, PASSWORD),
        /(editor|admin) role/,
      ],
      ['a foreign Origin', async () => signInAs(editor.email, PASSWORD, 'https://evil.example'), /Sitrep page/],
      ['a missing Origin', async () => signInAs(editor.email, PASSWORD, null), /Sitrep page/],
    ])('rejects %s on edit, delete and restore, changing nothing', async (_name, arrange, message) => {
      const factId = await newFact();
      const deletedId = await newFact();
      await prisma.fact.update({ where: { id: deletedId }, data: { deletedAt: new Date() } });
      await arrange();
      const before = await snapshotCounts();
      expect((await edit({ ...FORM_VALUES, value: '9', factId, version: '1' })).state?.message).toMatch(message);
      expect((await remove({ factId, version: '1' })).state?.message).toMatch(message);
      expect((await restore({ factId: deletedId, version: '1' })).state?.message).toMatch(message);
      expect(await snapshotCounts()).toEqual(before);
      expect(await prisma.fact.findUniqueOrThrow({ where: { id: factId } })).toMatchObject({ version: 1, low: 100, deletedAt: null });
    });
  });

  it('soft-deletes for an editor, restores only for an admin, and records both', async () => {
    const factId = await newFact();
    await signInAs(editor.email, PASSWORD);
    expect((await remove({ factId, version: '1' })).redirect).toBe(`/facts/${factId}?saved=deleted`);
    expect((await prisma.fact.findUniqueOrThrow({ where: { id: factId } })).deletedAt).not.toBeNull();
    expect((await restore({ factId, version: '2' })).state?.message).toMatch(/admin role/);
    await signInAs(admin.email, PASSWORD);
    expect((await restore({ factId, version: '1' })).state?.message).toMatch(/changed this fact in the meantime/);
    expect((await restore({ factId, version: '2' })).redirect).toBe(`/facts/${factId}?saved=restored`);
    const fact = await prisma.fact.findUniqueOrThrow({ where: { id: factId } });
    expect(fact).toMatchObject({ deletedAt: null, version: 3 });
    const actions = await prisma.auditEntry.findMany({
      where: { entityId: factId },
      orderBy: { createdAt: 'asc' },
      select: { action: true, userId: true },
    });
    expect(actions).toEqual([
      { action: 'create', userId: editor.userId },
      { action: 'delete', userId: editor.userId },
      { action: 'restore', userId: admin.userId },
    ]);
  });

  it('does not edit a deleted fact', async () => {
    const factId = await newFact();
    await prisma.fact.update({ where: { id: factId }, data: { deletedAt: new Date() } });
    await signInAs(editor.email, PASSWORD);
    expect((await edit({ ...FORM_VALUES, factId, version: '1' })).state?.message).toMatch(/deleted/);
  });
});
