import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EntryGate } from '@/app/ui/entry/entry-gate';
import { FactForm } from '@/app/ui/entry/fact-form';
import { updateFactFromForm } from '@/lib/actions/facts';
import { getSessionUser } from '@/lib/auth/session';
import { fetchEntryOptions } from '@/lib/data/entry-options';
import { fetchFactDetail } from '@/lib/data/fact-detail';
import { fetchFactFormValues } from '@/lib/data/fact-edit';

export const metadata: Metadata = { title: 'Edit a figure' };
export const dynamic = 'force-dynamic';

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getSessionUser();
  const [detail, stored] = await Promise.all([fetchFactDetail(id, user), fetchFactFormValues(id)]);
  if (!detail || !stored) notFound();
  if (!user || !detail.permissions.canEdit) {
    return (
      <>
        <h1>Edit a figure</h1>
        <EntryGate isSignedIn={Boolean(user)} what="edit this figure" />
      </>
    );
  }
  if (detail.fact.deletedAt) {
    return (
      <>
        <h1>Edit a figure</h1>
        <p className="empty-state">
          This figure was deleted. <Link href={`/facts/${id}`}>See it and its history</Link>.
        </p>
      </>
    );
  }
  const options = await fetchEntryOptions(user);
  return (
    <>
      <h1>Edit a figure</h1>
      <p className="muted">
        Version {stored.version}. If someone else saves first, you will see their values and nothing of theirs is overwritten.{' '}
        <Link href={`/facts/${id}`}>Back to the figure</Link>
      </p>
      <FactForm
        action={updateFactFromForm}
        initial={stored.values}
        hidden={{ factId: id, version: String(stored.version) }}
        options={options}
        owner={
          <p className="field">
            Entered for <strong>{detail.fact.ownerOrg?.name}</strong>
          </p>
        }
        submitLabel="Save changes"
      />
    </>
  );
}
