'use client';

import { DATE_PRECISIONS, METRICS, METRIC_LABELS, QUALIFIERS } from '@/lib/facts/vocabulary';
import type { Match } from '@/lib/reports/corroboration';
import type { FactEdits, ReviewFact } from '@/lib/reports/review-fact';
import { formatFigure } from '@/lib/format';
import styles from './review.module.css';

type RowProps = {
  fact: ReviewFact;
  number: number;
  matches: Match[];
  errors: Record<string, string[]> | undefined;
  isActive: boolean;
  isSelected: boolean;
  canReview: boolean;
  onFocusRow: () => void;
  onToggle: () => void;
  onSave: (edits: FactEdits) => void;
  onDecide: (decision: 'confirmed' | 'rejected') => void;
};

/** One figure: every field editable in place (saved when the field is left), confirm or reject. */
export function ReviewRow({ fact, number, matches, errors, isActive, isSelected, canReview, onFocusRow, onToggle, onSave, onDecide }: RowProps) {
  const label = (field: string) => `${field} of figure ${number}`;
  const isRange = fact.qualifier === 'range' || fact.qualifier === 'vague';
  function save(field: keyof FactEdits, raw: string) {
    if (raw === String(fact[field])) return;
    // A single figure has one value: low and high move together unless it is a range.
    if (field === 'low' && !isRange) onSave({ low: Number(raw), high: Number(raw) });
    else onSave({ [field]: field === 'low' || field === 'high' ? Number(raw) : raw });
  }
  const input = (field: 'unit' | 'location' | 'sourceOrg' | 'low' | 'high' | 'date', className: string, type = 'text') => (
    <>
      <input key={String(fact[field])} type={type} className={className} defaultValue={String(fact[field])} aria-label={label(field === 'sourceOrg' ? 'Source organization' : field)} aria-invalid={errors?.[field] ? true : undefined} aria-describedby={errors?.[field] ? `err-${fact.id}-${field}` : undefined} disabled={!canReview} onBlur={(event) => save(field, event.currentTarget.value)} inputMode={type === 'number' ? 'decimal' : undefined} />
      {errors?.[field] ? <p id={`err-${fact.id}-${field}`} className={styles.cellError}>{errors[field][0]}</p> : null}
    </>
  );
  const select = (field: 'metric' | 'qualifier' | 'datePrecision', options: readonly string[], names?: Record<string, string>) => (
    <>
      <select key={fact[field]} defaultValue={fact[field]} aria-label={label(field === 'datePrecision' ? 'Date precision' : field)} aria-invalid={errors?.[field] ? true : undefined} aria-describedby={errors?.[field] ? `err-${fact.id}-${field}` : undefined} disabled={!canReview} onChange={(event) => save(field, event.currentTarget.value)}>
        {options.map((option) => <option key={option} value={option}>{names?.[option] ?? option}</option>)}
      </select>
      {errors?.[field] ? <p id={`err-${fact.id}-${field}`} className={styles.cellError}>{errors[field][0]}</p> : null}
    </>
  );
  const rowClass = [styles.row, isActive ? styles.rowActive : '', fact.status === 'confirmed' ? styles.rowConfirmed : '', fact.status === 'rejected' ? styles.rowRejected : ''].join(' ');
  return (
    <tr className={rowClass} tabIndex={isActive ? 0 : -1} data-fact-id={fact.id} onFocus={onFocusRow} aria-label={`Figure ${number}: ${METRIC_LABELS[fact.metric] ?? fact.metric}, ${formatFigure(fact)} ${fact.unit}, ${fact.location}, ${fact.status}`}>
      <td>
        <input type="checkbox" checked={isSelected} onChange={onToggle} aria-label={`Select figure ${number}`} disabled={!canReview} />
        <div className="muted">{number}</div>
      </td>
      <td>{select('metric', METRICS, METRIC_LABELS)}</td>
      <td>
        {input('low', styles.narrow, 'number')}
        {isRange ? input('high', styles.narrow, 'number') : null}
        {select('qualifier', QUALIFIERS)}
      </td>
      <td>{input('unit', styles.narrow)}</td>
      <td>{input('location', styles.medium)}</td>
      <td>
        {input('date', styles.medium, 'date')}
        {select('datePrecision', DATE_PRECISIONS)}
      </td>
      <td>{input('sourceOrg', styles.medium)}</td>
      <td className={styles.cue}>
        {fact.cue ?? <em>added by a reviewer</em>}
        <MatchList matches={matches} />
      </td>
      <td>
        <div>{fact.status === 'candidate' ? 'Candidate' : fact.status === 'confirmed' ? 'Confirmed' : 'Rejected'}{fact.reviewedBy && fact.status !== 'candidate' ? <span className="muted"> by {fact.reviewedBy}</span> : null}</div>
        {canReview ? (
          <div className={styles.actions}>
            {fact.status !== 'confirmed' ? <button type="button" className="button" onClick={() => onDecide('confirmed')} aria-label={`Confirm figure ${number}`}>Confirm</button> : null}
            {fact.status !== 'rejected' ? <button type="button" className="button button-secondary" onClick={() => onDecide('rejected')} aria-label={`Reject figure ${number}`}>Reject</button> : null}
          </div>
        ) : null}
      </td>
    </tr>
  );
}

function MatchList({ matches }: { matches: Match[] }) {
  if (matches.length === 0) return null;
  return (
    <ul className={styles.matches}>
      {matches.map((match) => (
        <li key={match.id}>
          <span className={match.relation === 'conflicts' ? styles.conflict : styles.corroborate}>{match.relation === 'conflicts' ? 'Conflicts with' : 'Corroborates'}</span>{' '}
          {formatFigure(match)} ({match.sourceOrg},{' '}
          {match.reportId ? <a href={`/reports/${match.reportId}`}>{match.reportTitle}</a> : match.sourceUrl ? <a href={match.sourceUrl}>{match.sourceTitle ?? 'source'}</a> : 'entered by hand'})
        </li>
      ))}
    </ul>
  );
}
