'use client';

import { useState, useTransition, type KeyboardEvent, type ReactNode } from 'react';
import { decideFacts, editFact, setReportSensitivity } from '@/lib/actions/review';
import { REJECT_REASONS, REJECT_REASON_LABELS, type RejectReason } from '@/lib/facts/vocabulary';
import type { Match } from '@/lib/reports/corroboration';
import { isLowConfidence, type FactEdits, type ReviewFact } from '@/lib/reports/review-fact';
import { MissedFactForm } from './missed-fact-form';
import { ReportText, type TextSelection } from './report-text';
import { ReviewRow } from './review-row';
import styles from './review.module.css';

type Props = {
  report: { id: string; text: string; publisher: string; publishedDate: string; sensitivity: string };
  initialFacts: ReviewFact[];
  matches: Record<string, Match[]>;
  canReview: boolean;
  hasPersonalData: boolean;
  /** The pager and the cap notice, drawn under the heading (server-rendered). */
  children?: ReactNode;
  totals: { facts: number; candidates: number };
};
type Notice = { kind: 'success' | 'error'; text: string } | null;

/** The review screen's interactive part: text with marks, the figures table, keyboard review. */
export function ReviewWorkspace({ report, initialFacts, matches, canReview, hasPersonalData, children, totals }: Props) {
  const [facts, setFacts] = useState(initialFacts);
  const [activeId, setActiveId] = useState<string | null>(initialFacts[0]?.id ?? null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, Record<string, string[]>>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [personalDataChecked, setPersonalDataChecked] = useState(false);
  const [textSelection, setTextSelection] = useState<TextSelection | null>(null);
  const [rejectingId, setRejectingId] = useState<string | null>(null);
  const [bulkReason, setBulkReason] = useState<RejectReason>('not_a_figure');
  const [isPending, startTransition] = useTransition();
  const mustCheckPersonalData = hasPersonalData && report.sensitivity === 'public' && !personalDataChecked;

  function merge(updated: ReviewFact[]) {
    setFacts((current) => {
      const byId = new Map(updated.map((fact) => [fact.id, fact]));
      const added = updated.filter((fact) => !current.some((known) => known.id === fact.id));
      return [...current.map((fact) => byId.get(fact.id) ?? fact), ...added];
    });
  }
  function run(action: () => Promise<Awaited<ReturnType<typeof decideFacts>>>, factId?: string, after?: () => void) {
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        merge(result.facts);
        if (factId) setErrors((current) => ({ ...current, [factId]: {} }));
        after?.();
      } else {
        if (result.current) merge(result.current);
        if (factId && result.errors) setErrors((current) => ({ ...current, [factId]: result.errors! }));
      }
      setNotice({ kind: result.ok ? 'success' : 'error', text: result.message });
    });
  }
  function decide(ids: string[], decision: 'confirmed' | 'rejected', after?: () => void, rejectReason?: RejectReason) {
    const refs = facts.filter((fact) => ids.includes(fact.id)).map((fact) => ({ id: fact.id, version: fact.version }));
    if (refs.length === 0) return setNotice({ kind: 'error', text: 'Select at least one figure first.' });
    run(
      () => decideFacts({ reportId: report.id, decision, facts: refs, personalDataChecked, rejectReason }),
      undefined,
      () => {
        setSelected(new Set());
        setRejectingId(null);
        after?.();
      },
    );
  }
  function focusRow(id: string | undefined) {
    if (!id) return;
    setActiveId(id);
    document.querySelector<HTMLElement>(`tr[data-fact-id="${id}"]`)?.focus();
    document.querySelector(`mark[data-facts~="${id}"]`)?.scrollIntoView({ block: 'nearest' });
  }
  function nextCandidateAfter(id: string): string | undefined {
    const index = facts.findIndex((fact) => fact.id === id);
    return [...facts.slice(index + 1), ...facts.slice(0, index)].find((fact) => fact.status === 'candidate')?.id;
  }
  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const target = event.target as HTMLElement;
    const rowId = target.closest<HTMLElement>('tr[data-fact-id]')?.dataset.factId;
    if (!rowId) return;
    if (target.tagName !== 'TR') {
      if (event.key === 'Escape') focusRow(rowId);
      return;
    }
    const index = facts.findIndex((fact) => fact.id === rowId);
    const keys: Record<string, () => void> = {
      j: () => focusRow(facts[index + 1]?.id),
      ArrowDown: () => focusRow(facts[index + 1]?.id),
      k: () => focusRow(facts[index - 1]?.id),
      ArrowUp: () => focusRow(facts[index - 1]?.id),
      Enter: () => canReview && decide([rowId], 'confirmed', () => focusRow(nextCandidateAfter(rowId) ?? rowId)),
      x: () => canReview && setRejectingId(rowId),
      ' ': () => setSelected((current) => toggled(current, rowId)),
      e: () => target.querySelector<HTMLElement>('select, input:not([type=checkbox])')?.focus(),
    };
    if (keys[event.key]) {
      event.preventDefault();
      keys[event.key]();
    }
  }
  const candidates = facts.filter((fact) => fact.status === 'candidate');
  const lowCount = facts.filter(isLowConfidence).length;
  return (
    <div className={styles.layout}>
      <div>
        <h2 id="text-heading">Report text</h2>
        <ReportText text={report.text} facts={facts} activeId={activeId} onActivate={focusRow} onSelect={setTextSelection} />
      </div>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">
          Figures ({totals.candidates} to review, {totals.facts} in all)
        </h2>
        {children}
        {lowCount > 0 ? (
          <p className={styles.lowConfidence}>
            {lowCount} figure{lowCount === 1 ? '' : 's'} on this page {lowCount === 1 ? 'was' : 'were'} read with low confidence:{' '}
            {lowCount === 1 ? 'it is' : 'they are'} marked in the table; check {lowCount === 1 ? 'it' : 'them'} first.
          </p>
        ) : null}
        <div aria-live="polite" role="status">
          {notice ? <p className={`alert ${notice.kind === 'success' ? 'alert-success' : 'alert-error'}`}>{notice.text}</p> : null}
        </div>
        {canReview ? (
          <>
            <p className={`muted ${styles.keys}`} id="review-keys">
              Keyboard: Tab to the table, then <kbd>j</kbd>/<kbd>k</kbd> (or <kbd>↓</kbd>/<kbd>↑</kbd>) next/previous figure,{' '}
              <kbd>Enter</kbd> confirm and go to the next, <kbd>x</kbd> reject (then pick a reason), <kbd>Space</kbd> select, <kbd>e</kbd>{' '}
              edit its fields (leave a field to save it), <kbd>Esc</kbd> back to the row.
            </p>
            {hasPersonalData && report.sensitivity === 'public' ? (
              <div className="row">
                <label className={styles.keys}>
                  <input
                    type="checkbox"
                    checked={personalDataChecked}
                    onChange={(event) => setPersonalDataChecked(event.currentTarget.checked)}
                  />{' '}
                  I have checked the personal data: publish the figures anyway
                </label>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={isPending}
                  onClick={() =>
                    run(
                      () => setReportSensitivity({ reportId: report.id, sensitivity: 'restricted' }),
                      undefined,
                      () => window.location.reload(),
                    )
                  }
                >
                  Restrict this report
                </button>
              </div>
            ) : null}
          </>
        ) : null}
        {facts.length === 0 ? (
          <p className="empty-state">
            Extraction found no figure in this report.{canReview ? ' Select a passage in the text to add one.' : ''}
          </p>
        ) : (
          <div className="table-wrap">
            <table className={styles.table} aria-describedby={canReview ? 'review-keys' : undefined}>
              <caption className="visually-hidden">Figures read from this report</caption>
              <thead>
                <tr>
                  <th scope="col">Figure and decision</th>
                  <th scope="col">Metric and measure</th>
                  <th scope="col">Value and unit</th>
                  <th scope="col">Place and route</th>
                  <th scope="col">Date and period</th>
                  <th scope="col">Source</th>
                  <th scope="col">Cue and other sources</th>
                </tr>
              </thead>
              <tbody onKeyDown={onKeyDown}>
                {facts.map((fact, index) => (
                  <ReviewRow
                    key={fact.id}
                    fact={fact}
                    number={index + 1}
                    matches={matches[fact.id] ?? []}
                    errors={errors[fact.id]}
                    isActive={fact.id === activeId}
                    isSelected={selected.has(fact.id)}
                    isRejecting={rejectingId === fact.id}
                    canReview={canReview}
                    onFocusRow={() => setActiveId(fact.id)}
                    onToggle={() => setSelected((current) => toggled(current, fact.id))}
                    onSave={(edits: FactEdits) =>
                      run(() => editFact({ reportId: report.id, factId: fact.id, version: fact.version, edits }), fact.id)
                    }
                    onRejecting={(isRejecting) => {
                      setRejectingId(isRejecting ? fact.id : null);
                      if (!isRejecting) focusRow(fact.id);
                    }}
                    onDecide={(decision, reason) =>
                      decide([fact.id], decision, () => focusRow(nextCandidateAfter(fact.id) ?? fact.id), reason)
                    }
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canReview && facts.length > 0 ? (
          <div className={styles.toolbar} role="group" aria-label="Decide several figures">
            <button
              type="button"
              className="button"
              disabled={isPending || candidates.length === 0 || mustCheckPersonalData}
              onClick={() =>
                decide(
                  candidates.map((fact) => fact.id),
                  'confirmed',
                )
              }
            >
              Confirm all on this page ({candidates.length})
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={isPending || selected.size === 0 || mustCheckPersonalData}
              onClick={() => decide([...selected], 'confirmed')}
            >
              Confirm selected ({selected.size})
            </button>
            <label className={styles.keys}>
              Reason for rejecting{' '}
              <select value={bulkReason} onChange={(event) => setBulkReason(event.currentTarget.value as RejectReason)}>
                {REJECT_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {REJECT_REASON_LABELS[reason]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button button-secondary"
              disabled={isPending || selected.size === 0}
              onClick={() => decide([...selected], 'rejected', undefined, bulkReason)}
            >
              Reject selected ({selected.size})
            </button>
          </div>
        ) : null}
        {canReview ? (
          <MissedFactForm
            report={report}
            selection={textSelection}
            onAdded={(added) => {
              merge(added);
              setNotice({ kind: 'success', text: 'Figure added. Confirm it when ready.' });
            }}
          />
        ) : null}
      </section>
    </div>
  );
}

function toggled(set: Set<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
