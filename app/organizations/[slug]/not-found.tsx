import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Organization not found' };

export default function NotFound() {
  return (
    <>
      <h1>Organization not found</h1>
      <p>
        No organization has this address. See <Link href="/organizations">all organizations</Link>.
      </p>
    </>
  );
}
