import 'server-only';
import type { Measure } from '@/lib/facts/vocabulary';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import { placesWithin, visibleConfirmedFactsWhere } from '@/lib/data/fact-filters';
import { guarded } from '@/lib/data/guarded';
import { countMovements, MOVEMENT_METRICS, type Movement, type MovementFact, type MovementMetric } from '@/lib/movements/count';
import { prisma } from '@/lib/prisma';
import type { DashboardFilters } from '@/lib/validation/filters';

/** More facts with both ends than a dashboard view can list; the view says so instead of counting part of them. */
export const MOVEMENT_FACT_LIMIT = 20_000;

export type MovementPlace = { id: string; name: string; slug: string; latitude: number | null; longitude: number | null };
export type MovementFactRow = {
  id: string;
  metric: string;
  low: number;
  high: number;
  qualifier: string;
  unit: string;
  measure: string;
  date: string;
  excerpt: string;
  source: string;
};
export type MovementView = {
  movements: Movement[];
  places: Map<string, MovementPlace>;
  sources: Map<string, string>;
  facts: Map<string, MovementFactRow>;
  isTruncated: boolean;
};

// The one place this read decides what a reader may see: the rule every dashboard read uses.
function visibleTo(reader: SessionUser | null): Prisma.FactWhereInput {
  return visibleConfirmedFactsWhere(reader);
}

/** Movement facts (an origin or a destination named) for the dashboard's filters; a place filter (with every place inside it) matches either end or the fact's own place. */
export function movementWhere(filters: DashboardFilters, reader: SessionUser | null): Prisma.FactWhereInput {
  const metrics = filters.metrics.length ? MOVEMENT_METRICS.filter((metric) => filters.metrics.includes(metric)) : [...MOVEMENT_METRICS];
  const places = placesWithin(filters.locations);
  return {
    AND: [
      visibleTo(reader),
      { metric: { in: metrics } },
      { OR: [{ originId: { not: null } }, { destinationId: { not: null } }] },
      filters.from ? { date: { gte: filters.from } } : {},
      filters.to ? { date: { lte: filters.to } } : {},
      filters.orgs.length ? { sourceOrg: { slug: { in: filters.orgs } } } : {},
      filters.locations.length ? { OR: [{ location: places }, { origin: places }, { destination: places }] } : {},
    ],
  };
}

/** Places a map lists at most; more are counted, not drawn. */
export const MAP_PLACE_LIMIT = 1000;

/**
 * The places the dashboard's map shows: those with a fact the reader may see for these dates,
 * organizations and metrics (as its place or an end of a movement). A place known only from
 * restricted facts is not named to readers who may not see them.
 */
export async function fetchPlacesInView(
  filters: DashboardFilters,
  reader: SessionUser | null,
): Promise<{ places: MovementPlace[]; total: number }> {
  return guarded('fetchPlacesInView', async () => {
    const inView: Prisma.FactWhereInput = {
      AND: [
        visibleTo(reader),
        filters.from ? { date: { gte: filters.from } } : {},
        filters.to ? { date: { lte: filters.to } } : {},
        filters.orgs.length ? { sourceOrg: { slug: { in: filters.orgs } } } : {},
        filters.metrics.length ? { metric: { in: filters.metrics } } : {},
      ],
    };
    const where: Prisma.LocationWhereInput = {
      AND: [
        { OR: [{ facts: { some: inView } }, { originFacts: { some: inView } }, { destinationFacts: { some: inView } }] },
        filters.locations.length ? placesWithin(filters.locations) : {},
      ],
    };
    const [places, total] = await Promise.all([
      prisma.location.findMany({ where, select: PLACE_SELECT, orderBy: { name: 'asc' }, take: MAP_PLACE_LIMIT }),
      prisma.location.count({ where }),
    ]);
    return { places, total };
  });
}

const PLACE_SELECT = { id: true, name: true, slug: true, latitude: true, longitude: true } satisfies Prisma.LocationSelect;

/** The movements between places in view, counted, with the places, sources and facts they rest on. */
export async function fetchMovements(filters: DashboardFilters, reader: SessionUser | null): Promise<MovementView> {
  return guarded('fetchMovements', async () => {
    const rows = await prisma.fact.findMany({
      where: movementWhere(filters, reader),
      select: {
        id: true,
        metric: true,
        low: true,
        high: true,
        qualifier: true,
        unit: true,
        measure: true,
        date: true,
        periodStart: true,
        excerpt: true,
        locationId: true,
        sourceOrgId: true,
        reviewedAt: true,
        originId: true,
        destinationId: true,
        sourceOrg: { select: { name: true, shortName: true } },
        report: { select: { publishedDate: true } },
        origin: { select: PLACE_SELECT },
        destination: { select: PLACE_SELECT },
      },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
      take: MOVEMENT_FACT_LIMIT + 1,
    });
    const isTruncated = rows.length > MOVEMENT_FACT_LIMIT;
    const kept = rows.slice(0, MOVEMENT_FACT_LIMIT);
    const view: MovementView = { movements: [], places: new Map(), sources: new Map(), facts: new Map(), isTruncated };
    for (const row of kept) {
      for (const place of [row.origin, row.destination]) if (place) view.places.set(place.id, place);
      view.sources.set(row.sourceOrgId, row.sourceOrg.shortName ?? row.sourceOrg.name);
      view.facts.set(row.id, { ...row, source: row.sourceOrg.shortName ?? row.sourceOrg.name });
    }
    view.movements = isTruncated ? [] : countMovements(kept.map(toMovementFact));
    return view;
  });
}

function toMovementFact(row: {
  id: string;
  metric: string;
  low: number;
  high: number;
  qualifier: string;
  unit: string;
  measure: string;
  date: string;
  periodStart: string | null;
  locationId: string;
  sourceOrgId: string;
  reviewedAt: Date | null;
  originId: string | null;
  destinationId: string | null;
  report: { publishedDate: string } | null;
}): MovementFact {
  return {
    id: row.id,
    metric: row.metric as MovementMetric,
    low: row.low,
    high: row.high,
    qualifier: row.qualifier,
    unit: row.unit,
    measure: row.measure as Measure,
    date: row.date,
    periodStart: row.periodStart,
    locationId: row.locationId,
    sourceOrgId: row.sourceOrgId,
    originId: row.originId,
    destinationId: row.destinationId,
    publishedDate: row.report?.publishedDate ?? row.date,
    confirmedAt: row.reviewedAt?.toISOString() ?? '',
  };
}
