import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AddMemberForm } from '@/app/ui/auth/add-member-form';
import { MemberList } from '@/app/ui/auth/member-list';
import { getSessionUser } from '@/lib/auth/session';
import { fetchAdministeredOrganizations } from '@/lib/data/members';

export const metadata: Metadata = { title: 'Members' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  const user = await getSessionUser();
  if (!user) redirect('/login?next=/members');
  const organizations = await fetchAdministeredOrganizations(user);
  if (organizations.length === 0) {
    return (
      <>
        <h1>Members</h1>
        <p className="empty-state">Only an organization&apos;s admins manage its members, and you are not an admin of any organization.</p>
      </>
    );
  }
  return (
    <>
      <h1>Members</h1>
      <p className="muted">
        Viewers read their organization&apos;s restricted figures; editors also enter, review and edit its facts and reports; admins also
        manage members and restore deleted facts.
      </p>
      {organizations.map((organization) => (
        <section key={organization.id} className="panel stack" aria-labelledby={`org-${organization.id}`}>
          <h2 id={`org-${organization.id}`}>{organization.name}</h2>
          <MemberList organizationName={organization.name} members={organization.members} currentUserId={user.id} />
          <AddMemberForm organizationId={organization.id} organizationName={organization.name} />
        </section>
      ))}
    </>
  );
}
