import { filtersToSearchParams, type DashboardFilters } from '@/lib/validation/filters';

export const EXPORT_LINKS = [
  { id: 'csv', format: 'csv', label: 'CSV with HXL tags', extra: {} },
  { id: 'csv-plain', format: 'csv', label: 'plain CSV', extra: { hxl: '0' } },
  { id: 'json', format: 'json', label: 'JSON', extra: {} },
  { id: 'xlsx', format: 'xlsx', label: 'Excel', extra: {} },
  { id: 'pdf', format: 'pdf', label: 'PDF summary', extra: {} },
  { id: 'md', format: 'md', label: 'Markdown summary', extra: {} },
] as const;

/** One download link per export format, carrying the dashboard's current filters. */
export function ExportMenu({ filters }: { filters: DashboardFilters }) {
  const query = filtersToSearchParams(filters);
  return (
    <nav aria-labelledby="export-heading" className="stack">
      <p id="export-heading" className="muted" style={{ margin: 0 }}>
        Export the figures of this view (same filters):
      </p>
      <ul className="row" style={{ listStyle: 'none', padding: 0, margin: 0, flexWrap: 'wrap' }}>
        {EXPORT_LINKS.map(({ id, format, label, extra }) => {
          const params = new URLSearchParams(query);
          params.set('format', format);
          for (const [name, value] of Object.entries(extra)) params.set(name, value);
          return (
            <li key={id}>
              <a className="button button-secondary" href={`/api/export?${params}`} download>
                Download {label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
