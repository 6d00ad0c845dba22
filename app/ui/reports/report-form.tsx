'use client';

import { useActionState, useRef, useState } from 'react';
import { fillMessage, LinkFillButton } from '@/app/ui/reports/link-fill';
import { submitReport, type LinkFill, type SubmitReportField, type SubmitReportState } from '@/lib/actions/reports';
import { MAX_REPORT_LABEL, REPORT_FILE_TYPES } from '@/lib/reports/limits';

type Props = { organizations: string[]; ownOrganizations: { id: string; name: string }[] };

/** /reports/new: every error next to its field, values kept after an error (except the file). */
export function ReportForm({ organizations, ownOrganizations }: Props) {
  const [state, formAction, isPending] = useActionState<SubmitReportState, FormData>(submitReport, {});
  const [fill, setFill] = useState<{ result: LinkFill; count: number; state: SubmitReportState } | null>(null);
  const urlInput = useRef<HTMLInputElement>(null);
  // A fill gives the fields new starting values; the key remounts them so the editor can change them.
  // After a submission the values it sent back (the editor's own edits) win over the fill.
  const filled = fill?.result.ok && fill.state === state ? fill.result : null;
  const values = filled ? { ...state.values, ...filled } : state.values;
  const fillKey = `fill-${fill?.count ?? 0}`;
  const notice = fill && fill.state === state ? fillMessage(fill.result) : null;
  const error = (field: SubmitReportField) =>
    state.errors?.[field]?.length ? (
      <p id={`${field}-error`} className="field-error">
        {state.errors[field]![0]}
      </p>
    ) : null;
  const describe = (field: SubmitReportField, hint?: string) => ({
    id: field,
    name: field,
    'aria-invalid': state.errors?.[field] ? true : undefined,
    'aria-describedby': [hint, state.errors?.[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined,
  });
  return (
    <form action={formAction} className="panel stack" noValidate>
      <div aria-live="polite" role="status">
        {state.message ? <p className="alert alert-error">{state.message}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="url">Web address (optional)</label>
        <div className="row">
          <input
            {...describe('url', 'url-hint')}
            ref={urlInput}
            key={fillKey}
            type="url"
            defaultValue={values?.url}
            placeholder="https://"
            style={{ flex: 1 }}
          />
          <LinkFillButton urlInput={urlInput} onFilled={(result) => setFill({ result, count: (fill?.count ?? 0) + 1, state })} />
        </div>
        <p id="url-hint" className="field-hint">
          Paste the link to a web page, PDF or text file and Sitrep fills the form from it.
        </p>
        <div aria-live="polite" role="status">
          {notice ? <p className={notice.tone === 'ok' ? 'alert alert-success' : 'alert alert-error'}>{notice.text}</p> : null}
        </div>
        {error('url')}
      </div>
      <div className="field">
        <label htmlFor="title">Title</label>
        <input {...describe('title')} key={fillKey} defaultValue={values?.title} required style={{ width: '100%' }} />
        {error('title')}
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="publisher">Publisher</label>
          <input
            {...describe('publisher', 'publisher-hint')}
            key={fillKey}
            list="organization-names"
            defaultValue={values?.publisher}
            required
            autoComplete="off"
          />
          <p id="publisher-hint" className="field-hint">
            Pick from the list, or type a new organization&apos;s name.
          </p>
          <datalist id="organization-names">
            {organizations.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {error('publisher')}
        </div>
        <div className="field">
          <label htmlFor="publishedDate">Published on</label>
          <input {...describe('publishedDate')} key={fillKey} type="date" defaultValue={values?.publishedDate} required />
          {error('publishedDate')}
        </div>
        {ownOrganizations.length > 1 ? (
          <div className="field">
            <label htmlFor="ownerOrgId">Reviewed by</label>
            <select {...describe('ownerOrgId')} defaultValue={values?.ownerOrgId}>
              {ownOrganizations.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </select>
            {error('ownerOrgId')}
          </div>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="text">Report text</label>
        <textarea {...describe('text', 'text-hint')} key={fillKey} rows={12} defaultValue={values?.text} />
        <p id="text-hint" className="field-hint">
          Paste the whole report, up to {MAX_REPORT_LABEL}. Or upload a file below instead.
        </p>
        {error('text')}
      </div>
      <div className="field">
        <label htmlFor="file">Or upload a file</label>
        <input {...describe('file', 'file-hint')} type="file" accept={REPORT_FILE_TYPES.join(',')} />
        <p id="file-hint" className="field-hint">
          {REPORT_FILE_TYPES.join(', ')} up to {MAX_REPORT_LABEL}. The text is read on the server; a scanned PDF needs text recognition
          (OCR) first.
        </p>
        {error('file')}
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? 'Reading the figures…' : 'Read the figures'}
      </button>
    </form>
  );
}
