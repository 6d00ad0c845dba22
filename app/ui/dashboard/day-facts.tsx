import Link from 'next/link';
import { FactList } from '@/app/ui/dashboard/fact-list';
import type { SessionUser } from '@/lib/auth/permissions';
import { fetchFactsBehind } from '@/lib/data/drilldown';
import { fetchFactRoles } from '@/lib/data/drilldown-choice';
import { filtersToSearchParams, type DashboardFilters } from '@/lib/validation/filters';

/** The per-date view's list: every confirmed figure about that day, with its sentence and source. */
export async function DayFacts({ filters, reader }: { filters: DashboardFilters; reader: SessionUser | null }) {
  const { facts, total } = await fetchFactsBehind(filters, reader);
  const roles = await fetchFactRoles(
    facts.map((fact) => fact.id),
    filters,
    reader,
  );
  return (
    <section aria-labelledby="day-facts-heading">
      <h2 id="day-facts-heading">All figures for this day ({total})</h2>
      <FactList facts={facts} signedIn={reader !== null} roles={roles} />
      {total > facts.length ? <Link href={`/facts?${filtersToSearchParams(filters)}&page=2`}>More figures for this day</Link> : null}
    </section>
  );
}
