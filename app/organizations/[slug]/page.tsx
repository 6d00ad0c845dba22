import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { KeyFigureCards } from '@/app/ui/dashboard/key-figure-cards';
import { FlowSection } from '@/app/ui/dashboard/flow-section';
import { StockSection } from '@/app/ui/dashboard/stock-section';
import { CardsSkeleton, ChartSkeleton } from '@/app/ui/skeletons';
import { getReader } from '@/lib/auth/reader';
import { chooseGranularity } from '@/lib/dashboard/buckets';
import { todayIso } from '@/lib/dashboard/view-params';
import { resolveDashboardScope } from '@/lib/dashboard/read';
import { fetchOrganizationBySlug, fetchOrganizationSpan, fetchReportsPublishedBy } from '@/lib/data/organizations';
import { formatDay } from '@/lib/format';
import { EMPTY_FILTERS, filtersToSearchParams } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const organization = await fetchOrganizationBySlug((await params).slug);
  return { title: organization?.name ?? 'Organization not found' };
}

/** One organization: its figures over the whole time it reports, and the reports it published. */
export default async function Page({ params }: { params: Params }) {
  const organization = await fetchOrganizationBySlug((await params).slug);
  if (!organization) notFound();
  const reader = await getReader();
  const [span, reports] = await Promise.all([
    fetchOrganizationSpan(organization.id, reader),
    fetchReportsPublishedBy(organization.id, reader),
  ]);
  const filters = { ...EMPTY_FILTERS, orgs: [organization.slug], ...(span ?? {}) };
  const scope = await resolveDashboardScope(filters, reader, todayIso());
  const granularity = chooseGranularity(scope.period);
  const factsQuery = filtersToSearchParams({ ...filters, ...scope.period }).toString();
  return (
    <>
      <h1>{organization.name}</h1>
      <p>
        <Link href={`/?${factsQuery}`}>Open the dashboard filtered to {organization.shortName ?? organization.name}</Link>
      </p>
      {span ? (
        <>
          <p className="muted">
            Figures stated from {formatDay(span.from)} to {formatDay(span.to)}.
          </p>
          <h2>Its figures over this time</h2>
          <Suspense fallback={<CardsSkeleton />}>
            <KeyFigureCards scope={scope} factsQuery={factsQuery} />
          </Suspense>
          <Suspense fallback={<ChartSkeleton label="flow charts" />}>
            <FlowSection scope={scope} granularity={granularity} factsQuery={factsQuery} />
          </Suspense>
          <Suspense fallback={<ChartSkeleton label="stock charts" />}>
            <StockSection scope={scope} granularity={granularity} factsQuery={factsQuery} />
          </Suspense>
        </>
      ) : (
        <p className="empty-state">No confirmed figures stated by this organization yet.</p>
      )}
      <section className="panel" aria-labelledby="reports-heading" style={{ marginTop: 16 }}>
        <h2 id="reports-heading">Reports it published</h2>
        {reports.length === 0 ? (
          <p className="empty-state">No reports published by this organization are stored.</p>
        ) : (
          <ul>
            {reports.map((report) => (
              <li key={report.id}>
                <Link href={`/reports/${report.id}`}>{report.title}</Link>{' '}
                <span className="muted">({formatDay(report.publishedDate)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
