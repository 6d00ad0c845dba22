jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { signInAs, signOutOfRequest } from '@/__tests__/helpers/request-context';
import { submitFactForm } from '@/__tests__/helpers/fact-form-submit';
import { prisma } from '@/lib/prisma';
import { FORM_VALUES, PASSWORD, formDataOf, makeMember, newToken, snapshotCounts } from './fixtures';

const submit = (fields: Record<string, string>) => submitFactForm(fields, formDataOf);

describe('createFactFromForm', () => {
  let editor: Awaited<ReturnType<typeof makeMember>>;
  beforeAll(async () => {
    editor = await makeMember('editor', 'Entry Org A');
  });

  it('stores a valid fact, confirmed, owned by the entering organization, with an audit entry', async () => {
    await signInAs(editor.email, PASSWORD);
    const result = await submit({ ...FORM_VALUES, ownerOrgId: editor.orgId, idempotencyToken: newToken() });
    const id = result.redirect?.match(/^\/facts\/([^?]+)\?saved=created$/)?.[1];
    expect(id).toBeDefined();
    const fact = await prisma.fact.findUniqueOrThrow({ where: { id }, include: { location: true, sourceOrg: true } });
    expect(fact).toMatchObject({
      low: 2000,
      high: 2000,
      qualifier: 'approx',
      status: 'confirmed',
      ownerOrgId: editor.orgId,
      enteredById: editor.userId,
    });
    expect(fact.location.name).toBe('Fictional Camp North');
    expect(fact.sourceOrg.name).toBe('Example Relief Agency');
    expect(await prisma.auditEntry.count({ where: { entityId: id, action: 'create' } })).toBe(1);
  });

  it('creates one fact when the same form is submitted twice, one after the other or at once', async () => {
    await signInAs(editor.email, PASSWORD);
    const fields = { ...FORM_VALUES, value: '4,321', ownerOrgId: editor.orgId, idempotencyToken: newToken() };
    const first = await submit(fields);
    const again = await submit(fields);
    expect(again.redirect).toBe(first.redirect);
    const racing = { ...fields, idempotencyToken: newToken(), value: '1,234' };
    const [a, b] = await Promise.all([submit(racing), submit(racing)]);
    expect(a.redirect).toBe(b.redirect);
    expect(await prisma.fact.count({ where: { low: 4321 } })).toBe(1);
    expect(await prisma.fact.count({ where: { low: 1234 } })).toBe(1);
  });

  it.each([
    ['a negative number', { value: '-20' }, 'value', /negative/],
    ['low above high', { value: '3,000-2,000' }, 'value', /smaller one/],
    ['an impossible date', { date: '2019-02-30' }, 'date', /does not exist/],
    ['a date far in the future', { date: '2999-01-01' }, 'date', /future/],
    ['a date in the wrong format', { date: '01/03/2019' }, 'date', /YYYY-MM-DD/],
    ['an unknown metric', { metric: 'goats' }, 'metric', /Choose what is counted/],
    ['10 MB pasted into the excerpt', { excerpt: 'x'.repeat(10 * 1024 * 1024) }, 'excerpt', /too long/],
    ['10 MB pasted into the location', { location: 'y'.repeat(10 * 1024 * 1024) }, 'location', /too long/],
    ['an empty location', { location: '   ' }, 'location', /Enter the location/],
    ['a formula as the value', { value: '=HYPERLINK("http://evil.example","click")' }, 'value', /Write a number/],
  ])('rejects %s with a message next to the field and stores nothing', async (_name, change, field, message) => {
    await signInAs(editor.email, PASSWORD);
    const before = await snapshotCounts();
    const { state } = await submit({ ...FORM_VALUES, ...change, ownerOrgId: editor.orgId, idempotencyToken: newToken() });
    expect(state?.errors?.[field as keyof typeof state.errors]?.[0]).toMatch(message);
    expect(state?.message).toMatch(/not saved/);
    expect(await snapshotCounts()).toEqual(before);
  });

  it('stores script tags and spreadsheet formulas as inert text', async () => {
    await signInAs(editor.email, PASSWORD);
    const excerpt = '<script>alert("x")</script> =HYPERLINK("http://evil.example","click")';
    const { redirect } = await submit({
      ...FORM_VALUES,
      excerpt,
      location: '<b>Camp</b>',
      ownerOrgId: editor.orgId,
      idempotencyToken: newToken(),
    });
    const id = redirect!.split('/')[2].split('?')[0];
    const fact = await prisma.fact.findUniqueOrThrow({ where: { id } });
    expect(fact.excerpt).toBe(excerpt);
    expect(fact.locationText).toBe('<b>Camp</b>');
  });

  it('asks for a reload when the form token is missing or forged', async () => {
    await signInAs(editor.email, PASSWORD);
    const before = await snapshotCounts();
    const { state } = await submit({ ...FORM_VALUES, ownerOrgId: editor.orgId, idempotencyToken: 'x' });
    expect(state?.message).toMatch(/Reload/);
    expect(await snapshotCounts()).toEqual(before);
  });

  describe('permissions', () => {
    it.each([
      ['no session', async () => signOutOfRequest(), /Sign in/],
      ['a viewer', async () => signInAs((await makeMember('viewer', 'Entry Org A')).email, PASSWORD), /editor role/],
      [
        'an editor of another organization',
        async () => signInAs((await makeMember('editor', 'Entry Org B')).email, PASSWORD),
        /editor role/,
      ],
      ['a missing Origin', async () => signInAs(editor.email, PASSWORD, null), /did not come from a Sitrep page/],
      ['a foreign Origin', async () => signInAs(editor.email, PASSWORD, 'https://evil.example'), /did not come from a Sitrep page/],
      ['a "null" Origin', async () => signInAs(editor.email, PASSWORD, 'null'), /did not come from a Sitrep page/],
    ])('rejects %s and changes nothing', async (_name, arrange, message) => {
      await arrange();
      const before = await snapshotCounts();
      const { state } = await submit({ ...FORM_VALUES, ownerOrgId: editor.orgId, idempotencyToken: newToken() });
      expect(state?.message).toMatch(message);
      expect(await snapshotCounts()).toEqual(before);
    });
  });

  it('rejects an owner organization id the user typed in themselves', async () => {
    await signInAs(editor.email, PASSWORD);
    const { state } = await submit({ ...FORM_VALUES, ownerOrgId: 'not-an-org', idempotencyToken: newToken() });
    expect(state?.message).toMatch(/editor role/);
  });
});
