import { expect, test } from '@playwright/test';

test('[FOUNDATION]: the home page draws the seeded figures as a chart and lists their sources', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const chart = page.getByRole('img', { name: /people departed per day/i });
  await expect(chart).toBeVisible();
  // Recharts draws one bar path per day with data; the seeded AFP report has departures on two days.
  await expect(chart.locator('.recharts-bar-rectangle path').first()).toBeVisible();
  expect(await chart.locator('.recharts-bar-rectangle path').count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('table').getByRole('link', { name: /Baghouz/i }).first()).toBeVisible();
});
