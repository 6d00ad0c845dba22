import { expect, test } from '@playwright/test';
import { signIn } from './helpers/sign-in';

test('[ENTRY]: an editor enters a figure through the form and sees it on the dashboard', async ({ page }) => {
  await signIn(page);
  await page.goto('/facts/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Enter a figure' })).toBeVisible();
  await expect(page.getByText('Entered for')).toContainText('Example Coordination Team');

  // Submitting an incomplete form keeps what was typed and explains each problem next to its field.
  await page.getByLabel('Value').fill('-5');
  await page.getByLabel('Location').fill('Fictional Gate Seven');
  await page.getByRole('button', { name: 'Save figure' }).click();
  await expect(page.getByLabel('Value')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('A count cannot be negative.').first()).toBeVisible();
  await expect(page.getByLabel('Metric')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Location')).toHaveValue('Fictional Gate Seven');

  await page.getByLabel('Metric').selectOption({ label: 'People arrived' });
  await expect(page.getByLabel('Unit')).toHaveValue('people');
  await page.getByLabel('Value').fill('about 1,750');
  await expect(page.getByText('Read as: about 1,750')).toBeVisible();
  await page.getByLabel('Date', { exact: true }).fill('2019-03-02');
  await page.getByLabel('Organization').fill('Example Field Office');
  await page.getByLabel('Excerpt or note').fill('<script>window.hacked=1</script> counted at the gate');
  await page.getByRole('button', { name: 'Save figure' }).dblclick();

  await expect(page.getByText('Figure saved.')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '<script>window.hacked=1</script> counted at the gate' })).toBeVisible();
  await expect(page.getByText('Entered by', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();

  // The dashboard's view of that day lists the new figure with its source.
  await page.goto('/?date=2019-03-02');
  // The map also lists the new place among those without coordinates: the figure's item is the one with its value.
  const item = page.getByRole('listitem').filter({ hasText: 'Fictional Gate Seven' }).filter({ hasText: 'Example Field Office' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('about 1,750');
  await expect(item).toContainText('Example Field Office');
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test('[ENTRY]: two editors edit the same figure; the second sees a conflict with the newer values and resolves it', async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first);
  await first.goto('/facts/new');
  await first.getByLabel('Metric').selectOption({ label: 'Trucks' });
  await first.getByLabel('Value').fill('12');
  await first.getByLabel('Date', { exact: true }).fill('2019-03-03');
  await first.getByLabel('Location').fill('Fictional Crossing');
  await first.getByLabel('Organization').fill('Example Field Office');
  await first.getByRole('button', { name: 'Save figure' }).click();
  await expect(first.getByText('Figure saved.')).toBeVisible();
  const editUrl = first.url().replace(/\?.*$/, '') + '/edit';

  const second = await context.newPage();
  await first.goto(editUrl);
  await second.goto(editUrl);
  await first.getByLabel('Value').fill('15');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByText('Changes saved.')).toBeVisible();

  await second.getByLabel('Value').fill('14');
  await second.getByRole('button', { name: 'Save changes' }).click();
  const conflict = second.getByRole('region', { name: 'Someone else saved a newer version' });
  await expect(conflict).toBeVisible();
  await expect(second.getByText(/Nothing was overwritten/)).toBeVisible();
  await expect(conflict.getByRole('row', { name: /Value/ })).toContainText('15');
  await expect(second.getByLabel('Value')).toHaveValue('14');

  await second.getByRole('button', { name: 'Save my version over theirs' }).click();
  await expect(second.getByText('Changes saved.')).toBeVisible();
  await expect(second.getByRole('term').filter({ hasText: 'Value' }).locator('xpath=following-sibling::dd[1]')).toHaveText('14 vehicles');
  const history = second.getByRole('region', { name: 'History' });
  await expect(history.getByText(/^Edited by/)).toHaveCount(2);
  await context.close();
});
