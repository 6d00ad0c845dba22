import Link from 'next/link';
import type { ReportListRow } from '@/lib/data/reports';
import { formatDay } from '@/lib/format';

export function ReportsTable({ reports }: { reports: ReportListRow[] }) {
  if (reports.length === 0) return <p className="empty-state">No report matches these filters.</p>;
  return (
    <div className="table-wrap">
      <table className="table-cards">
        <caption className="visually-hidden">Reports with how many figures are waiting, confirmed and rejected</caption>
        <thead>
          <tr>
            <th scope="col">Report</th>
            <th scope="col">Publisher</th>
            <th scope="col">Published</th>
            <th scope="col" className="number">
              To review
            </th>
            <th scope="col" className="number">
              Confirmed
            </th>
            <th scope="col" className="number">
              Rejected
            </th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <td data-label="Report">
                <Link href={`/reports/${report.id}`}>{report.title}</Link>
              </td>
              <td data-label="Publisher">{report.publisher}</td>
              <td data-label="Published">{formatDay(report.publishedDate)}</td>
              <td data-label="To review" className="number">
                {report.isOwn ? report.counts.candidate : '—'}
              </td>
              <td data-label="Confirmed" className="number">
                {report.counts.confirmed}
              </td>
              <td data-label="Rejected" className="number">
                {report.isOwn ? report.counts.rejected : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
