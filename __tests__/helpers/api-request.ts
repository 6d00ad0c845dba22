/* eslint-disable @typescript-eslint/no-explicit-any -- tests read the answers as loose JSON and check them field by field */
import { GET as facts } from '@/app/api/v1/facts/route';
import { GET as locations } from '@/app/api/v1/locations/route';
import { GET as observations } from '@/app/api/v1/observations/route';
import { GET as organizations } from '@/app/api/v1/organizations/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';

/** Calls the /api/v1 route handlers as Next would, with a Request carrying the query and token. */
const ROUTES: Record<string, (request: Request) => Promise<Response>> = {
  '/api/v1/facts': facts,
  '/api/v1/observations': observations,
  '/api/v1/locations': locations,
  '/api/v1/organizations': organizations,
  '/api/v1/openapi.json': () => openapi(),
};

export type ApiAnswer = { status: number; body: any; response: Response };

export async function apiGet(path: string, query = '', token?: string): Promise<ApiAnswer> {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  const response = await ROUTES[path](new Request(`http://localhost:3000${path}${query ? `?${query}` : ''}`, { headers }));
  return { status: response.status, body: await response.json(), response };
}

/** Follows nextCursor to the end; `key` picks the list out of each page. */
export async function walkPages(path: string, query: string, key: string, token?: string): Promise<{ items: any[]; pages: number }> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const separator = query ? '&' : '';
    const { status, body } = await apiGet(path, `${query}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`, token);
    if (status !== 200) throw new Error(`${path}?${query} gave ${status}: ${JSON.stringify(body)}`);
    items.push(...body[key]);
    cursor = body.nextCursor;
    pages += 1;
  } while (cursor);
  return { items: items as any[], pages };
}
