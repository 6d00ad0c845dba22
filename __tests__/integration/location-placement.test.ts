jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { setLocationPlacement } from '@/lib/actions/locations';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import { prisma } from '@/lib/prisma';
import { createPeople, PASSWORD, refusals, type People } from '@/__tests__/helpers/auth-fixtures';
import { signInAs } from '@/__tests__/helpers/request-context';

// Fictional places only.
let people: People;
let camp: string;
let district: string;
let province: string;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function placement(id: string) {
  return prisma.location.findUniqueOrThrow({ where: { id }, select: { parentId: true, kind: true } });
}

beforeAll(async () => {
  people = await createPeople('places');
  camp = (await findOrCreateLocation(prisma, { name: 'Camp Alpha' })).id;
  district = (await findOrCreateLocation(prisma, { name: 'North District' })).id;
  province = (await findOrCreateLocation(prisma, { name: 'North Province' })).id;
});

describe("a place's parent and kind", () => {
  it.each(refusals(() => people, { allowed: 'editorA', tooWeak: ['viewerA'] }).map((c) => [c.name, c] as const))(
    'refuses %s and changes nothing',
    async (_name, refusal) => {
      await refusal.arrange();
      const audit = await prisma.auditEntry.count();
      const state = await setLocationPlacement({}, form({ id: camp, parentId: district, kind: 'site' }));
      expect(state.ok).toBeFalsy();
      expect(state.message).toMatch(/Sign in|editor role|did not come from a Sitrep page/);
      expect(await placement(camp)).toEqual({ parentId: null, kind: null });
      expect(await prisma.auditEntry.count()).toBe(audit);
    },
  );

  it('lets an editor set the parent and kind, audited with before and after', async () => {
    await signInAs(people.editorA, PASSWORD);
    expect(await setLocationPlacement({}, form({ id: camp, parentId: district, kind: 'site' }))).toMatchObject({ ok: true });
    expect(await setLocationPlacement({}, form({ id: district, parentId: province, kind: 'admin2' }))).toMatchObject({ ok: true });
    expect(await placement(camp)).toEqual({ parentId: district, kind: 'site' });
    const entry = await prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'location', entityId: camp },
      orderBy: { createdAt: 'desc' },
    });
    expect(entry).toMatchObject({
      action: 'edit',
      before: JSON.stringify({ parentId: null, kind: null }),
      after: JSON.stringify({ parentId: district, kind: 'site' }),
    });
  });

  it('refuses a loop (a place inside a place it contains) and an unknown kind, with the field to fix', async () => {
    await signInAs(people.editorB, PASSWORD);
    const loop = await setLocationPlacement({}, form({ id: province, parentId: camp, kind: 'admin1' }));
    expect(loop.errors?.parentId?.[0]).toMatch(/inside itself or inside a place it contains/);
    const self = await setLocationPlacement({}, form({ id: province, parentId: province, kind: '' }));
    expect(self.errors?.parentId).toBeDefined();
    const kind = await setLocationPlacement({}, form({ id: province, parentId: '', kind: 'planet' }));
    expect(kind.errors?.kind?.[0]).toMatch(/Pick one of/);
    expect(await placement(province)).toEqual({ parentId: null, kind: null });
  });

  it('clears a parent when none is chosen', async () => {
    await signInAs(people.editorA, PASSWORD);
    expect(await setLocationPlacement({}, form({ id: camp, parentId: '', kind: '' }))).toMatchObject({ ok: true });
    expect(await placement(camp)).toEqual({ parentId: null, kind: null });
  });
});
