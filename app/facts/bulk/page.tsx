import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { BulkTable } from '@/app/ui/entry/bulk-table';
import { EntryGate } from '@/app/ui/entry/entry-gate';
import { OwnerField } from '@/app/ui/entry/owner-field';
import { createBulkFacts } from '@/lib/actions/bulk-facts';
import { getSessionUser } from '@/lib/auth/session';
import { fetchEntryOptions } from '@/lib/data/entry-options';

export const metadata: Metadata = { title: 'Enter a daily log' };
export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const [{ saved }, user] = await Promise.all([searchParams, getSessionUser()]);
  const options = user ? await fetchEntryOptions(user) : null;
  if (!user || !options || options.ownerOrganizations.length === 0) {
    return (
      <>
        <h1>Enter a daily log</h1>
        <EntryGate isSignedIn={Boolean(user)} what="enter figures" />
      </>
    );
  }
  const savedCount = Number(saved);
  return (
    <>
      <h1>Enter a daily log</h1>
      <div aria-live="polite">
        {saved !== undefined && Number.isInteger(savedCount) && (
          <p className="alert alert-success">
            {savedCount > 0 ? `${savedCount} figures saved.` : 'These rows were already saved.'}{' '}
            <Link href="/">See them on the dashboard</Link>.
          </p>
        )}
      </div>
      <p className="muted">
        One row per day or per convoy. For a single figure use <Link href="/facts/new">the form</Link>; for a file use{' '}
        <Link href="/facts/import">CSV import</Link>.
      </p>
      {/* A new token per render: resubmitting this table stores its rows once. */}
      <BulkTable
        action={createBulkFacts}
        token={randomUUID()}
        owner={<OwnerField organizations={options.ownerOrganizations} />}
        organizations={options.organizations}
        locations={options.locations}
      />
    </>
  );
}
