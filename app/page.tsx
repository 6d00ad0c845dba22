import { Suspense } from 'react';
import { ExportMenu } from '@/app/ui/export/export-menu';
import { CountingRules } from '@/app/ui/dashboard/counting-rules';
import { DayFacts } from '@/app/ui/dashboard/day-facts';
import { FiltersForm } from '@/app/ui/dashboard/filters-form';
import { FlowSection } from '@/app/ui/dashboard/flow-section';
import { KeyFigureCards } from '@/app/ui/dashboard/key-figure-cards';
import { OrganizationSection } from '@/app/ui/dashboard/organization-section';
import { StockSection } from '@/app/ui/dashboard/stock-section';
import { MovementsSection } from '@/app/ui/movements/movements-section';
import { CardsSkeleton, ChartSkeleton } from '@/app/ui/skeletons';
import { getReader } from '@/lib/auth/reader';
import { chooseGranularity } from '@/lib/dashboard/buckets';
import { parseDayParam, parseGranularityParam, todayIso } from '@/lib/dashboard/view-params';
import { fetchFilterOptions, resolveDashboardScope } from '@/lib/dashboard/read';
import { formatDay } from '@/lib/format';
import { filtersToSearchParams, parseFilters } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const { filters: requested, problems } = parseFilters(params);
  const day = parseDayParam(params);
  const filters = day ? { ...requested, from: day, to: day } : requested;
  const reader = await getReader();
  const [scope, options] = await Promise.all([resolveDashboardScope(filters, reader, todayIso()), fetchFilterOptions()]);
  const shown = { ...filters, ...scope.period };
  const chosenGranularity = parseGranularityParam(params);
  const granularity = chosenGranularity ?? chooseGranularity(scope.period);
  const factsQuery = filtersToSearchParams(shown).toString();
  const key = `${factsQuery}&by=${granularity}`;
  return (
    <>
      <h1>{day ? `Everything known on ${formatDay(day)}` : 'Situation dashboard'}</h1>
      <p className="muted" aria-live="polite">
        Figures from {formatDay(scope.period.from)} to {formatDay(scope.period.to)}
        {filters.from || filters.to ? '' : ' (the last 90 days with figures)'}.
      </p>
      {problems.length > 0 ? (
        <div className="alert alert-warning" role="status">
          {problems.map((problem) => (
            <p key={problem} style={{ margin: 0 }}>{problem}</p>
          ))}
        </div>
      ) : null}
      <FiltersForm filters={shown} granularity={chosenGranularity} organizations={options.organizations} locations={options.locations} />
      <ExportMenu filters={shown} />
      <CountingRules />
      <h2 style={{ marginTop: 16 }}>Key figures</h2>
      <Suspense key={`cards?${key}`} fallback={<CardsSkeleton />}>
        <KeyFigureCards scope={scope} factsQuery={factsQuery} />
      </Suspense>
      {day ? (
        <Suspense key={`day?${key}`} fallback={<ChartSkeleton label="the day's facts" />}>
          <DayFacts filters={shown} reader={reader} />
        </Suspense>
      ) : null}
      <h2>Flows over time</h2>
      <Suspense key={`flows?${key}`} fallback={<ChartSkeleton label="flow charts" />}>
        <FlowSection scope={scope} granularity={granularity} factsQuery={factsQuery} />
      </Suspense>
      <h2 style={{ marginTop: 16 }}>Stocks and running totals</h2>
      <Suspense key={`stocks?${key}`} fallback={<ChartSkeleton label="stock charts" />}>
        <StockSection scope={scope} granularity={granularity} factsQuery={factsQuery} />
      </Suspense>
      <Suspense key={`movements?${key}`} fallback={<ChartSkeleton label="movements and map" />}>
        <MovementsSection filters={shown} reader={reader} />
      </Suspense>
      <section className="panel" aria-labelledby="organizations-heading" style={{ marginTop: 16 }}>
        <h2 id="organizations-heading">Who reports what</h2>
        <Suspense key={`orgs?${key}`} fallback={<ChartSkeleton label="organizations chart" />}>
          <OrganizationSection scope={scope} />
        </Suspense>
      </section>
    </>
  );
}
