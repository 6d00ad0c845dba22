import type { Metadata } from 'next';
import { EntryGate } from '@/app/ui/entry/entry-gate';
import { ImportForm } from '@/app/ui/entry/import-form';
import { getSessionUser } from '@/lib/auth/session';
import { fetchEntryOptions } from '@/lib/data/entry-options';

export const metadata: Metadata = { title: 'Import figures from CSV' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  const user = await getSessionUser();
  const options = user ? await fetchEntryOptions(user) : null;
  return (
    <>
      <h1>Import figures from CSV</h1>
      {!user || !options || options.ownerOrganizations.length === 0 ? (
        <EntryGate isSignedIn={Boolean(user)} what="import figures" />
      ) : (
        <>
          <p className="muted">
            The file is checked first and nothing is stored until you confirm. Then every row is imported, or none. Importing the same file
            again adds nothing.
          </p>
          <ImportForm organizations={options.ownerOrganizations} />
        </>
      )}
    </>
  );
}
