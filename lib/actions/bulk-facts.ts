'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AuthorizationError, requireRole } from '@/lib/auth/guard';
import { BULK_COLUMNS, MAX_BULK_ROWS, readBulkRows, type BulkRowErrors } from '@/lib/entry/bulk-rows';
import { formIdempotencyKey, isFormToken, isUniqueViolation } from '@/lib/entry/save-fact';
import { createFacts } from '@/lib/facts/write';
import { lookalikeErrors, lookalikeFinder } from '@/lib/names/lookalikes';
import { prisma } from '@/lib/prisma';
import type { FormState } from '@/lib/validation/form-state';

export type BulkFormState = FormState & { rowErrors?: Record<number, BulkRowErrors>; sourceOrgError?: string };

const RowsSchema = z
  .array(
    z.object(
      Object.fromEntries(BULK_COLUMNS.map((column) => [column, z.string().max(5_000).default('')])) as Record<
        (typeof BULK_COLUMNS)[number],
        z.ZodDefault<z.ZodString>
      >,
    ),
  )
  .max(MAX_BULK_ROWS);

/**
 * /facts/bulk: every figure of the daily log in one transaction, or none. Each fact's key is
 * the form's token plus its position, so a resubmitted table lands once.
 */
export async function createBulkFacts(_previous: BulkFormState, formData: FormData): Promise<BulkFormState> {
  const ownerOrgId = String(formData.get('ownerOrgId') ?? '');
  let count: number;
  try {
    const user = await requireRole(ownerOrgId, 'editor');
    const token = formData.get('idempotencyToken');
    if (!isFormToken(token)) return { message: 'This form has expired. Reload the page; copy your rows first.' };
    const rows = RowsSchema.safeParse(safeJson(String(formData.get('rows') ?? '')));
    if (!rows.success)
      return {
        message: `The table could not be read: send at most ${MAX_BULK_ROWS} rows at a time, with at most 5,000 characters in a cell.`,
      };
    const reading = readBulkRows(rows.data, String(formData.get('sourceOrg') ?? '').trim());
    if (!reading.ok)
      return {
        message: 'Nothing was saved. Fix the rows marked below.',
        rowErrors: reading.rowErrors,
        sourceOrgError: reading.sourceOrgError,
      };
    const [lookalike] = (await lookalikeErrors(lookalikeFinder(prisma), { sourceOrg: reading.facts[0]?.sourceOrg })).sourceOrg ?? [];
    if (lookalike) return { message: 'Nothing was saved. Check the source organization.', sourceOrgError: lookalike };
    const keys = reading.facts.map((_, index) => formIdempotencyKey('bulk', user.id, `${token}:${index}`));
    count = reading.facts.length;
    const items = reading.facts.map((fact, index) => ({ fact, key: keys[index] }));
    await prisma.$transaction((tx) => createFacts(tx, items, { userId: user.id, ownerOrgId, action: 'create', refreshRollups: true }));
  } catch (error) {
    // A racing double submit: the other request stored this table; nothing more to do.
    if (isUniqueViolation(error)) count = 0;
    else if (error instanceof AuthorizationError) return { message: error.message };
    else {
      console.error('bulk entry failed', error);
      return { message: 'Nothing was saved because of a problem on our side. Your rows are kept: try again in a moment.' };
    }
  }
  revalidatePath('/');
  redirect(`/facts/bulk?saved=${count}`);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
