'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { REJECT_REASONS } from '@/lib/facts/vocabulary';
import { prisma } from '@/lib/prisma';
import { authorizationMessage, requireReportEditor } from '@/lib/reports/access';
import { extractCandidates } from '@/lib/reports/candidates';
import { findPersonalData } from '@/lib/reports/personal-data';
import type { FactEdits, ReviewFact } from '@/lib/reports/review-fact';
import {
  addMissed,
  applyEdits,
  changedFields,
  decide,
  loadReviewFact,
  mergeEdits,
  setReportLevel,
  StaleFactError,
} from '@/lib/reports/review-writes';
import { storeCandidates } from '@/lib/reports/store';
import { FactInputSchema } from '@/lib/validation/fact';

export type ReviewResult =
  | { ok: true; facts: ReviewFact[]; message: string }
  | { ok: false; message: string; errors?: Record<string, string[]>; current?: ReviewFact[] };

const STALE_MESSAGE =
  'Someone else changed this figure after you opened the page, so your change was not saved. Its current values are shown now: check them and try again.';
const FactRefs = z
  .array(z.object({ id: z.string().min(1), version: z.number().int().positive() }))
  .min(1, 'Select at least one figure.')
  .max(1000);
const DecisionInput = z.object({
  reportId: z.string().min(1),
  decision: z.enum(['confirmed', 'rejected']),
  facts: FactRefs,
  personalDataChecked: z.boolean().optional(),
  rejectReason: z.enum(REJECT_REASONS).optional(),
});

/** Confirms or rejects one, several or all figures of a report, all or nothing. */
export async function decideFacts(input: z.input<typeof DecisionInput>): Promise<ReviewResult> {
  const parsed = DecisionInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Nothing to save.' };
  const { reportId, decision, facts, personalDataChecked, rejectReason } = parsed.data;
  try {
    const { user, report } = await requireReportEditor(reportId);
    if (decision === 'confirmed' && report.sensitivity === 'public' && !personalDataChecked && findPersonalData(report.text).length > 0) {
      return {
        ok: false,
        message:
          'This report may contain personal data (see the warning above the text). Confirming publishes it: check the text, then tick "I have checked the personal data", or restrict the report.',
      };
    }
    const saved = await prisma.$transaction((tx) => decide(tx, { reportId, userId: user.id }, decision, facts, rejectReason ?? null), {
      timeout: 30_000,
    });
    revalidateReport(reportId);
    const verb = decision === 'confirmed' ? 'Confirmed' : 'Rejected';
    return { ok: true, facts: saved, message: `${verb} ${saved.length} figure${saved.length === 1 ? '' : 's'}.` };
  } catch (error) {
    return failure(error);
  }
}

const EditInput = z.object({
  reportId: z.string().min(1),
  factId: z.string().min(1),
  version: z.number().int().positive(),
  edits: z.record(z.string(), z.unknown()),
});

/** Saves an in-place edit of one figure at the version the reviewer saw. */
export async function editFact(input: z.input<typeof EditInput>): Promise<ReviewResult> {
  const parsed = EditInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'The change could not be read. Reload the page and try again.' };
  const { reportId, factId, version, edits } = parsed.data;
  try {
    const { user } = await requireReportEditor(reportId);
    const fact = await loadReviewFact(prisma, reportId, factId);
    if (!fact) return { ok: false, message: 'This figure no longer exists. Reload the page.' };
    if (fact.version !== version) return { ok: false, message: STALE_MESSAGE, current: [fact] };
    const next = mergeEdits(fact, edits as FactEdits);
    if (!next.success) return { ok: false, message: 'The change was not saved.', errors: z.flattenError(next.error).fieldErrors };
    const fields = changedFields(fact, next.data);
    if (fields.length === 0) return { ok: true, facts: [fact], message: 'No change.' };
    const updated = await prisma.$transaction((tx) => applyEdits(tx, { reportId, userId: user.id }, fact, version, next.data, fields));
    revalidateReport(reportId);
    return { ok: true, facts: [updated], message: 'Saved.' };
  } catch (error) {
    return failure(error);
  }
}

const MissedInput = z.object({
  reportId: z.string().min(1),
  start: z.number().int().min(0).optional(),
  fact: z.record(z.string(), z.unknown()),
});

/** Adds a figure extraction missed, tied to the passage the reviewer selected (or typed). */
export async function addMissedFact(input: z.input<typeof MissedInput>): Promise<ReviewResult> {
  const parsed = MissedInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'The new figure could not be read. Reload the page and try again.' };
  try {
    const { user, report } = await requireReportEditor(parsed.data.reportId);
    const fact = FactInputSchema.safeParse(parsed.data.fact);
    if (!fact.success)
      return {
        ok: false,
        message: 'The figure was not added. Check the fields marked below.',
        errors: z.flattenError(fact.error).fieldErrors,
      };
    const start = locateExcerpt(report.text, fact.data.excerpt, parsed.data.start);
    if (start < 0)
      return {
        ok: false,
        message: 'The figure was not added.',
        errors: { excerpt: ['Select (or type) a passage exactly as it appears in the report.'] },
      };
    const created = await prisma.$transaction((tx) =>
      addMissed(tx, { reportId: report.id, userId: user.id, ownerOrgId: report.ownerOrgId }, fact.data, start),
    );
    revalidateReport(report.id);
    return { ok: true, facts: created ? [created] : [], message: 'Figure added. Confirm it when ready.' };
  } catch (error) {
    return failure(error);
  }
}

const SensitivityInput = z.object({ reportId: z.string().min(1), sensitivity: z.enum(['public', 'restricted']) });

/** Restricts a report (and its figures) to its organization, or makes it public again. */
export async function setReportSensitivity(input: z.input<typeof SensitivityInput>): Promise<ReviewResult> {
  const parsed = SensitivityInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: 'Choose public or restricted.' };
  const { reportId, sensitivity } = parsed.data;
  try {
    const { user, report } = await requireReportEditor(reportId);
    await prisma.$transaction((tx) => setReportLevel(tx, { reportId, userId: user.id, before: report.sensitivity }, sensitivity), {
      timeout: 30_000,
    });
    revalidateReport(reportId);
    // The page reloads after a level change, so the figures are not sent back one by one.
    return {
      ok: true,
      facts: [],
      message:
        sensitivity === 'restricted'
          ? 'The report and its figures are now restricted to your organization.'
          : 'The report is public again.',
    };
  } catch (error) {
    return failure(error);
  }
}

/** Runs extraction again (after it improved): adds only figures never proposed before, so rejected ones stay rejected. */
export async function rerunExtraction(input: { reportId: string }): Promise<ReviewResult> {
  if (typeof input?.reportId !== 'string' || !input.reportId) return { ok: false, message: 'No report given.' };
  try {
    const { user, report } = await requireReportEditor(input.reportId);
    const publisher = await prisma.report.findUniqueOrThrow({
      where: { id: report.id },
      select: { publisher: { select: { name: true } } },
    });
    const { candidates } = extractCandidates(report.text, { published: report.publishedDate, publisher: publisher.publisher.name });
    const added = await prisma.$transaction(
      (tx) => storeCandidates(tx, { reportId: report.id, ownerOrgId: report.ownerOrgId, userId: user.id }, candidates),
      { timeout: 30_000 },
    );
    revalidateReport(report.id);
    return {
      ok: true,
      facts: [],
      message: added
        ? `${added} new figure${added === 1 ? '' : 's'} proposed. Reload to see them.`
        : 'Extraction found no figure that was not proposed before.',
    };
  } catch (error) {
    return failure(error);
  }
}

function locateExcerpt(text: string, excerpt: string, start: number | undefined): number {
  if (!excerpt) return -1;
  if (start !== undefined && text.slice(start, start + excerpt.length) === excerpt) return start;
  return text.indexOf(excerpt);
}

function revalidateReport(reportId: string): void {
  revalidatePath(`/reports/${reportId}`);
  revalidatePath('/reports');
  revalidatePath('/');
}

function failure(error: unknown): ReviewResult {
  if (error instanceof StaleFactError) {
    return error.current.length
      ? { ok: false, message: STALE_MESSAGE, current: error.current }
      : { ok: false, message: 'One of these figures no longer exists. Reload the page.' };
  }
  try {
    return { ok: false, message: authorizationMessage(error) };
  } catch {
    console.error('review action failed', error);
    return { ok: false, message: 'The change could not be saved because of a database error. Try again in a moment.' };
  }
}
