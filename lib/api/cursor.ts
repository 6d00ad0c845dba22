import { badParameter } from '@/lib/api/errors';

/**
 * Cursors are opaque to clients: base64url JSON naming the list and the last item's sort key
 * (and, for observations, the period the first page resolved, so later pages count the same days).
 */
export type CursorKey = string[];

export function encodeCursor(list: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify({ list, key })).toString('base64url');
}

export function decodeCursor(list: string, cursor: string | null, length: number): CursorKey | null {
  if (cursor === null) return null;
  const refused = badParameter(
    'cursor',
    'This cursor was not given out by this list: use the nextCursor of the previous page, or leave it out to start.',
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused;
  }
  const { list: owner, key } = (parsed ?? {}) as { list?: unknown; key?: unknown };
  if (
    owner !== list ||
    !Array.isArray(key) ||
    key.length !== length ||
    !key.every((part) => typeof part === 'string' && part.length <= 200)
  ) {
    throw refused;
  }
  return key as CursorKey;
}
