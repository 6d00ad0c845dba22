'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/guard';
import { organizationsWithRole, type SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/prisma';
import { readReportLink } from '@/lib/intake/article';
import { authorizationMessage } from '@/lib/reports/access';
import { matchSubmission, type SubmissionMatch } from '@/lib/reports/duplicates';
import { INLINE_EXTRACTION_CHARS, MAX_REPORT_BYTES, MAX_REPORT_LABEL } from '@/lib/reports/limits';
import { proposeCandidates } from '@/lib/reports/propose';
import { storeReport, storeReportForExtraction, type NewReport } from '@/lib/reports/store';
import { readUploadedReport } from '@/lib/reports/upload-text';
import { ReportSubmissionSchema } from '@/lib/validation/report';
import type { FormState } from '@/lib/validation/form-state';
import { z } from 'zod';

export type SubmitReportField = 'title' | 'publisher' | 'publishedDate' | 'url' | 'text' | 'file' | 'ownerOrgId';
export type SubmitReportValues = { title: string; publisher: string; publishedDate: string; url: string; text: string; ownerOrgId: string };
export type SubmitReportState = FormState<SubmitReportField> & { values?: SubmitReportValues };

/**
 * /reports/new: validates everything, reads the text (pasted or uploaded), sends a re-submitted
 * report (same text or same URL) to the existing one, links a reprint or a later version to the
 * report it repeats, else stores the report with its candidates (or, for a long text, its pending
 * extraction) in one transaction and opens the review screen.
 */
export async function submitReport(_previous: SubmitReportState, formData: FormData): Promise<SubmitReportState> {
  const values = readValues(formData);
  let user: SessionUser;
  try {
    user = await requireUser();
  } catch (error) {
    return { message: authorizationMessage(error), values };
  }
  const editorOf = organizationsWithRole(user, 'editor');
  const ownerOrgId = values.ownerOrgId || (editorOf.length === 1 ? editorOf[0] : '');
  const errors: SubmitReportState['errors'] = {};
  if (editorOf.length === 0) return { message: 'You need the editor role in an organization to add reports.', values };
  if (!editorOf.includes(ownerOrgId)) errors.ownerOrgId = ['Choose the organization you add this report for.'];
  const parsed = ReportSubmissionSchema.safeParse(values);
  if (!parsed.success) Object.assign(errors, z.flattenError(parsed.error).fieldErrors);
  const text = await readReportText(formData, values.text, errors);
  if (!parsed.success || text === null || Object.keys(errors).length > 0) {
    return { errors, message: 'The report was not saved. Check the fields marked below.', values };
  }
  const match = await matchSubmission(prisma, user, { ...parsed.data, text });
  if (match.kind === 'existing') redirect(`/reports/${match.id}?existing=${match.reason}`);
  let reportId: string;
  try {
    reportId = await store(
      { ...parsed.data, ...linksOf(match), text, ownerOrgId, userId: user.id },
      match.kind === 'version' ? match.previousText : null,
    );
  } catch (error) {
    console.error('submitReport failed', error);
    return { message: 'The report could not be saved because of a database error. Try again in a moment.', values };
  }
  revalidatePath('/reports');
  redirect(`/reports/${reportId}`);
}

export type LinkFill =
  | { ok: true; title: string; publisher: string; publishedDate: string; url: string; text: string; missing: string[] }
  | { ok: false; message: string };

/**
 * "Fill from the link" on /reports/new: the server fetches the page (lib/intake, safely) and
 * returns its title, publisher, date and text for the editor to check; nothing is stored.
 * Editors only, so the fetcher cannot be driven by anyone who comes by.
 */
export async function fillFromLink(link: string): Promise<LinkFill> {
  try {
    const user = await requireUser();
    if (organizationsWithRole(user, 'editor').length === 0)
      return { ok: false, message: 'You need the editor role in an organization to add reports.' };
  } catch (error) {
    return { ok: false, message: authorizationMessage(error) };
  }
  if (typeof link !== 'string' || !link.trim()) return { ok: false, message: 'Paste the web address first.' };
  const result = await readReportLink(link);
  if (!result.ok) return result;
  const { title, publisher, publishedDate, url, text, missing } = result.report;
  return {
    ok: true,
    title: title ?? '',
    publisher: publisher ?? '',
    publishedDate: publishedDate ?? '',
    url,
    text: text.slice(0, MAX_REPORT_BYTES),
    missing,
  };
}

function linksOf(match: SubmissionMatch): { previousVersionId: string | null; reprintOfId: string | null } {
  return {
    previousVersionId: match.kind === 'version' ? match.previousId : null,
    reprintOfId: match.kind === 'reprint' ? match.ofId : null,
  };
}

/** A short report is read at once; a long one by the job worker, so the request does not wait on it. */
async function store(report: NewReport, previousText: string | null): Promise<string> {
  if (report.text.length > INLINE_EXTRACTION_CHARS) {
    const stored = await prisma.$transaction((tx) => storeReportForExtraction(tx, report));
    return stored.id;
  }
  const candidates = proposeCandidates({ ...report, previousText });
  const stored = await prisma.$transaction((tx) => storeReport(tx, report, candidates), { timeout: 30_000 });
  return stored.id;
}

function readValues(formData: FormData): SubmitReportValues {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    title: field('title'),
    publisher: field('publisher'),
    publishedDate: field('publishedDate'),
    url: field('url'),
    text: field('text'),
    ownerOrgId: field('ownerOrgId'),
  };
}

/** The uploaded file's text when a file was chosen, else the pasted text; null after an error. */
async function readReportText(
  formData: FormData,
  pasted: string,
  errors: NonNullable<SubmitReportState['errors']>,
): Promise<string | null> {
  const file = formData.get('file');
  const hasFile = typeof file === 'object' && file !== null && file.size > 0;
  if (hasFile && pasted.trim()) {
    errors.file = ['Choose one: paste the text or upload a file, not both. Clear the text box to use the file.'];
    return null;
  }
  if (hasFile) {
    const result = await readUploadedReport(file);
    if (!result.ok) errors.file = [result.message];
    return result.ok ? result.text : null;
  }
  if (!pasted.trim()) {
    errors.text = ['Paste the report text, or choose a file to upload.'];
    return null;
  }
  if (Buffer.byteLength(pasted, 'utf8') > MAX_REPORT_BYTES) {
    errors.text = [`The text is longer than ${MAX_REPORT_LABEL}. Split the report or paste the relevant part.`];
    return null;
  }
  return pasted.replace(/\r\n?/g, '\n').trim();
}
