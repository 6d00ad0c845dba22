/** Signed-in editors for the load bench: their cookies and the fact form's action fields. */
import type { Session } from './mix';

export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

const attribute = (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];
const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The hidden fields React puts in a server-action form for browsers without JavaScript
 * ($ACTION_REF_…, $ACTION_…:0, $ACTION_KEY…) and the organization the editor may enter for.
 */
export async function sessionFor(origin: string, cookie: string): Promise<Session> {
  const html = await (await fetch(`${origin}/facts/new`, { headers: { cookie } })).text();
  const inputs = html.match(/<input[^>]*>/g) ?? [];
  const actionFields: [string, string][] = [];
  let ownerOrgId = '';
  for (const tag of inputs) {
    const name = attribute(tag, 'name');
    if (name?.startsWith('$ACTION')) actionFields.push([unescape(name), unescape(attribute(tag, 'value') ?? '')]);
    if (name === 'ownerOrgId') ownerOrgId = attribute(tag, 'value') ?? '';
  }
  if (!ownerOrgId) ownerOrgId = html.match(/name="ownerOrgId"[\s\S]*?<option[^>]*value="([^"]+)"/)?.[1] ?? '';
  if (!actionFields.length || !ownerOrgId) throw new Error('the fact form of /facts/new was not found (is the editor signed in?)');
  return { cookie, actionFields, ownerOrgId };
}
