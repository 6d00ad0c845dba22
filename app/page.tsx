import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExportMenu } from '@/app/ui/export/export-menu';
import { CountingRules } from '@/app/ui/dashboard/counting-rules';
import { DayFacts } from '@/app/ui/dashboard/day-facts';
import { FiltersForm } from '@/app/ui/dashboard/filters-form';
import { Fold } from '@/app/ui/dashboard/fold';
import { FlowSection } from '@/app/ui/dashboard/flow-section';
import { KeyFigureCards } from '@/app/ui/dashboard/key-figure-cards';
import { OrganizationSection } from '@/app/ui/dashboard/organization-section';
import { StockSection } from '@/app/ui/dashboard/stock-section';
import { MovementsSection } from '@/app/ui/movements/movements-section';
import { ViewSummary } from '@/app/ui/dashboard/view-summary';
import { UrlProblems } from '@/app/ui/shell/url-problems';
import { CardsSkeleton, ChartSkeleton } from '@/app/ui/skeletons';
import { getReader } from '@/lib/auth/reader';
import { chooseGranularity } from '@/lib/dashboard/buckets';
import { parseDayParam, parseGranularityParam, todayIso } from '@/lib/dashboard/view-params';
import { fetchFilterOptions, resolveDashboardScope } from '@/lib/dashboard/read';
import { formatDay } from '@/lib/format';
import { filtersToSearchParams, parseFilters, viewParamProblems } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: { absolute: 'Situation dashboard · Sitrep' } };

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
      <ViewSummary
        filters={filters}
        period={scope.period}
        defaultPeriod={!filters.from && !filters.to}
        organizations={options.organizations}
        locations={options.locations}
      />
      <UrlProblems problems={[...problems, ...viewParamProblems(params)]} />
      <Fold summary="Filter">
        {/* Keyed by the view, so Back, Reset and Apply all show the form as the URL says. */}
        <FiltersForm
          key={key}
          filters={shown}
          granularity={chosenGranularity}
          organizations={options.organizations}
          locations={options.locations}
        />
      </Fold>
      <Fold summary="Download">
        <ExportMenu filters={shown} />
      </Fold>
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
