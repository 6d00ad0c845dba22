import { RefreshWhile } from '@/app/ui/review/refresh-while';
import type { ReportReview } from '@/lib/data/reports';

/**
 * A long report's figures are read by the job worker after it is stored: until the job is done
 * the screen says so and refreshes itself, so nobody mistakes the empty table for a report
 * without figures.
 */
export function ExtractionStatus({ extraction }: { extraction: ReportReview['extraction'] }) {
  if (extraction?.state === 'pending') {
    return (
      <div className="alert alert-warning" role="status">
        <p style={{ margin: 0 }}>
          <strong>Figures still being read.</strong> This report is long, so Sitrep reads its figures in the background. This page refreshes
          itself until they are ready.
          {extraction.lastError ? ` The last attempt failed (${extraction.lastError}); it is tried again shortly.` : null}
        </p>
        <RefreshWhile everyMs={2_000} />
      </div>
    );
  }
  if (extraction?.state === 'failed') {
    return (
      <p className="alert alert-error" role="alert">
        Sitrep could not read the figures of this report: {extraction.lastError ?? 'unknown error'}. Add its figures by hand below.
      </p>
    );
  }
  return null;
}
