import { expect, test, type APIResponse } from '@playwright/test';

/**
 * Issue 19, point 4: security headers on every kind of route (page, action, export, API,
 * static), and the app still working under its nonce-based Content-Security-Policy.
 */
function expectCommonHeaders(response: APIResponse | { headers(): Record<string, string> }): void {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

test('[SECURITY]: the dashboard sends a nonce policy and runs under it: charts draw, nothing is refused', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  const response = await page.goto('/');
  expectCommonHeaders(response!);
  const policy = response!.headers()['content-security-policy'];
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).not.toContain("script-src 'self' 'unsafe-inline'");
  // Next put this request's nonce on its scripts, and a second load gets a different one.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  const again = await page.request.get('/');
  expect(again.headers()['content-security-policy']).not.toContain(nonce!);
  await expect(page.locator('.recharts-surface').first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByLabel('E-mail')).toBeVisible();
  expect(refused).toEqual([]);
});

test('[SECURITY]: static files, API routes and exports carry the headers too', async ({ page, request }) => {
  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');

  const api = await request.get('/api/auth/ok');
  expectCommonHeaders(api);
  expect(api.headers()['content-security-policy']).toContain("default-src 'none'");

  const csv = await request.get('/api/export?format=csv');
  expect(csv.status()).toBe(200);
  expectCommonHeaders(csv);
  const pdf = await request.get('/api/export?format=pdf');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expectCommonHeaders(pdf);
});

test('[SECURITY]: server action bodies: 413 over the limit, 400 when malformed, never 500', async ({ request }) => {
  const action = { 'next-action': '0'.repeat(42), origin: 'http://localhost', 'content-type': 'text/plain;charset=UTF-8' };
  for (const body of ['not json', '[', '{"a":']) {
    const response = await request.post('/', { headers: action, data: body });
    expect(response.status()).toBe(400);
    expectCommonHeaders(response);
  }
  const huge = await request.post('/', { headers: action, data: 'x'.repeat(13 * 1024 * 1024) });
  expect(huge.status()).toBe(413);
  const form = await request.post('/', {
    headers: { ...action, 'content-type': 'multipart/form-data; boundary=zzz' },
    data: '--zzz\r\nbroken',
  });
  expect(form.status()).toBe(400);
});
