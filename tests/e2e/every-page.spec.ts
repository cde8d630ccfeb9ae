/**
 * Visits every page the build produced: it must load without console errors or CSP violations
 * (see site.ts), have one h1 and a title, and pass axe-core's WCAG 2.2 A/AA rules with no violations.
 */
import { axe, builtPages, describeViolations, expect, rel, test } from './site.ts';

const pages = builtPages();

test('the build has a page for every state, lever and program', () => {
  const paths = pages.map((p) => p.path);
  expect(paths.filter((p) => /^\/states\/[a-z-]+\/$/.test(p))).toHaveLength(51);
  expect(paths.filter((p) => /^\/levers\/[a-z-]+\/$/.test(p))).toHaveLength(10);
  for (const p of ['/', '/states/', '/levers/', '/methodology/', '/about/', '/contribute/', '/404.html']) expect(paths).toContain(p);
});

for (const { path } of pages) {
  test(`page ${path}`, async ({ page }) => {
    await page.goto(rel(path));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/State Levers/);
    expect(await page.locator('main').count()).toBe(1);
    const { violations } = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
}
