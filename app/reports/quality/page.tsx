import type { Metadata } from 'next';
import Link from 'next/link';
import { getReader } from '@/lib/auth/reader';
import { fetchExtractionQuality } from '@/lib/data/reports';
import { METRIC_LABELS, type Metric } from '@/lib/facts/vocabulary';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Extraction quality' };

const FIELD_LABELS: Record<string, string> = {
  metric: 'Metric',
  value: 'Value (figure and qualifier)',
  unit: 'Unit',
  location: 'Location',
  date: 'Date',
  sourceOrg: 'Source organization',
};

function percent(right: number, total: number): string {
  return total === 0 ? '—' : `${Math.round((100 * right) / total)}%`;
}

export default async function Page({ searchParams }: { searchParams: Promise<{ last?: string }> }) {
  const { last } = await searchParams;
  const lastReports = Math.min(Math.max(Number.parseInt(last ?? '', 10) || 20, 1), 500);
  const quality = await fetchExtractionQuality(lastReports, await getReader());
  return (
    <>
      <p>
        <Link href="/reports">← All reports</Link>
      </p>
      <h1>Extraction quality</h1>
      <form method="get" className="row">
        <div className="field">
          <label htmlFor="last">Over the last … reviewed reports</label>
          <input id="last" name="last" type="number" min={1} max={500} defaultValue={lastReports} />
        </div>
        <div className="field">
          <button type="submit" className="button">
            Show
          </button>
        </div>
      </form>
      <p className="muted">
        From what reviewers did in {quality.reports} report{quality.reports === 1 ? '' : 's'}: {quality.decided} extracted figure
        {quality.decided === 1 ? '' : 's'} confirmed or rejected. A field counts as right when the figure was confirmed without correcting
        it.
      </p>
      {quality.decided === 0 ? (
        <p className="empty-state">No reviewed figures yet.</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="fields-heading">
            <h2 id="fields-heading">Per field (confirmed figures)</h2>
            {/* Focusable: on a phone the table scrolls sideways inside its box, by keyboard too. */}
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="fields-heading">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col" className="number">
                      Right
                    </th>
                    <th scope="col" className="number">
                      Of
                    </th>
                    <th scope="col" className="number">
                      Share right
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {quality.fields.map((row) => (
                    <tr key={row.field}>
                      <td>{FIELD_LABELS[row.field]}</td>
                      <td className="number">{row.right}</td>
                      <td className="number">{row.total}</td>
                      <td className="number">{percent(row.right, row.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel" aria-labelledby="metrics-heading">
            <h2 id="metrics-heading">Per metric proposed</h2>
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="metrics-heading">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Metric</th>
                    <th scope="col" className="number">
                      Proposed
                    </th>
                    <th scope="col" className="number">
                      Confirmed
                    </th>
                    <th scope="col" className="number">
                      Unchanged
                    </th>
                    <th scope="col" className="number">
                      Rejected
                    </th>
                    <th scope="col" className="number">
                      Missed (added)
                    </th>
                    <th scope="col" className="number">
                      Precision
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {quality.metrics.map((row) => (
                    <tr key={row.metric}>
                      <td>{METRIC_LABELS[row.metric as Metric] ?? row.metric}</td>
                      <td className="number">{row.proposed}</td>
                      <td className="number">{row.confirmed}</td>
                      <td className="number">{row.unchanged}</td>
                      <td className="number">{row.rejected}</td>
                      <td className="number">{row.missed}</td>
                      <td className="number">{percent(row.confirmed, row.proposed)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
