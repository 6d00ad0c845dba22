import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Report not found' };

export default function NotFound() {
  return (
    <div className="empty-state">
      <h1>Report not found</h1>
      <p>This report does not exist, or it belongs to another organization and is not published yet.</p>
      <p>
        <Link href="/reports">Back to the reports</Link>
      </p>
    </div>
  );
}
