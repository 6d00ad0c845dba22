'use server';

import { revalidatePath } from 'next/cache';
import { refusalMessage } from '@/lib/auth/api-errors';
import { requireRole } from '@/lib/auth/guard';
import { recordAudit } from '@/lib/audit/record';
import { refreshReportRollups } from '@/lib/dashboard/rollup';
import { updateFactVersioned } from '@/lib/facts/write';
import { prisma } from '@/lib/prisma';
import { FactSensitivitySchema, SensitivitySchema } from '@/lib/validation/account';
import { fieldErrorsOf, formValues, type FormState } from '@/lib/validation/form-state';

export type SensitivityState = FormState<'sensitivity' | 'id' | 'version'> & { version?: number };

/**
 * Makes a report public or restricted. Only editors of the organization that owns it may; a
 * restricted report also hides its facts from everyone outside that organization.
 */
export async function setReportSensitivity(_previous: SensitivityState, formData: FormData): Promise<SensitivityState> {
  const raw = formValues(formData, ['id', 'sensitivity']);
  try {
    const report = await prisma.report.findUnique({ where: { id: raw.id }, select: { id: true, ownerOrgId: true, sensitivity: true } });
    const editor = await requireRole(report?.ownerOrgId, 'editor');
    const parsed = SensitivitySchema.safeParse(raw);
    if (!parsed.success || !report) return { errors: parsed.success ? {} : fieldErrorsOf(parsed.error), message: 'Pick public or restricted.' };
    if (report.sensitivity === parsed.data.sensitivity) return { ok: true, message: `Already ${report.sensitivity}.` };
    await prisma.$transaction(async (tx) => {
      await tx.report.update({ where: { id: report.id }, data: { sensitivity: parsed.data.sensitivity } });
      await recordAudit(tx, { entityType: 'report', entityId: report.id, action: 'sensitivity', userId: editor.id, before: { sensitivity: report.sensitivity }, after: { sensitivity: parsed.data.sensitivity } });
      await refreshReportRollups(tx, report.id);
    });
  } catch (error) {
    return failure(error);
  }
  revalidateVisibility(`/reports/${raw.id}`);
  return { ok: true, message: `The report is now ${raw.sensitivity}.` };
}

/** Same for one fact, guarded by its version so a stale page cannot undo someone else's change. */
export async function setFactSensitivity(_previous: SensitivityState, formData: FormData): Promise<SensitivityState> {
  const raw = formValues(formData, ['id', 'sensitivity', 'version']);
  let version: number;
  try {
    const fact = await prisma.fact.findUnique({ where: { id: raw.id }, select: { id: true, ownerOrgId: true, deletedAt: true, sensitivity: true, version: true } });
    const editor = await requireRole(fact?.ownerOrgId, 'editor');
    const parsed = FactSensitivitySchema.safeParse(raw);
    if (!parsed.success || !fact) return { errors: parsed.success ? {} : fieldErrorsOf(parsed.error), message: 'Check the choice and try again.' };
    if (fact.deletedAt) return { message: 'This fact was deleted; restore it first.' };
    if (fact.sensitivity === parsed.data.sensitivity) return { ok: true, message: `Already ${fact.sensitivity}.`, version: fact.version };
    const result = await prisma.$transaction((tx) =>
      updateFactVersioned(tx, { factId: fact.id, expectedVersion: parsed.data.version, changes: { sensitivity: parsed.data.sensitivity }, userId: editor.id, action: 'sensitivity' }),
    );
    if (!result.ok && result.reason === 'conflict') {
      const current = result.current as { sensitivity: string; version: number };
      return { message: `Someone changed this fact meanwhile; it is now ${current.sensitivity}. Reload to see their change.`, version: current.version };
    }
    if (!result.ok) return { message: 'That fact no longer exists.' };
    version = result.version;
  } catch (error) {
    return failure(error);
  }
  revalidateVisibility(`/facts/${raw.id}`);
  return { ok: true, message: `The fact is now ${raw.sensitivity}.`, version };
}

/** A level change moves figures in or out of every public view. */
function revalidateVisibility(detailPath: string): void {
  revalidatePath(detailPath);
  revalidatePath('/');
}

function failure(error: unknown): SensitivityState {
  const refusal = refusalMessage(error);
  if (refusal) return { message: refusal };
  console.error('Sensitivity change failed', error);
  return { message: 'The change could not be saved. Nothing was changed; try again.' };
}
