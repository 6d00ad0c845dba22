import { DailyBarChart } from '@/app/ui/charts/daily-bar-chart';
import { ExportMenu } from '@/app/ui/export/export-menu';
import { FactsTable } from '@/app/ui/facts/facts-table';
import { fetchLatestFacts } from '@/lib/data/facts';
import { fetchDailySeries } from '@/lib/data/series';
import { parseFilters } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { filters } = parseFilters(await searchParams);
  const [series, facts] = await Promise.all([fetchDailySeries('people_departed'), fetchLatestFacts()]);
  return (
    <>
      <h1>Situation dashboard</h1>
      <ExportMenu filters={filters} />
      <section className="panel" aria-labelledby="departures-heading">
        <h2 id="departures-heading">People departed per day</h2>
        <DailyBarChart data={series} label="People departed" />
      </section>
      <section className="panel" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Latest figures</h2>
        <FactsTable facts={facts} caption="Latest confirmed figures with their sources" />
      </section>
    </>
  );
}
