import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const ADMIN_EMAIL = 'admin@example.org';
const ADMIN_PASSWORD = 'e2e-admin-password';
const SEED_FILE = path.join(process.cwd(), 'data/reports/baghouz-2019-03-01-afp.txt');
const SHOTS = path.join(process.cwd(), 'test-results/review');

async function signIn(page: Page, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(ADMIN_EMAIL);
  await page.getByLabel('Password').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

async function fillReportFields(page: Page, title: string, publisher: string, published: string) {
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Publisher').fill(publisher);
  await page.getByLabel('Published on').fill(published);
}

test('[REVIEW]: uploading the seed report leads to the stored one (its dateline aside, the same text), figures highlighted', async ({
  page,
}) => {
  await signIn(page, '/reports/new');
  await fillReportFields(page, 'Baghouz, again', 'AFP', '2019-03-01');
  await page.getByLabel('Or upload a file').setInputFiles(SEED_FILE);
  await page.getByRole('button', { name: 'Read the figures' }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\?existing=text$/);
  await expect(page.getByText('This report is already in Sitrep')).toBeVisible();
  const marks = page.getByRole('region', { name: 'Report text' }).locator('mark');
  await expect(marks.filter({ hasText: '15 trucks rumbled out of Baghouz' })).toBeVisible();
  expect(await marks.count()).toBeGreaterThanOrEqual(4);
});

test('[REVIEW]: the seed report republished by another outlet is a reprint: its candidates are marked, and the original does not corroborate them', async ({
  page,
}) => {
  await signIn(page, '/reports/new');
  // The same AFP wire text as printed by a newspaper (see data/reports/*.facts.json): another report, the same figures.
  await fillReportFields(page, 'Hundreds board trucks leaving last IS pocket', 'Taipei Times', '2019-03-01');
  await page.getByLabel('Or upload a file').setInputFiles(SEED_FILE);
  await page.getByRole('button', { name: 'Read the figures' }).click();
  await expect(page).toHaveURL(/\/reports\/[^/?]+$/);
  await expect(page.getByRole('heading', { name: /Figures \(6 to review/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Report text' }).locator('mark', { hasText: '15 trucks rumbled out of Baghouz' }),
  ).toBeVisible();
  // A reprint of the same wire text is not an independent source (facts.md, issue 14).
  await expect(page.getByText('Corroborates')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/review-seed-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${SHOTS}/review-seed-375.png`, fullPage: true });
});

test('[REVIEW]: paste a report, correct a figure, confirm all, and find the figures on the home page', async ({ page }) => {
  await signIn(page, '/reports/new');
  const tag = Date.now().toString(36);
  const title = `Northwind Relief update ${tag}`;
  const startedAt = Date.now();
  await fillReportFields(page, title, 'Northwind Relief', '2024-05-10');
  await page
    .getByLabel('Report text')
    .fill(
      `Northwind Relief field update ${tag}\n\nOn Wednesday, 42 trucks carrying food left Eastport for the Lakeside camp.\n\nNorthwind Relief said that about 1,500 people arrived at the Lakeside camp on Thursday, and that some 300 families remain trapped in Eastport.`,
    );
  await page.getByRole('button', { name: 'Read the figures' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const marks = page.getByRole('region', { name: 'Report text' }).locator('mark');
  await expect(marks).toHaveCount(2);
  await expect(marks.first()).toContainText('42 trucks');

  // Correct one field in place: leaving the field saves it.
  const unit = page.getByLabel('unit of figure 3');
  await expect(unit).toHaveValue('families');
  await unit.fill('households');
  await unit.press('Tab');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // Keyboard: focus the first figure's row and confirm it with Enter.
  await page.getByLabel('Select figure 1').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Confirmed 1 figure.')).toBeVisible();

  await page.getByRole('button', { name: /Confirm all/ }).click();
  await expect(page.getByText('Confirmed 2 figures.')).toBeVisible();
  console.log(`paste to confirmed: ${Date.now() - startedAt} ms`);

  await page.reload();
  await expect(page.getByRole('heading', { name: /Figures \(0 to review, 3 in all\)/ })).toBeVisible();
  // The dashboard, filtered to the report's month, counts the confirmed trucks; the card leads to the facts and their report.
  await page.goto('/?from=2024-05-01&to=2024-05-31');
  const trucksCard = page.getByRole('list', { name: 'Key figures' }).getByRole('link', { name: /^Trucks/ });
  await expect(trucksCard).toContainText('42');
  await trucksCard.click();
  await expect(page.getByRole('link', { name: `Report: ${title}` })).toHaveCount(1);
  await page.goto('/facts?from=2024-05-01&to=2024-05-31');
  const fromReport = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `Report: ${title}` }) });
  await expect(fromReport).toHaveCount(3);
  await expect(fromReport.filter({ hasText: 'households' })).toHaveCount(1);
});
