/**
 * Issue 19, point 3: a name whose slug equals an existing organization's or place's, with a
 * different name, is never filed under that record nor silently made a near twin of it: the
 * fact form and the CSV import refuse it with a message naming the existing one to pick.
 */
jest.mock('next/headers', () => require('@/__tests__/helpers/request-context').nextHeadersMock);
jest.mock('next/cache', () => require('@/__tests__/helpers/request-context').nextCacheMock);
jest.mock('next/navigation', () => require('@/__tests__/helpers/request-context').nextNavigationMock);

import { signInAs } from '@/__tests__/helpers/request-context';
import { submitFactForm } from '@/__tests__/helpers/fact-form-submit';
import { ImportRejectedError, importFacts, previewImport } from '@/lib/import/run';
import { findOrCreateLocation } from '@/lib/locations/resolve';
import { findOrCreateOrganization } from '@/lib/organizations/resolve';
import { prisma } from '@/lib/prisma';
import { FORM_VALUES, PASSWORD, formDataOf, makeMember, newToken, snapshotCounts } from '../entry/fixtures';

jest.setTimeout(30_000);

const submit = (fields: Record<string, string>) => submitFactForm(fields, formDataOf);

describe('names that only look like an existing organization or place', () => {
  let editor: Awaited<ReturnType<typeof makeMember>>;
  beforeAll(async () => {
    editor = await makeMember('editor', 'Lookalike Entry Org');
    await findOrCreateOrganization(prisma, { name: 'Fictional Save the Children!' });
    await findOrCreateLocation(prisma, { name: 'Fictional Camp Alpha' });
  });

  it('the fact form refuses the lookalike organization, naming the existing one, and saves nothing', async () => {
    await signInAs(editor.email, PASSWORD);
    const before = await snapshotCounts();
    const { state } = await submit({
      ...FORM_VALUES,
      sourceOrg: 'Fictional-Save-the-Children',
      ownerOrgId: editor.orgId,
      idempotencyToken: newToken(),
    });
    expect(state?.errors?.sourceOrg).toEqual([expect.stringContaining('"Fictional Save the Children!"')]);
    expect(state?.errors?.sourceOrg?.[0]).toMatch(/choose "Fictional Save the Children!"/);
    expect(await snapshotCounts()).toEqual(before);
  });

  it('saves once the user picks the existing organization, or types a name that really differs', async () => {
    await signInAs(editor.email, PASSWORD);
    const picked = await submit({
      ...FORM_VALUES,
      sourceOrg: 'Fictional Save the Children!',
      ownerOrgId: editor.orgId,
      idempotencyToken: newToken(),
    });
    expect(picked.redirect).toMatch(/saved=created/);
    const distinct = await submit({
      ...FORM_VALUES,
      sourceOrg: 'Fictional Save the Children Fund',
      ownerOrgId: editor.orgId,
      idempotencyToken: newToken(),
    });
    expect(distinct.redirect).toMatch(/saved=created/);
    const names = await prisma.organization.findMany({ where: { name: { startsWith: 'Fictional Save' } }, select: { name: true } });
    expect(names.map((org) => org.name).sort()).toEqual(['Fictional Save the Children Fund', 'Fictional Save the Children!']);
  });

  it('refuses a place that differs only in punctuation from an existing one, but not its known spellings', async () => {
    await signInAs(editor.email, PASSWORD);
    const { state } = await submit({
      ...FORM_VALUES,
      location: 'Fictional Camp Alpha!',
      ownerOrgId: editor.orgId,
      idempotencyToken: newToken(),
    });
    expect(state?.errors?.location?.[0]).toMatch(/existing place "Fictional Camp Alpha"/);
    const alias = await submit({
      ...FORM_VALUES,
      location: 'fictional camp-alpha',
      ownerOrgId: editor.orgId,
      idempotencyToken: newToken(),
    });
    expect(alias.redirect).toMatch(/saved=created/);
  });

  it('the CSV preview marks the row and the import refuses the file', async () => {
    const file = Buffer.from(
      'date,metric,value,location,source_org\n2019-03-06,trucks,4,Fictional Camp Alpha,Fictional Save the Children!\n2019-03-07,trucks,5,Fictional Camp Alpha,Fictional Save the Children\n',
    );
    const preview = await previewImport(file, editor.orgId);
    expect(preview.errors).toEqual([
      {
        row: 3,
        problems: [
          expect.stringMatching(/"Fictional Save the Children" differs from the existing organization "Fictional Save the Children!"/),
        ],
      },
    ]);
    const before = await snapshotCounts();
    await expect(importFacts(file, { userId: editor.userId, ownerOrgId: editor.orgId, fileName: 'f.csv' })).rejects.toBeInstanceOf(
      ImportRejectedError,
    );
    expect(await snapshotCounts()).toEqual(before);
  });
});
