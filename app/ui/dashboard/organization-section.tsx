import Link from 'next/link';
import { OrganizationMetricChart } from '@/app/ui/charts/lazy-charts';
import { fetchOrganizationActivity } from '@/lib/dashboard/read';
import type { CountingScope } from '@/lib/dashboard/read';
import { METRIC_LABELS } from '@/lib/facts/vocabulary';
import { formatNumber } from '@/lib/format';

/** Who reports what: facts per organization and metric, as a chart and as a table. */
export async function OrganizationSection({ scope }: { scope: CountingScope }) {
  const { organizations, metrics } = await fetchOrganizationActivity(scope);
  if (organizations.length === 0) return <p className="empty-state">No organization has figures for these filters.</p>;
  return (
    <>
      <OrganizationMetricChart organizations={organizations} metrics={metrics} />
      <details className="chart-table">
        <summary>Table of these figures</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Facts per organization and metric</caption>
            <thead>
              <tr>
                <th scope="col">Organization</th>
                {metrics.map((metric) => (
                  <th key={metric} scope="col" className="number">
                    {METRIC_LABELS[metric]}
                  </th>
                ))}
                <th scope="col" className="number">
                  All
                </th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((organization) => (
                <tr key={organization.organizationId}>
                  <th scope="row">
                    <Link href={`/organizations/${organization.slug}`}>{organization.name}</Link>
                  </th>
                  {metrics.map((metric) => (
                    <td key={metric} className="number">
                      {formatNumber(organization.counts[metric] ?? 0)}
                    </td>
                  ))}
                  <td className="number">{formatNumber(organization.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
