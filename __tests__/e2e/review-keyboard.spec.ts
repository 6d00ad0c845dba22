import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const SHOTS = path.join(process.cwd(), 'test-results/review');

async function signIn(page: Page, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill('admin@example.org');
  await page.getByLabel('Password').fill('e2e-admin-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

/** The accessible name (or tag) of whatever has the keyboard focus. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.getAttribute('aria-label') || element?.textContent?.trim().slice(0, 60) || element?.tagName || '';
  });
}

test('[REVIEW]: at 375 px, by keyboard alone: the table before "Confirm all", one Tab per date, rejection with a reason, no sideways scroll', async ({
  page,
}) => {
  await signIn(page, '/reports/new');
  const tag = Date.now().toString(36);
  await page.getByLabel('Title').fill(`Keyboard update ${tag}`);
  await page.getByLabel('Publisher').fill('Northwind Relief');
  await page.getByLabel('Published on').fill('2024-05-10');
  await page
    .getByLabel('Report text')
    .fill(
      `Keyboard update ${tag}\n\nOn Wednesday, 42 trucks carrying food left Eastport for the Lakeside camp.\n\nNorthwind Relief said that 1,500 people arrived at the Lakeside camp on Thursday.`,
    );
  await page.getByRole('button', { name: 'Read the figures' }).click();
  await expect(page.getByRole('heading', { name: /Figures \(2 to review/ })).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });

  // The number itself is set apart inside its highlighted sentence.
  await expect(page.getByRole('region', { name: 'Report text' }).locator('mark strong', { hasText: '42' })).toBeVisible();

  // Reading order: Tab from the top reaches the first figure before any "Confirm all" button.
  await page.getByRole('heading', { name: /Figures/ }).click();
  const stops: string[] = [];
  for (let i = 0; i < 40 && !stops.some((name) => /Confirm all/.test(name)); i += 1) {
    await page.keyboard.press('Tab');
    stops.push(await focusedName(page));
  }
  const firstFigure = stops.findIndex((name) => /figure 1/.test(name));
  expect(firstFigure).toBeGreaterThanOrEqual(0);
  expect(firstFigure).toBeLessThan(stops.findIndex((name) => /Confirm all/.test(name)));

  // A date is one Tab stop: the next Tab leaves it.
  const date = page.getByLabel(/^Date \(last day, YYYY-MM-DD\) of figure 1$/);
  await date.focus();
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).not.toMatch(/^Date \(last day/);

  // Reject figure 2 from its row with "x", picking a reason by keyboard.
  await page.getByLabel('Select figure 2').focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('x');
  const reasons = page.getByRole('group', { name: 'Why reject figure 2?' });
  await expect(reasons.getByRole('button', { name: 'Not a figure' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reasons.getByRole('button', { name: 'Duplicate' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Rejected 1 figure.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Figure 2: .*rejected/ })).toContainText('Duplicate');

  // No sideways scroll at 375 px: the rows are cards.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/review-keyboard-375.png`, fullPage: true });

  // Focus is visible on the row the keyboard is on.
  await page.getByLabel('Select figure 1').focus();
  await page.keyboard.press('Escape');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/review-keyboard-desktop.png`, fullPage: true });
});
