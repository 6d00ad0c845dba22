import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuditTable } from '@/app/ui/audit/audit-table';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, readAuditFilters } from '@/lib/audit/filters';
import { organizationsWithRole } from '@/lib/auth/permissions';
import { getSessionUser } from '@/lib/auth/session';
import { AUDIT_PAGE_SIZE, fetchAuditEvents, fetchOrganizationNames } from '@/lib/data/audit';

export const metadata: Metadata = { title: 'Audit log' };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSessionUser();
  if (!user) redirect('/login?next=/audit');
  const adminOf = organizationsWithRole(user, 'admin');
  if (adminOf.length === 0) {
    return (
      <>
        <h1>Audit log</h1>
        <p className="empty-state">Only an organization&apos;s admins read its audit log, and you are not an admin of any organization.</p>
      </>
    );
  }
  const filters = readAuditFilters(await searchParams);
  const organizations = await fetchOrganizationNames(adminOf);
  const organization = organizations.find((org) => org.id === filters.organization) ?? organizations[0];
  const { rows, hasMore } = await fetchAuditEvents(organization.id, filters);
  return (
    <>
      <h1>Audit log</h1>
      <form className="panel filters" method="get" aria-label="Audit filters">
        <label>
          Organization
          <select name="organization" defaultValue={organization.id}>
            {organizations.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Event
          <select name="action" defaultValue={filters.action ?? ''}>
            <option value="">Any</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label>
          Record
          <select name="entityType" defaultValue={filters.entityType ?? ''}>
            <option value="">Any</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" name="from" defaultValue={filters.from ?? ''} />
        </label>
        <label>
          To <input type="date" name="to" defaultValue={filters.to ?? ''} />
        </label>
        <button type="submit" className="button">
          Show
        </button>
      </form>
      <AuditTable organizationName={organization.name} rows={rows} />
      {hasMore && <p className="muted">Showing the newest {AUDIT_PAGE_SIZE} events; narrow the dates to see older ones.</p>}
    </>
  );
}
