import { GET } from '@/app/api/export/route';

/** Calls the export route as Next would, with the request headers set by request-context. */
export async function exportResponse(query: string): Promise<Response> {
  return GET(new Request(`http://localhost:3000/api/export?${query}`));
}

export async function exportText(query: string): Promise<string> {
  const response = await exportResponse(query);
  if (response.status !== 200) throw new Error(`Export ${query} gave ${response.status}: ${await response.text()}`);
  return response.text();
}
