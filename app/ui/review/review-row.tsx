'use client';

import {
  DATE_PRECISIONS,
  isMovementMetric,
  MEASURE_LABELS,
  MEASURES,
  METRICS,
  METRIC_LABELS,
  QUALIFIERS,
  REJECT_REASON_LABELS,
  type RejectReason,
} from '@/lib/facts/vocabulary';
import type { Match } from '@/lib/reports/corroboration';
import { isLowConfidence, type FactEdits, type ReviewFact } from '@/lib/reports/review-fact';
import { formatFigure } from '@/lib/format';
import { RejectReasons } from './reject-reasons';
import styles from './review.module.css';

type RowProps = {
  fact: ReviewFact;
  number: number;
  matches: Match[];
  errors: Record<string, string[]> | undefined;
  isActive: boolean;
  isSelected: boolean;
  isRejecting: boolean;
  canReview: boolean;
  onFocusRow: () => void;
  onToggle: () => void;
  onSave: (edits: FactEdits) => void;
  onDecide: (decision: 'confirmed' | 'rejected', reason?: RejectReason) => void;
  onRejecting: (isRejecting: boolean) => void;
};

type TextField = 'unit' | 'location' | 'origin' | 'destination' | 'sourceOrg' | 'low' | 'high' | 'date' | 'periodStart';
type ChoiceField = 'metric' | 'qualifier' | 'datePrecision' | 'measure';

const FIELD_NAMES: Record<TextField | ChoiceField, string> = {
  unit: 'Unit',
  location: 'Location',
  origin: 'Origin',
  destination: 'Destination',
  sourceOrg: 'Source organization',
  low: 'Value',
  high: 'Highest value',
  date: 'Date (last day, YYYY-MM-DD)',
  periodStart: 'Period start (first day, YYYY-MM-DD)',
  metric: 'Metric',
  qualifier: 'How exact',
  datePrecision: 'Date precision',
  measure: 'Measure',
};

/**
 * One figure: every field editable in place (saved when the field is left), confirm or reject
 * with a reason. Below 700 px the row is drawn as a card (review.module.css), each cell labelled.
 */
export function ReviewRow({
  fact,
  number,
  matches,
  errors,
  isActive,
  isSelected,
  isRejecting,
  canReview,
  onFocusRow,
  onToggle,
  onSave,
  onDecide,
  onRejecting,
}: RowProps) {
  const isRange = fact.qualifier === 'range' || fact.qualifier === 'vague';
  const name = (field: TextField | ChoiceField) => (field === 'low' && isRange ? 'Lowest value' : FIELD_NAMES[field]);
  function save(field: keyof FactEdits, raw: string) {
    if (raw === String(fact[field] ?? '')) return;
    // A single figure has one value: low and high move together unless it is a range.
    if (field === 'low' && !isRange) onSave({ low: Number(raw), high: Number(raw) });
    else onSave({ [field]: field === 'low' || field === 'high' ? Number(raw) : raw });
  }
  const error = (field: string) =>
    errors?.[field] ? (
      <p id={`err-${fact.id}-${field}`} className={styles.cellError}>
        {errors[field][0]}
      </p>
    ) : null;
  const described = (field: string) => ({
    'aria-invalid': errors?.[field] ? true : undefined,
    'aria-describedby': errors?.[field] ? `err-${fact.id}-${field}` : undefined,
  });
  const input = (field: TextField, className: string, isNumber = false) => (
    <label className={styles.field}>
      <span className={styles.fieldName}>{name(field)}</span>
      <input
        key={String(fact[field] ?? '')}
        type="text"
        className={className}
        defaultValue={String(fact[field] ?? '')}
        aria-label={`${name(field)} of figure ${number}`}
        {...described(field)}
        disabled={!canReview}
        onBlur={(event) => save(field, event.currentTarget.value.trim())}
        inputMode={isNumber ? 'decimal' : field === 'date' || field === 'periodStart' ? 'numeric' : undefined}
        placeholder={field === 'date' || field === 'periodStart' ? 'YYYY-MM-DD' : undefined}
      />
      {error(field)}
    </label>
  );
  const select = (field: ChoiceField, options: readonly string[], names?: Record<string, string>) => (
    <label className={styles.field}>
      <span className={styles.fieldName}>{name(field)}</span>
      <select
        key={fact[field]}
        defaultValue={fact[field]}
        aria-label={`${name(field)} of figure ${number}`}
        {...described(field)}
        disabled={!canReview}
        onChange={(event) => save(field, event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {names?.[option] ?? option}
          </option>
        ))}
      </select>
      {error(field)}
    </label>
  );
  const isLow = isLowConfidence(fact);
  const rowClass = [
    styles.row,
    isActive ? styles.rowActive : '',
    isLow ? styles.rowLow : '',
    fact.status === 'confirmed' ? styles.rowConfirmed : '',
    fact.status === 'rejected' ? styles.rowRejected : '',
  ].join(' ');
  return (
    <tr
      className={rowClass}
      tabIndex={isActive ? 0 : -1}
      data-fact-id={fact.id}
      onFocus={onFocusRow}
      aria-label={`Figure ${number}: ${METRIC_LABELS[fact.metric] ?? fact.metric}, ${formatFigure(fact)} ${fact.unit}, ${fact.location}, ${fact.status}${isLow ? ', low confidence' : ''}`}
    >
      <td data-label="Figure">
        <label className={styles.select}>
          <input type="checkbox" checked={isSelected} onChange={onToggle} aria-label={`Select figure ${number}`} disabled={!canReview} />{' '}
          {number}
        </label>
        <StatusNote fact={fact} isLow={isLow} />
        {canReview && isRejecting ? (
          <RejectReasons
            label={`Why reject figure ${number}?`}
            onPick={(reason) => onDecide('rejected', reason)}
            onCancel={() => onRejecting(false)}
          />
        ) : null}
        {canReview && !isRejecting ? (
          <div className={styles.actions}>
            {fact.status !== 'confirmed' ? (
              <button type="button" className="button" onClick={() => onDecide('confirmed')} aria-label={`Confirm figure ${number}`}>
                Confirm
              </button>
            ) : null}
            {fact.status !== 'rejected' ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => onRejecting(true)}
                aria-label={`Reject figure ${number}`}
              >
                Reject
              </button>
            ) : null}
          </div>
        ) : null}
      </td>
      <td data-label="What">
        {select('metric', METRICS, METRIC_LABELS)}
        {select('measure', MEASURES, MEASURE_LABELS)}
      </td>
      <td data-label="Value">
        {input('low', styles.narrow, true)}
        {isRange ? input('high', styles.narrow, true) : null}
        {select('qualifier', QUALIFIERS)}
        {input('unit', styles.narrow)}
      </td>
      <td data-label="Where">
        {input('location', styles.medium)}
        {isMovementMetric(fact.metric) ? (
          <>
            {input('origin', styles.medium)}
            {input('destination', styles.medium)}
          </>
        ) : null}
      </td>
      <td data-label="When">
        {input('date', styles.medium)}
        {fact.measure !== 'stock' || fact.periodStart ? input('periodStart', styles.medium) : null}
        {select('datePrecision', DATE_PRECISIONS)}
      </td>
      <td data-label="Source">{input('sourceOrg', styles.medium)}</td>
      <td data-label="Cue" className={styles.cue}>
        {fact.cue ?? <em>added by a reviewer</em>}
        <MatchList matches={matches} />
      </td>
    </tr>
  );
}

function StatusNote({ fact, isLow }: { fact: ReviewFact; isLow: boolean }) {
  const status = fact.status === 'candidate' ? 'Candidate' : fact.status === 'confirmed' ? 'Confirmed' : 'Rejected';
  return (
    <div>
      {status}
      {fact.reviewedBy && fact.status !== 'candidate' ? <span className="muted"> by {fact.reviewedBy}</span> : null}
      {fact.status === 'rejected' && fact.rejectReason ? <span className="muted"> ({REJECT_REASON_LABELS[fact.rejectReason]})</span> : null}
      {isLow ? (
        <div className={styles.lowConfidence}>Low confidence ({Math.round((fact.confidence ?? 0) * 100)}%): check it first</div>
      ) : null}
    </div>
  );
}

/** Other confirmed sources for the same metric, place and day; the link names who says it. */
function MatchList({ matches }: { matches: Match[] }) {
  if (matches.length === 0) return null;
  return (
    <ul className={styles.matches}>
      {matches.map((match) => {
        const href = match.reportId ? `/reports/${match.reportId}` : match.sourceUrl;
        const title = match.reportTitle ?? match.sourceTitle ?? undefined;
        return (
          <li key={match.id}>
            <span className={match.relation === 'conflicts' ? styles.conflict : styles.corroborate}>
              {match.relation === 'conflicts' ? 'Conflicts with' : 'Corroborates'}
            </span>{' '}
            {formatFigure(match)} from{' '}
            {href ? (
              <a href={href} title={title}>
                {match.sourceOrg}
              </a>
            ) : (
              match.sourceOrg
            )}
          </li>
        );
      })}
    </ul>
  );
}
