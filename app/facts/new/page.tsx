import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { EntryGate } from '@/app/ui/entry/entry-gate';
import { FactForm } from '@/app/ui/entry/fact-form';
import { OwnerField } from '@/app/ui/entry/owner-field';
import { createFactFromForm } from '@/lib/actions/facts';
import { getSessionUser } from '@/lib/auth/session';
import { fetchEntryOptions } from '@/lib/data/entry-options';
import type { FactFormValues } from '@/lib/validation/fact-form';

export const metadata: Metadata = { title: 'Enter a figure' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  const user = await getSessionUser();
  const options = user ? await fetchEntryOptions(user) : null;
  if (!user || !options || options.ownerOrganizations.length === 0) {
    return (
      <>
        <h1>Enter a figure</h1>
        <EntryGate isSignedIn={Boolean(user)} what="enter figures" />
      </>
    );
  }
  const initial: FactFormValues = {
    metric: '',
    value: '',
    unit: '',
    location: '',
    date: new Date().toISOString().slice(0, 10),
    datePrecision: 'day',
    sourceOrg: '',
    excerpt: '',
    sensitivity: 'public',
  };
  return (
    <>
      <h1>Enter a figure</h1>
      <p className="muted">
        One figure counted or reported, for example arrivals at a camp gate. For a daily log use <Link href="/facts/bulk">the table</Link>;
        for a file use <Link href="/facts/import">CSV import</Link>.
      </p>
      <FactForm
        action={createFactFromForm}
        initial={initial}
        // A fresh token per render: a double click or a resend after a network error reuses it, and the server stores the fact once.
        hidden={{ idempotencyToken: randomUUID() }}
        options={options}
        owner={<OwnerField organizations={options.ownerOrganizations} />}
        submitLabel="Save figure"
      />
    </>
  );
}
