'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { addMissedFact } from '@/lib/actions/review';
import { DATE_PRECISIONS, DEFAULT_UNIT, METRICS, METRIC_LABELS, QUALIFIERS, type Metric } from '@/lib/facts/vocabulary';
import type { ReviewFact } from '@/lib/reports/review-fact';
import type { TextSelection } from './report-text';

type Props = {
  report: { id: string; publisher: string; publishedDate: string };
  selection: TextSelection | null;
  onAdded: (facts: ReviewFact[]) => void;
};

/**
 * Adds a figure extraction missed. Select the passage in the text (it fills "Passage"), or type
 * it: the server finds it in the report, so keyboard users need no mouse selection.
 */
export function MissedFactForm({ report, selection, onAdded }: Props) {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [metric, setMetric] = useState<Metric>('people_displaced');
  const [isPending, startTransition] = useTransition();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fact = Object.fromEntries(new FormData(form));
    if (fact.high === '') fact.high = fact.low;
    const start = selection && selection.text === fact.excerpt ? selection.start : undefined;
    startTransition(async () => {
      const result = await addMissedFact({ reportId: report.id, start, fact });
      setErrors(result.ok ? {} : (result.errors ?? {}));
      setMessage(result.ok ? null : result.message);
      if (result.ok) {
        form.reset();
        onAdded(result.facts);
      }
    });
  }
  const field = (name: string, label: string, control: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`missed-${name}`}>{label}</label>
      {control}
      {errors[name] ? (
        <p id={`missed-${name}-error`} className="field-error">
          {errors[name][0]}
        </p>
      ) : null}
    </div>
  );
  const describe = (name: string) => ({
    id: `missed-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `missed-${name}-error` : undefined,
  });
  return (
    <details className="panel">
      <summary>Add a figure extraction missed</summary>
      <form onSubmit={submit} className="stack" noValidate>
        <p className="muted">Select the sentence in the report text, then fill in the figure. You can also type or paste the passage.</p>
        <div aria-live="polite">{message ? <p className="alert alert-error">{message}</p> : null}</div>
        {field(
          'excerpt',
          'Passage',
          <textarea key={selection?.text ?? ''} rows={2} defaultValue={selection?.text ?? ''} {...describe('excerpt')} />,
        )}
        <div className="row">
          {field(
            'metric',
            'Metric',
            <select {...describe('metric')} value={metric} onChange={(event) => setMetric(event.currentTarget.value as Metric)}>
              {METRICS.map((m) => (
                <option key={m} value={m}>
                  {METRIC_LABELS[m]}
                </option>
              ))}
            </select>,
          )}
          {field('low', 'Value (or lower bound)', <input type="number" inputMode="decimal" {...describe('low')} />)}
          {field('high', 'Upper bound (ranges only)', <input type="number" inputMode="decimal" {...describe('high')} />)}
          {field(
            'qualifier',
            'Qualifier',
            <select {...describe('qualifier')} defaultValue="exact">
              {QUALIFIERS.map((q) => (
                <option key={q}>{q}</option>
              ))}
            </select>,
          )}
        </div>
        <div className="row">
          {field('unit', 'Unit', <input key={metric} defaultValue={DEFAULT_UNIT[metric]} {...describe('unit')} />)}
          {field('location', 'Location', <input {...describe('location')} />)}
          {field('date', 'Date', <input type="date" defaultValue={report.publishedDate} {...describe('date')} />)}
          {field(
            'datePrecision',
            'Precision',
            <select {...describe('datePrecision')} defaultValue="day">
              {DATE_PRECISIONS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>,
          )}
          {field('sourceOrg', 'Source organization', <input defaultValue={report.publisher} {...describe('sourceOrg')} />)}
        </div>
        <button type="submit" className="button" disabled={isPending}>
          Add figure
        </button>
      </form>
    </details>
  );
}
