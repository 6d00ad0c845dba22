import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExtractionStatus } from '@/app/ui/review/extraction-status';
import { PersonalDataWarning } from '@/app/ui/review/personal-data-warning';
import { CapNotice, ReviewPager } from '@/app/ui/review/review-pager';
import { ReviewWorkspace } from '@/app/ui/review/review-workspace';
import { getReader } from '@/lib/auth/reader';
import { fetchReportTitle } from '@/lib/data/report-title';
import { fetchReportReview } from '@/lib/data/reports';
import { formatDay } from '@/lib/format';

export const dynamic = 'force-dynamic';

const EXISTING_NOTICE: Record<string, string> = {
  text: 'This report is already in Sitrep (the same text was submitted before), so nothing new was stored. Here it is.',
  url: 'A report with this web address is already in Sitrep, so nothing new was stored. Here it is.',
};

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await fetchReportTitle((await params).id, await getReader())) ?? 'Report not found' };
}

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ existing?: string; page?: string }>;
}) {
  const [{ id }, { existing, page }] = await Promise.all([params, searchParams]);
  const reader = await getReader();
  const review = await fetchReportReview(id, reader, Number(page ?? 1));
  if (!review) notFound();
  const { report } = review;
  return (
    <>
      <p>
        <Link href="/reports">← All reports</Link>
      </p>
      <h1>{report.title}</h1>
      <p className="muted">
        {report.publisher}, published {formatDay(report.publishedDate)}
        {report.url ? (
          <>
            {' '}
            · <a href={report.url}>original</a>
          </>
        ) : null}
        {report.ownerOrg ? <> · reviewed by {report.ownerOrg}</> : null}
        {report.sensitivity === 'restricted' ? (
          <>
            {' '}
            · <strong>restricted</strong> to {report.ownerOrg}
          </>
        ) : null}
      </p>
      {existing && EXISTING_NOTICE[existing] ? (
        <p className="alert alert-warning" role="status">
          {EXISTING_NOTICE[existing]}
        </p>
      ) : null}
      <ExtractionStatus extraction={review.extraction} />
      {review.canReview ? <PersonalDataWarning findings={review.personalData} isPublic={report.sensitivity === 'public'} /> : null}
      {!review.canReview ? (
        <p className="muted">Only editors of the organization that owns this report can review it; you see its confirmed figures.</p>
      ) : null}
      <ReviewWorkspace
        key={`${review.page.number}-${review.extraction?.state ?? 'inline'}`}
        report={report}
        initialFacts={review.facts}
        matches={review.matches}
        canReview={review.canReview}
        hasPersonalData={review.personalData.length > 0}
        totals={{ facts: review.page.totalFacts, candidates: review.page.candidates }}
      >
        <CapNotice leftOut={review.leftOut} />
        <ReviewPager reportId={report.id} page={review.page} />
      </ReviewWorkspace>
    </>
  );
}
