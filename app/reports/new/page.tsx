import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportForm } from '@/app/ui/reports/report-form';
import { organizationsWithRole } from '@/lib/auth/permissions';
import { getSessionUser } from '@/lib/auth/session';
import { fetchOrganizationNames, fetchOrganizationsById } from '@/lib/data/reports';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add a report' };

export default async function Page() {
  const user = await getSessionUser();
  if (!user) {
    return (
      <>
        <h1>Add a report</h1>
        <p className="empty-state">
          <Link href="/login?next=/reports/new">Sign in</Link> as an editor to add reports.
        </p>
      </>
    );
  }
  const editorOf = organizationsWithRole(user, 'editor');
  if (editorOf.length === 0) {
    return (
      <>
        <h1>Add a report</h1>
        <p className="empty-state">You need the editor role in an organization to add reports. Ask an admin of your organization.</p>
      </>
    );
  }
  const [organizations, ownOrganizations] = await Promise.all([fetchOrganizationNames(), fetchOrganizationsById(editorOf)]);
  return (
    <>
      <h1>Add a report</h1>
      <p className="muted">
        Paste the text or upload the file. Sitrep reads every figure in it and shows them to you for review; nothing is published until you
        confirm.
      </p>
      <ReportForm organizations={organizations} ownOrganizations={ownOrganizations} />
    </>
  );
}
