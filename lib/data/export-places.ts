import 'server-only';
import type { ExportPlace } from '@/lib/export/types';
import { prisma } from '@/lib/prisma';

type PlaceRow = {
  id: string;
  name: string;
  pcode: string | null;
  kind: string | null;
  parentId: string | null;
  countryIso3: string | null;
  latitude: number | null;
  longitude: number | null;
};

const PLACE_SELECT = {
  id: true,
  name: true,
  pcode: true,
  kind: true,
  parentId: true,
  countryIso3: true,
  latitude: true,
  longitude: true,
} as const;

/**
 * Loads the places an export page names, with what the exports say of their hierarchy: the
 * parent's name, the admin 1 area and the country code, read up the Location.parentId chain
 * (a few levels; one query per level for the whole page).
 */
export async function loadExportPlaces(into: Map<string, ExportPlace>, ids: Set<string>): Promise<void> {
  const rows = new Map<string, PlaceRow>();
  let wanted = [...ids];
  while (wanted.length > 0) {
    const found = await prisma.location.findMany({ where: { id: { in: wanted } }, select: PLACE_SELECT });
    for (const row of found) rows.set(row.id, row);
    wanted = [...new Set(found.map((row) => row.parentId).filter((id): id is string => id !== null && !rows.has(id)))];
  }
  for (const id of ids) {
    const row = rows.get(id);
    if (row) into.set(id, exportPlace(row, rows));
  }
}

function exportPlace(row: PlaceRow, rows: Map<string, PlaceRow>): ExportPlace {
  const chain = ancestry(row, rows);
  const adm1 = chain.find((place) => place.kind === 'admin1') ?? null;
  return {
    id: row.id,
    name: row.name,
    code: row.pcode,
    kind: row.kind,
    parentName: chain[1]?.name ?? null,
    countryCode: chain.find((place) => place.countryIso3)?.countryIso3 ?? null,
    adm1: adm1 && { name: adm1.name, code: adm1.pcode },
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

/** The place, its parent, the parent's parent…; a loop in the data ends the walk rather than the export. */
function ancestry(row: PlaceRow, rows: Map<string, PlaceRow>): PlaceRow[] {
  const chain = [row];
  for (
    let parent = row.parentId ? rows.get(row.parentId) : undefined;
    parent && !chain.includes(parent);
    parent = parent.parentId ? rows.get(parent.parentId) : undefined
  ) {
    chain.push(parent);
  }
  return chain;
}
