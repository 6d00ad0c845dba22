import Link from 'next/link';
import { formatNumber } from '@/lib/format';
import { MAX_CANDIDATES_PER_REPORT } from '@/lib/reports/limits';
import type { ReportReview } from '@/lib/data/reports';

/** Pages of a dense report's figures: the screen stays quick and the keyboard review stays on one page. */
export function ReviewPager({ reportId, page }: { reportId: string; page: ReportReview['page'] }) {
  if (page.count <= 1) return null;
  const first = (page.number - 1) * page.size + 1;
  const last = Math.min(page.number * page.size, page.totalFacts);
  const href = (number: number) => `/reports/${reportId}?page=${number}`;
  return (
    <nav aria-label="Pages of figures">
      <p>
        Figures {formatNumber(first)}–{formatNumber(last)} of {formatNumber(page.totalFacts)} (page {page.number} of {page.count}).{' '}
        {page.number > 1 ? <Link href={href(page.number - 1)}>Previous page</Link> : null}
        {page.number > 1 && page.number < page.count ? ' · ' : null}
        {page.number < page.count ? <Link href={href(page.number + 1)}>Next page</Link> : null}
      </p>
    </nav>
  );
}

/** States the cap on proposed figures when extraction found more than it stores. */
export function CapNotice({ leftOut }: { leftOut: number }) {
  if (leftOut <= 0) return null;
  return (
    <p className="alert alert-warning" role="note">
      Sitrep proposes at most {formatNumber(MAX_CANDIDATES_PER_REPORT)} figures per report. Extraction found {formatNumber(leftOut)} more
      figure{leftOut === 1 ? '' : 's'} in this text that {leftOut === 1 ? 'was' : 'were'} left out: split the report, or add a missing
      figure by hand below.
    </p>
  );
}
