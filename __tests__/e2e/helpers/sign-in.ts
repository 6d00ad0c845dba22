import type { Page } from '@playwright/test';

export const ADMIN = { email: 'admin@example.org', password: 'e2e-admin-password', organization: 'Example Coordination Team' };

/**
 * Signs in through Better Auth's real endpoint; the page's browser context keeps the session
 * cookie. Entry specs test the forms, not the sign-in page (that belongs to the accounts specs).
 */
export async function signIn(page: Page, { email, password } = ADMIN): Promise<void> {
  const response = await page.request.post('/api/auth/sign-in/email', {
    data: { email, password },
    headers: { origin: process.env.E2E_ORIGIN ?? `http://localhost:${process.env.E2E_PORT ?? 3102}` },
  });
  if (!response.ok()) throw new Error(`Sign-in failed for ${email}: ${response.status()} ${await response.text()}`);
}
