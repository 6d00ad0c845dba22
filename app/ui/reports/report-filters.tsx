import type { ReportListFilters } from '@/lib/data/reports';

/** A plain GET form: filters live in the URL, so a filtered list can be shared and reloaded. */
export function ReportFilters({ filters, publishers }: { filters: ReportListFilters; publishers: { slug: string; name: string }[] }) {
  return (
    <form className="panel row" role="search" aria-label="Filter reports" method="get">
      <div className="field">
        <label htmlFor="q">Search titles and text</label>
        <input id="q" name="q" type="search" defaultValue={filters.q} />
      </div>
      <div className="field">
        <label htmlFor="publisher">Publisher</label>
        <select id="publisher" name="publisher" defaultValue={filters.publisher}>
          <option value="">All publishers</option>
          {publishers.map((publisher) => (
            <option key={publisher.slug} value={publisher.slug}>
              {publisher.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="from">Published from</label>
        <input id="from" name="from" type="date" defaultValue={filters.from} />
      </div>
      <div className="field">
        <label htmlFor="to">to</label>
        <input id="to" name="to" type="date" defaultValue={filters.to} />
      </div>
      <div className="field">
        <label>
          <input type="checkbox" name="review" value="1" defaultChecked={filters.review} /> Only reports to review
        </label>
      </div>
      <div className="field">
        <button type="submit" className="button">
          Filter
        </button>
      </div>
    </form>
  );
}
