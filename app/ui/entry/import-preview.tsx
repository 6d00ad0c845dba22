import type { ImportPreview } from '@/lib/import/run';
import { formatFigure } from '@/lib/format';

/** What an import would do: counts, the columns understood, the first bad rows and a sample. */
export function ImportPreviewPanel({ preview }: { preview: ImportPreview }) {
  if (preview.missing.length > 0) {
    return (
      <p className="alert alert-error">
        Missing columns: {preview.missing.join(', ')}. Add them to the header row and check the file again.
      </p>
    );
  }
  return (
    <div className="stack">
      <p>
        {preview.rowCount} rows: <strong>{preview.newCount} new</strong>, {preview.alreadyImportedCount} already imported,{' '}
        {preview.errorCount} with problems.
        {preview.hasHxlTags && ' The row of HXL hashtags was recognised and skipped.'}
      </p>
      <p className="muted">Columns used: {preview.recognized.map((column) => `${column.column} → ${column.field}`).join(', ')}.</p>
      {preview.errorCount > 0 && (
        <div className="alert alert-error">
          <p style={{ margin: 0 }}>
            Nothing can be imported until every row is fixed.{' '}
            {preview.errorCount > preview.errors.length ? `The first ${preview.errors.length} problems:` : ''}
          </p>
          <ul>
            {preview.errors.map((error) => (
              <li key={error.row}>
                Row {error.row}: {error.problems.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.sample.length > 0 && (
        <div className="table-wrap">
          <table className="table-cards">
            <caption className="visually-hidden">The first rows as they will be stored</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Metric</th>
                <th scope="col">Value</th>
                <th scope="col">Location</th>
                <th scope="col">Organization</th>
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((fact, index) => (
                <tr key={index}>
                  <td data-label="Date">{fact.date}</td>
                  <td data-label="Metric">{fact.metric}</td>
                  <td data-label="Value">
                    {formatFigure(fact)} {fact.unit}
                  </td>
                  <td data-label="Location">{fact.location}</td>
                  <td data-label="Organization">{fact.sourceOrg}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
