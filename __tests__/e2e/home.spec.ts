import { expect, test } from '@playwright/test';

test('[FOUNDATION]: the home page draws the seeded figures as a chart and lists their sources', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: /people departed per/i });
  // Recharts draws one bar path per bucket with data; the seeded figures have departures in several weeks.
  await expect(section.locator('.recharts-bar-rectangle path').first()).toBeVisible();
  expect(await section.locator('.recharts-bar-rectangle path').count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('link', { name: /Agence France-Presse|AFP/ }).first()).toBeVisible();
});
