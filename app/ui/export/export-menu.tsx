import { filtersToSearchParams, type DashboardFilters } from '@/lib/validation/filters';

export const EXPORT_FORMATS = [
  { format: 'csv', label: 'CSV (HXL)' },
  { format: 'json', label: 'JSON' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'pdf', label: 'PDF summary' },
  { format: 'md', label: 'Markdown summary' },
] as const;

/** One link per export format, carrying the dashboard's current filters. */
export function ExportMenu({ filters }: { filters: DashboardFilters }) {
  const query = filtersToSearchParams(filters);
  return (
    <nav aria-label="Export this view">
      <ul className="row" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {EXPORT_FORMATS.map(({ format, label }) => {
          const params = new URLSearchParams(query);
          params.set('format', format);
          return (
            <li key={format}>
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
