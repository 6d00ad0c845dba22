'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/app/ui/forms/form-field';
import { changeMemberRole, removeMember, type MemberFormState } from '@/lib/actions/members';
import type { MemberRow } from '@/lib/data/members';
import { ROLES } from '@/lib/facts/vocabulary';

/** Members of one organization, each with a role picker and a remove button. */
export function MemberList({
  organizationName,
  members,
  currentUserId,
}: {
  organizationName: string;
  members: MemberRow[];
  currentUserId: string;
}) {
  if (members.length === 0) return <p className="empty-state">No members yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Members of {organizationName}</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Member since</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <MemberRowView key={member.membershipId} member={member} isYou={member.userId === currentUserId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MemberRowView({ member, isYou }: { member: MemberRow; isYou: boolean }) {
  const [roleState, roleAction, isSavingRole] = useActionState<MemberFormState, FormData>(changeMemberRole, {});
  const [removeState, removeAction, isRemoving] = useActionState<MemberFormState, FormData>(removeMember, {});
  const label = `${member.name} (${member.email})${isYou ? ', you' : ''}`;
  return (
    <tr>
      <th scope="row">
        {member.name}
        <br />
        <span className="muted">{member.email}</span>
        {isYou ? <span className="muted"> (you)</span> : null}
      </th>
      <td>
        <form action={roleAction} className="row">
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <select name="role" defaultValue={member.role} aria-label={`Role of ${label}`}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary" disabled={isSavingRole}>
            Save role
          </button>
        </form>
        <FormMessage message={roleState.message} ok={roleState.ok} />
      </td>
      <td>{member.since}</td>
      <td>
        <form action={removeAction}>
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <button type="submit" className="button button-danger" disabled={isRemoving} aria-label={`Remove ${label}`}>
            Remove
          </button>
        </form>
        <FormMessage message={removeState.message} ok={removeState.ok} />
      </td>
    </tr>
  );
}
