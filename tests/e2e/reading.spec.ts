/**
 * What a reader does: from the home page to a state, a program and its sources, with JavaScript
 * on and off, and with the keyboard.
 */
import { expect, rel, test } from './site.ts';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('home → state → program → sources', async ({ page }) => {
      await page.goto(rel('/'));
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'States' }).click();
      await expect(page).toHaveURL(/\/states\/$/);
      await page.getByRole('link', { name: 'Colorado', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Colorado');
      await page.getByRole('link', { name: 'Local Accountability System Grant Program' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Local Accountability System Grant Program');
      await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
      // A citation marker jumps to its numbered source.
      const marker = page.locator('.program__body sup.cite a').first();
      const target = await marker.getAttribute('href');
      expect(target).toMatch(/^#source-[a-z0-9-]+$/);
      await marker.click();
      await expect(page.locator(target!)).toBeInViewport();
    });

    test('a lever page lists the programs that use it', async ({ page }) => {
      await page.goto(rel('/levers/'));
      await page.getByRole('heading', { name: 'Accountability', exact: true }).getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accountability');
      const table = page.getByRole('table');
      await expect(table.getByRole('link', { name: 'Local Accountability System Grant Program' })).toBeVisible();
    });
  });
}

test('a state with no documented program says so and says how to help', async ({ page }) => {
  await page.goto(rel('/states/wyoming/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wyoming');
  await expect(page.getByText('No program documented yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Suggest it, with a source' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suggest a program or a correction');
});

test('the skip link is the first tab stop and moves focus to the content', async ({ page }) => {
  await page.goto(rel('/states/'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address gets a helpful 404 page', async ({ page, problems }) => {
  const response = await page.goto(rel('/states/colorado/no-such-program/'));
  expect(response?.status()).toBe(404);
  // The browser logs the 404 status itself; that one is expected.
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('status of 404')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Find a state' })).toBeVisible();
});

test('every page has a canonical URL and a description', async ({ page }) => {
  for (const path of ['/', '/states/colorado/', '/states/colorado/local-accountability-system-grant/', '/levers/seat-time/']) {
    await page.goto(rel(path));
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(new URL(canonical!).pathname.endsWith(path)).toBe(true);
    const description = await page.locator('meta[name=description]').getAttribute('content');
    expect(description!.length).toBeGreaterThan(40);
  }
});
