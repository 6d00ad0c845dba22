import type { Metadata } from 'next';
import Link from 'next/link';
import { fetchOrganizations } from '@/lib/data/organizations';
import { formatNumber } from '@/lib/format';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Organizations' };

export default async function Page() {
  const organizations = await fetchOrganizations();
  return (
    <>
      <h1>Organizations</h1>
      <p className="muted">Who states the figures on the dashboard, and the reports they published.</p>
      {organizations.length === 0 ? (
        <p className="empty-state">No organizations yet. They appear when reports or figures are added.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Organizations with their public figures and reports</caption>
            <thead>
              <tr>
                <th scope="col">Organization</th>
                <th scope="col" className="number">
                  Public figures
                </th>
                <th scope="col" className="number">
                  Reports published
                </th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((organization) => (
                <tr key={organization.id}>
                  <th scope="row">
                    <Link href={`/organizations/${organization.slug}`}>{organization.name}</Link>
                    {organization.shortName && organization.shortName !== organization.name ? (
                      <span className="muted"> ({organization.shortName})</span>
                    ) : null}
                  </th>
                  <td className="number">{formatNumber(organization.factCount)}</td>
                  <td className="number">{formatNumber(organization.reportCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
