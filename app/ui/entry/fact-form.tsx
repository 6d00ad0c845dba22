'use client';

import { startTransition, useActionState, useState } from 'react';
import type { FactFormState } from '@/lib/actions/facts';
import {
  DATE_PRECISIONS,
  DEFAULT_UNIT,
  defaultMeasure,
  isMovementMetric,
  MEASURE_LABELS,
  MEASURES,
  METRIC_LABELS,
  METRICS,
  UNITS,
  type Metric,
} from '@/lib/facts/vocabulary';
import { readFactForm, readFactFormValues, type FactFormErrors, type FactFormValues } from '@/lib/validation/fact-form';
import { ConflictNotice } from '@/app/ui/entry/conflict-notice';
import { ErrorSummary, FormField } from '@/app/ui/forms/form-field';
import { FigureReading } from '@/app/ui/entry/figure-reading';

export const FIELD_LABELS: Record<string, string> = {
  metric: 'Metric',
  value: 'Value',
  unit: 'Unit',
  date: 'Date',
  datePrecision: 'Date precision',
  location: 'Location',
  measure: 'Measure',
  periodStart: 'Period start',
  origin: 'From (origin)',
  destination: 'To (destination)',
  locationParent: 'Inside',
  sourceOrg: 'Organization',
  excerpt: 'Excerpt or note',
  sensitivity: 'Who may see it',
};

type Props = {
  action: (state: FactFormState, formData: FormData) => Promise<FactFormState>;
  initial: FactFormValues;
  /** Hidden fields that identify the submission: the idempotency token, or the fact id and version. */
  hidden: Record<string, string>;
  options: { locations: string[]; organizations: string[] };
  owner: React.ReactNode;
  submitLabel: string;
};

/**
 * One fact, every field of facts.md. The browser runs the same validation as the server before
 * sending, so most mistakes are shown at once; the server checks again and has the last word.
 * Submitting is done by hand (not <form action>) so React does not reset what the user typed.
 */
export function FactForm({ action, initial, hidden, options, owner, submitLabel }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const [clientErrors, setClientErrors] = useState<FactFormErrors | null>(null);
  const [valueText, setValueText] = useState(initial.value);
  const [metric, setMetric] = useState(initial.metric);
  const [unit, setUnit] = useState(initial.unit);
  const [measure, setMeasure] = useState(initial.measure || (initial.metric ? defaultMeasure(initial.metric as Metric) : 'flow'));
  const errors = clientErrors ?? state.errors ?? {};
  const message = clientErrors ? 'The fact was not saved. Check the fields marked below.' : state.message;

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const reading = readFactForm(readFactFormValues(formData));
    if (!reading.ok) {
      setClientErrors(reading.errors);
      return;
    }
    setClientErrors(null);
    startTransition(() => formAction(formData));
  }

  function handleMetricChange(next: string) {
    // Follow the metric's usual unit unless the user chose another one.
    if (!unit || unit === DEFAULT_UNIT[metric as Metric]) setUnit(DEFAULT_UNIT[next as Metric] ?? unit);
    // The same for the measure: stock metrics are stocks, the others flows (facts.md).
    if (METRICS.includes(next as Metric) && (!metric || measure === defaultMeasure(metric as Metric)))
      setMeasure(defaultMeasure(next as Metric));
    setMetric(next);
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="panel" aria-describedby="fact-form-summary">
      <div id="fact-form-summary">
        <ErrorSummary message={message} errors={errors} labels={FIELD_LABELS} />
      </div>
      {state.conflict && <ConflictNotice values={state.conflict.values} version={state.conflict.version} labels={FIELD_LABELS} />}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {owner}
      <FormField id="fact-metric" label="Metric" hint="What is counted." errors={errors.metric}>
        {(aria) => (
          <select {...aria} name="metric" value={metric} onChange={(event) => handleMetricChange(event.target.value)}>
            <option value="">Choose…</option>
            {METRICS.map((key) => (
              <option key={key} value={key}>
                {METRIC_LABELS[key]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="fact-value" label="Value" hint={<FigureReading text={valueText} />} errors={errors.value}>
        {(aria) => (
          <input
            {...aria}
            name="value"
            value={valueText}
            onChange={(event) => setValueText(event.target.value)}
            autoComplete="off"
            inputMode="text"
          />
        )}
      </FormField>
      <FormField id="fact-unit" label="Unit" hint="People, households, vehicles, tonnes…" errors={errors.unit}>
        {(aria) => <input {...aria} name="unit" value={unit} onChange={(event) => setUnit(event.target.value)} list="known-units" />}
      </FormField>
      <FormField
        id="fact-measure"
        label="Measure"
        hint="New during its period (flow), present on the day (stock), or a running total since a start day (cumulative)."
        errors={errors.measure}
      >
        {(aria) => (
          <select {...aria} name="measure" value={measure} onChange={(event) => setMeasure(event.target.value)}>
            {MEASURES.map((key) => (
              <option key={key} value={key}>
                {MEASURE_LABELS[key]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="row">
        <FormField
          id="fact-periodStart"
          label="Period start"
          hint="Optional: the first day the figure covers (a running total's “since” day). Leave empty for one day."
          errors={errors.periodStart}
        >
          {(aria) => <input {...aria} type="date" name="periodStart" defaultValue={initial.periodStart ?? ''} />}
        </FormField>
        <FormField id="fact-date" label="Date" hint="The day the figure refers to (the last day of its period)." errors={errors.date}>
          {(aria) => <input {...aria} type="date" name="date" defaultValue={initial.date} />}
        </FormField>
        <FormField
          id="fact-datePrecision"
          label="Date precision"
          hint="Is the figure for that day, or for its week, month or year?"
          errors={errors.datePrecision}
        >
          {(aria) => (
            <select {...aria} name="datePrecision" defaultValue={initial.datePrecision || 'day'}>
              {DATE_PRECISIONS.map((precision) => (
                <option key={precision} value={precision}>
                  {precision[0].toUpperCase() + precision.slice(1)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField
        id="fact-location"
        label="Location"
        hint="Pick a known place or type a new name: a new location is created when you save."
        errors={errors.location}
      >
        {(aria) => <input {...aria} name="location" defaultValue={initial.location} list="known-locations" autoComplete="off" />}
      </FormField>
      <FormField
        id="fact-locationParent"
        label="Inside"
        hint="Optional, for a new place: the larger place it lies in (a camp's governorate)."
        errors={errors.locationParent}
      >
        {(aria) => (
          <input {...aria} name="locationParent" defaultValue={initial.locationParent ?? ''} list="known-locations" autoComplete="off" />
        )}
      </FormField>
      {isMovementMetric(metric as Metric) ? (
        <div className="row">
          <FormField id="fact-origin" label="From (origin)" hint="Optional: where the people or trucks came from." errors={errors.origin}>
            {(aria) => <input {...aria} name="origin" defaultValue={initial.origin ?? ''} list="known-locations" autoComplete="off" />}
          </FormField>
          <FormField id="fact-destination" label="To (destination)" hint="Optional: where they went." errors={errors.destination}>
            {(aria) => (
              <input {...aria} name="destination" defaultValue={initial.destination ?? ''} list="known-locations" autoComplete="off" />
            )}
          </FormField>
        </div>
      ) : null}
      <FormField
        id="fact-sourceOrg"
        label="Organization"
        hint="Who states the figure. Pick a known one or type a new name: it is created when you save."
        errors={errors.sourceOrg}
      >
        {(aria) => <input {...aria} name="sourceOrg" defaultValue={initial.sourceOrg} list="known-organizations" autoComplete="off" />}
      </FormField>
      <FormField
        id="fact-excerpt"
        label="Excerpt or note"
        hint="Optional: the sentence the figure comes from, or where you counted it."
        errors={errors.excerpt}
      >
        {(aria) => <textarea {...aria} name="excerpt" defaultValue={initial.excerpt} rows={3} />}
      </FormField>
      <FormField id="fact-sensitivity" label="Who may see it" errors={errors.sensitivity}>
        {(aria) => (
          <select {...aria} name="sensitivity" defaultValue={initial.sensitivity || 'public'}>
            <option value="public">Everyone (public)</option>
            <option value="restricted">Only my organization (restricted)</option>
          </select>
        )}
      </FormField>
      <datalist id="known-locations">
        {options.locations.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="known-organizations">
        {options.organizations.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="known-units">
        {UNITS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="submit" className="button" disabled={isPending} aria-disabled={isPending}>
        {isPending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
