'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { AuthorizationError, requireRole } from '@/lib/auth/guard';
import { fetchFactFormValues } from '@/lib/data/fact-edit';
import { formIdempotencyKey, isFormToken, saveEnteredFactOnce } from '@/lib/entry/save-fact';
import { changesFromInput, deleteFact as deleteStoredFact, restoreFact as restoreStoredFact, updateFactVersioned } from '@/lib/facts/write';
import { lookalikeErrors, lookalikeFinder } from '@/lib/names/lookalikes';
import { prisma } from '@/lib/prisma';
import { readFactForm, readFactFormValues, type FactFormField, type FactFormValues } from '@/lib/validation/fact-form';
import type { FormState } from '@/lib/validation/form-state';

export type FactFormState = FormState<FactFormField> & {
  /** Set when someone else saved the fact first: their values, and the version to build on. */
  conflict?: { version: number; values: FactFormValues };
};

export type FactCommandState = FormState;

const CHECK_FIELDS = 'The fact was not saved. Check the fields marked below.';
const STORAGE_FAILED = 'The fact could not be saved because of a problem on our side. Your entries are kept: try again in a moment.';

/** /facts/new: stores one fact, confirmed, owned by the organization chosen in the form. */
export async function createFactFromForm(_previous: FactFormState, formData: FormData): Promise<FactFormState> {
  const ownerOrgId = String(formData.get('ownerOrgId') ?? '');
  let factId: string;
  try {
    const user = await requireRole(ownerOrgId, 'editor');
    const token = formData.get('idempotencyToken');
    if (!isFormToken(token)) return { message: 'This form has expired. Reload the page and enter the fact again.' };
    const reading = readFactForm(readFactFormValues(formData));
    if (!reading.ok) return { errors: reading.errors, message: CHECK_FIELDS };
    const lookalikes = await lookalikeErrors(lookalikeFinder(prisma), reading.fact);
    if (Object.keys(lookalikes).length > 0) return { errors: lookalikes, message: CHECK_FIELDS };
    const idempotencyKey = formIdempotencyKey('fact-form', user.id, token);
    ({ id: factId } = await saveEnteredFactOnce(prisma, reading.fact, { userId: user.id, ownerOrgId, idempotencyKey }));
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/');
  redirect(`/facts/${factId}?saved=created`);
}

/** /facts/[id]/edit: saves only if nobody else saved since the form was opened (version check). */
export async function updateFactFromForm(_previous: FactFormState, formData: FormData): Promise<FactFormState> {
  const factId = String(formData.get('factId') ?? '');
  const expectedVersion = Number(formData.get('overrideVersion') ?? formData.get('version'));
  try {
    const stored = await fetchFactFormValues(factId);
    if (!stored || stored.deletedAt) return { message: 'This fact no longer exists or was deleted.' };
    const user = await requireRole(stored.ownerOrgId, 'editor');
    if (!Number.isInteger(expectedVersion)) return { message: 'This form has expired. Reload the page.' };
    const reading = readFactForm(readFactFormValues(formData));
    if (!reading.ok) return { errors: reading.errors, message: CHECK_FIELDS };
    const lookalikes = await lookalikeErrors(lookalikeFinder(prisma), reading.fact);
    if (Object.keys(lookalikes).length > 0) return { errors: lookalikes, message: CHECK_FIELDS };
    const fact = reading.fact;
    const result = await prisma.$transaction(async (tx) =>
      updateFactVersioned(tx, { factId, expectedVersion, changes: await changesFromInput(tx, fact), userId: user.id, action: 'edit' }),
    );
    if (!result.ok && result.reason === 'not-found') return { message: 'This fact no longer exists.' };
    if (!result.ok) {
      const newer = await fetchFactFormValues(factId);
      return {
        message:
          'Someone else changed this fact while you were editing it. Nothing was overwritten: compare their values below with yours.',
        conflict: newer ? { version: newer.version, values: newer.values } : undefined,
      };
    }
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/');
  revalidatePath(`/facts/${factId}`);
  redirect(`/facts/${factId}?saved=edited`);
}

/** Soft delete: the fact leaves every count but stays in the database for an admin to restore. */
export async function deleteFact(_previous: FactCommandState, formData: FormData): Promise<FactCommandState> {
  return setDeleted(formData, true);
}

/** Brings a soft-deleted fact back; admins of the owning organization only. */
export async function restoreFact(_previous: FactCommandState, formData: FormData): Promise<FactCommandState> {
  return setDeleted(formData, false);
}

async function setDeleted(formData: FormData, isDelete: boolean): Promise<FactCommandState> {
  const factId = String(formData.get('factId') ?? '');
  const expectedVersion = Number(formData.get('version'));
  try {
    const fact = await prisma.fact.findUnique({ where: { id: factId }, select: { ownerOrgId: true, deletedAt: true } });
    if (!fact) return { message: 'This fact no longer exists.' };
    const user = await requireRole(fact.ownerOrgId, isDelete ? 'editor' : 'admin');
    if (Boolean(fact.deletedAt) === isDelete) return { message: isDelete ? 'This fact is already deleted.' : 'This fact is not deleted.' };
    const write = isDelete ? deleteStoredFact : restoreStoredFact;
    const result = await prisma.$transaction((tx) => write(tx, { factId, expectedVersion, userId: user.id }));
    if (!result.ok) return { message: 'Someone else changed this fact in the meantime. Reload the page and try again.' };
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/');
  revalidatePath(`/facts/${factId}`);
  redirect(`/facts/${factId}?saved=${isDelete ? 'deleted' : 'restored'}`);
}

function failure(error: unknown): { message: string } {
  if (error instanceof AuthorizationError) return { message: error.message };
  console.error('fact action failed', error);
  return { message: STORAGE_FAILED };
}
