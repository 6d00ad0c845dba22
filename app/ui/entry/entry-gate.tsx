import Link from 'next/link';

/** What a visitor sees instead of an entry form when they may not enter figures. */
export function EntryGate({ isSignedIn, what }: { isSignedIn: boolean; what: string }) {
  if (!isSignedIn) {
    return (
      <p className="empty-state">
        <Link href="/login">Sign in</Link> to {what}.
      </p>
    );
  }
  return <p className="empty-state">You need the editor role in an organization to {what}. Ask an admin of your organization.</p>;
}
