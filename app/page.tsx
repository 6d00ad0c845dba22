import { DailyBarChart } from '@/app/ui/charts/daily-bar-chart';
import { FactsTable } from '@/app/ui/facts/facts-table';
import { fetchLatestFacts } from '@/lib/data/facts';
import { fetchDailySeries } from '@/lib/data/series';

export const dynamic = 'force-dynamic';

export default async function Page() {
  const [series, facts] = await Promise.all([fetchDailySeries('people_departed'), fetchLatestFacts()]);
  return (
    <>
      <h1>Situation dashboard</h1>
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
