import type { FilterOption } from '@/app/ui/dashboard/filters-form';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';
import { formatDay } from '@/lib/format';
import type { DashboardFilters } from '@/lib/validation/filters';

type Props = {
  filters: DashboardFilters;
  period: { from: string; to: string };
  defaultPeriod: boolean;
  organizations: FilterOption[];
  locations: FilterOption[];
};

/** The line under the title: the period and every choice that narrows the view, by name. */
export function ViewSummary({ filters, period, defaultPeriod, organizations, locations }: Props) {
  const named = (slugs: string[], options: FilterOption[]) =>
    slugs.map((slug) => options.find((option) => option.slug === slug)?.name ?? slug).join(', ');
  const parts = [
    filters.orgs.length ? `stated by ${named(filters.orgs, organizations)}` : 'all organizations',
    filters.locations.length ? `at ${named(filters.locations, locations)}` : 'all places',
    filters.metrics.length ? filters.metrics.map((metric) => METRIC_LABELS[metric]).join(', ') : 'all metrics',
  ];
  return (
    <p className="muted" aria-live="polite">
      Figures from {formatDay(period.from)} to {formatDay(period.to)}
      {defaultPeriod ? ' (the last 90 days with figures)' : ''}: {parts.join('; ')}.
    </p>
  );
}
