import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Figure not found' };

export default function NotFound() {
  return (
    <>
      <h1>Figure not found</h1>
      <p className="empty-state">
        This figure does not exist, or you may not see it. <Link href="/">Back to the dashboard</Link>
      </p>
    </>
  );
}
