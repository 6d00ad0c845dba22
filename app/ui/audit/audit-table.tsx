import type { AuditRow } from '@/lib/data/audit';

/** The audit events as a table: when, who, from where, what, and the recorded details. */
export function AuditTable({ organizationName, rows }: { organizationName: string; rows: AuditRow[] }) {
  if (rows.length === 0) return <p className="empty-state">No events for {organizationName} match these filters.</p>;
  return (
    <table className="table">
      <caption>Audit events for {organizationName}, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When (UTC)</th>
          <th scope="col">Who</th>
          <th scope="col">Event</th>
          <th scope="col">Record</th>
          <th scope="col">Address</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.at.toISOString().slice(0, 19).replace('T', ' ')}</td>
            <td>{row.who}</td>
            <td>{row.action}</td>
            <td>{row.entityType}</td>
            <td>{row.clientAddress ?? '—'}</td>
            <td>
              <code>{row.details ?? ''}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
