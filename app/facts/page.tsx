import type { Metadata } from 'next';
import Link from 'next/link';
import { FactList } from '@/app/ui/dashboard/fact-list';
import { getReader } from '@/lib/auth/reader';
import { parseDayParam, parsePageParam } from '@/lib/dashboard/view-params';
import { FACTS_PER_PAGE, fetchFactsBehind } from '@/lib/data/drilldown';
import { fetchFactRoles } from '@/lib/data/drilldown-choice';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';
import { formatDay } from '@/lib/format';
import { UrlProblems } from '@/app/ui/shell/url-problems';
import { filtersToSearchParams, parseFilters, viewParamProblems, type DashboardFilters } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Facts behind the figures' };

/** Drill-down: the facts behind a card, bar or point, filtered by the dashboard's URL parameters. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const { filters: requested, problems } = parseFilters(params);
  const day = parseDayParam(params);
  const filters = day ? { ...requested, from: day, to: day } : requested;
  const page = parsePageParam(params);
  const reader = await getReader();
  const { facts, total } = await fetchFactsBehind(filters, reader, page);
  const roles = await fetchFactRoles(
    facts.map((fact) => fact.id),
    filters,
    reader,
  );
  const query = filtersToSearchParams(filters);
  // The pages of one drill-down keep the view the reader came from, so Back still returns to it.
  const back = [params.back].flat()[0];
  if (back) query.set('back', back);
  const lastPage = Math.max(1, Math.ceil(total / FACTS_PER_PAGE));
  return (
    <>
      <h1>Facts behind the figures</h1>
      <p>
        {describe(filters)}: {total} confirmed {total === 1 ? 'fact' : 'facts'}.
      </p>
      <UrlProblems problems={[...problems, ...viewParamProblems(params)]} />
      <p>
        <Link href={`/?${backQuery(params, query)}`}>Back to the dashboard for this view</Link>
      </p>
      <FactList facts={facts} signedIn={reader !== null} roles={roles} />
      {lastPage > 1 ? (
        <nav aria-label="Pages" className="row">
          {page > 1 ? <Link href={`/facts?${withPage(query, page - 1)}`}>Previous page</Link> : null}
          <span>
            Page {page} of {lastPage}
          </span>
          {page < lastPage ? <Link href={`/facts?${withPage(query, page + 1)}`}>Next page</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

function describe(filters: DashboardFilters): string {
  const parts = [filters.metrics.length ? filters.metrics.map((metric) => METRIC_LABELS[metric]).join(', ') : 'All metrics'];
  if (filters.from && filters.to)
    parts.push(
      filters.from === filters.to ? `on ${formatDay(filters.from)}` : `from ${formatDay(filters.from)} to ${formatDay(filters.to)}`,
    );
  else if (filters.from) parts.push(`from ${formatDay(filters.from)}`);
  else if (filters.to) parts.push(`until ${formatDay(filters.to)}`);
  if (filters.locations.length) parts.push(`at ${filters.locations.join(', ')}`);
  if (filters.orgs.length) parts.push(`stated by ${filters.orgs.join(', ')}`);
  return parts.join(' ');
}

/** The dashboard view the reader came from (`back`, set by the chart links), else the one these filters make. */
function backQuery(params: Record<string, string | string[] | undefined>, query: URLSearchParams): string {
  const back = [params.back].flat()[0];
  if (!back) return query.toString();
  const view = new URLSearchParams(back);
  const restored = filtersToSearchParams(parseFilters(view).filters);
  const by = view.get('by');
  if (by && ['day', 'week', 'month'].includes(by)) restored.set('by', by);
  return restored.toString();
}

function withPage(query: URLSearchParams, page: number): string {
  const params = new URLSearchParams(query);
  params.set('page', String(page));
  return params.toString();
}
