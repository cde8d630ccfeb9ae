/**
 * Visits every page the build produced: it must load without console errors, have one h1 and a
 * title, and pass axe-core's WCAG 2.2 A/AA rules with no violations.
 */
import { expect, test } from '@playwright/test';
import { axe, builtPages, describeViolations, rel } from './site.ts';

const pages = builtPages();

test('the build has a page for every state, lever and program', () => {
  const paths = pages.map((p) => p.path);
  expect(paths.filter((p) => /^\/states\/[a-z-]+\/$/.test(p))).toHaveLength(51);
  expect(paths.filter((p) => /^\/levers\/[a-z-]+\/$/.test(p))).toHaveLength(10);
  for (const p of ['/', '/states/', '/levers/', '/methodology/', '/about/', '/contribute/', '/404.html']) expect(paths).toContain(p);
});

for (const { path } of pages) {
  test(`page ${path}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !(path === '/404.html' && msg.text().includes('404'))) errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(rel(path));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/State Levers/);
    expect(await page.locator('main').count()).toBe(1);
    const { violations } = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
