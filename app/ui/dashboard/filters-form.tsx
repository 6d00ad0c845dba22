'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import styles from './dashboard.module.css';
import type { Granularity } from '@/lib/dashboard/buckets';
import { METRIC_LABELS, METRICS, type Metric } from '@/lib/facts/vocabulary';
import { filtersToSearchParams, type DashboardFilters } from '@/lib/validation/filters';

export type FilterOption = { slug: string; name: string };

/**
 * The dashboard's filters. The URL is the state: applying pushes a new URL (so the back button
 * and bookmarks work) and the server renders the view. Without JavaScript the form still
 * submits as a GET with the same parameter names.
 */
export function FiltersForm({
  filters,
  granularity,
  organizations,
  locations,
}: {
  filters: DashboardFilters;
  granularity: Granularity | null;
  organizations: FilterOption[];
  locations: FilterOption[];
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  function apply(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = (name: string) => form.getAll(name).map(String).filter(Boolean);
    const params = filtersToSearchParams({
      from: String(form.get('from') ?? '') || null,
      to: String(form.get('to') ?? '') || null,
      orgs: chosen('org'),
      locations: chosen('location'),
      metrics: chosen('metric') as Metric[],
    });
    if (form.get('by') && form.get('by') !== 'auto') params.set('by', String(form.get('by')));
    startTransition(() => router.push(`/?${params}`));
  }
  return (
    <form method="get" action="/" onSubmit={apply} aria-label="Filters" className="panel">
      <div className={styles.filters}>
        <div>
          <label htmlFor="filter-from">From</label>
          <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ''} />
        </div>
        <div>
          <label htmlFor="filter-to">To</label>
          <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ''} />
        </div>
        <MultiSelect id="filter-org" name="org" label="Organizations" options={organizations} selected={filters.orgs} />
        <MultiSelect id="filter-location" name="location" label="Locations" options={locations} selected={filters.locations} />
        <MultiSelect
          id="filter-metric"
          name="metric"
          label="Metrics"
          options={METRICS.map((metric) => ({ slug: metric, name: METRIC_LABELS[metric] }))}
          selected={filters.metrics}
        />
        <div>
          <label htmlFor="filter-by">Bars per</label>
          <select id="filter-by" name="by" defaultValue={granularity ?? 'auto'}>
            <option value="auto">Automatic</option>
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </select>
        </div>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={isPending}>
          Apply filters
        </button>
        <Link href="/" className="button button-secondary">
          Reset
        </Link>
        <span aria-live="polite" className="muted">
          {isPending ? 'Updating…' : ''}
        </span>
      </div>
    </form>
  );
}

function MultiSelect({
  id,
  name,
  label,
  options,
  selected,
}: {
  id: string;
  name: string;
  label: string;
  options: FilterOption[];
  selected: string[];
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} multiple defaultValue={selected} aria-describedby={`${id}-hint`}>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        None chosen means all. Ctrl or ⌘ to choose several.
      </p>
    </div>
  );
}
