/**
 * The movements table's oracle: a direct count written the plain way, independent of
 * lib/movements. Per route and metric, each day's figure is the one from the latest published
 * source; flows in the main unit are summed, everything else is left out.
 */
import { prisma } from '@/lib/prisma';

const MAIN_UNIT: Record<string, string> = {
  people_arrived: 'people',
  people_departed: 'people',
  people_displaced: 'people',
  trucks: 'vehicles',
  convoys: 'convoys',
};

export async function directMovementCount(visibleOrgIds: string[]): Promise<Map<string, number>> {
  const facts = await prisma.fact.findMany({
    where: { status: 'confirmed', deletedAt: null, measure: 'flow', OR: [{ originId: { not: null } }, { destinationId: { not: null } }] },
    include: { report: true, origin: true, destination: true },
  });
  const chosen = new Map<string, { value: number; published: string }>();
  for (const fact of facts) {
    const visible = fact.sensitivity === 'public' || (fact.ownerOrgId !== null && visibleOrgIds.includes(fact.ownerOrgId));
    if (!visible || MAIN_UNIT[fact.metric] !== fact.unit) continue;
    const day = `${fact.origin?.name ?? ''} -> ${fact.destination?.name ?? ''}|${fact.metric}|${fact.date}`;
    const published = fact.report?.publishedDate ?? fact.date;
    const current = chosen.get(day);
    if (!current || published > current.published) chosen.set(day, { value: fact.low, published });
  }
  const totals = new Map<string, number>();
  for (const [day, { value }] of chosen) {
    const [route, metric] = day.split('|');
    totals.set(`${route}|${metric}`, (totals.get(`${route}|${metric}`) ?? 0) + value);
  }
  return totals;
}
