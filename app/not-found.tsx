import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

/** Any address that matches no page. */
export default function NotFound() {
  return (
    <div className="empty-state">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link href="/">Back to the dashboard</Link>
      </p>
    </div>
  );
}
