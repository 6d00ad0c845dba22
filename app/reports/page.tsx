import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportFilters } from '@/app/ui/reports/report-filters';
import { ReportsTable } from '@/app/ui/reports/reports-table';
import { getReader } from '@/lib/auth/reader';
import { countReportsToReview, fetchReportList, fetchReportPublishers, type ReportListFilters } from '@/lib/data/reports';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reports' };

function readFilters(params: Record<string, string | string[] | undefined>): ReportListFilters {
  const one = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  };
  const day = (name: string) => (/^\d{4}-\d{2}-\d{2}$/.test(one(name)) ? one(name) : '');
  return { publisher: one('publisher'), from: day('from'), to: day('to'), q: one('q').slice(0, 200), review: one('review') === '1' };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = readFilters(await searchParams);
  const reader = await getReader();
  const [reports, publishers, toReview] = await Promise.all([
    fetchReportList(filters, reader),
    fetchReportPublishers(),
    countReportsToReview(reader),
  ]);
  return (
    <>
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h1>{filters.review ? 'Reports to review' : 'Reports'}</h1>
        <p className="row">
          {filters.review ? <Link href="/reports">All reports</Link> : <Link href="/reports?review=1">To review ({toReview})</Link>}
          <Link href="/feeds">Feeds</Link>
          <Link href="/reports/quality">Extraction quality</Link>
          <Link href="/reports/new" className="button">
            Add a report
          </Link>
        </p>
      </div>
      <ReportFilters filters={filters} publishers={publishers} />
      <ReportsTable reports={reports} />
    </>
  );
}
