import { expect, test } from '@playwright/test';

const ADMIN_EMAIL = 'admin@example.org';
const ADMIN_PASSWORD = 'e2e-admin-password';

test('[AUTH]: a wrong password shows an error next to the form and signs nobody in', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status')).toContainText('do not match an account');
  await expect(page.getByLabel('E-mail')).toHaveValue(ADMIN_EMAIL);
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('[AUTH]: the seeded admin signs in, sees their e-mail, manages members, and signs out', async ({ page }) => {
  await page.goto('/login?next=/members');
  await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/members$/);
  const header = page.getByRole('banner');
  await expect(header.getByText(ADMIN_EMAIL)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Example Coordination Team' })).toBeVisible();

  await page.getByLabel('E-mail', { exact: true }).fill('new.viewer@example.org');
  await page.getByLabel('Name').fill('New Viewer');
  await page.getByLabel('Initial password').fill('viewer-password-1');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('new.viewer@example.org is now viewer.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /New Viewer/ })).toBeVisible();

  await header.getByRole('button', { name: 'Sign out' }).click();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header.getByText(ADMIN_EMAIL)).toHaveCount(0);
  await page.goto('/members');
  await expect(page).toHaveURL(/\/login\?next=\/members$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('[AUTH]: sign in, enter a fact, sign out, and the entry form is gone', async ({ page }) => {
  await page.goto('/login?next=/facts/new');
  await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/facts\/new$/);

  await page.getByLabel('Metric').selectOption({ label: 'Trucks' });
  await page.getByLabel('Value').fill('12');
  await page.getByLabel('Date', { exact: true }).fill('2010-01-04');
  await page.getByLabel('Location').fill('Fictional Checkpoint North');
  await page.getByLabel('Organization').fill('Example Convoy Log');
  await page.getByRole('button', { name: 'Save figure' }).click();
  await expect(page.getByText('Figure saved.')).toBeVisible();

  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Sign out' }).click();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/facts/new');
  await expect(page.getByRole('button', { name: 'Save figure' })).toHaveCount(0);
  await expect(page.getByLabel('Value')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /sign in/i }).first()).toBeVisible();
});
